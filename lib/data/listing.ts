import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Config } from '@/payload-types'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'
import type { Id } from '@/lib/db/ids'

import { getPayloadClient } from './payload'
import { readArgs } from './readArgs'

/**
 * What is published in a language, in date order, for the reader site's lists: read from the
 * search index's document rows (one per document and language it is published in, rebuilt inside
 * the transaction of every public change by lib/publicState/applyPublicChange.ts), not from the
 * documents' own tables.
 *
 * Why: with per-locale drafts a document's status lives in its `*_locales` table and its date in
 * the main one, so Payload's list query (status from one table, order from the other) made SQLite
 * read every published row of the language and sort them before taking twenty: 100 ms for a page
 * of 15,000 releases, and the year walk 580 ms. The index rows hold the language, the type and
 * the date in one row, with a compound index on them (collections/SearchEntries.ts): a page, a
 * year or a month is a walk along that index, the same at one year of archive as at ten.
 *
 * Only ids come from here. The documents shown are then read by id as an anonymous reader
 * (`readArgs`: access control on, no fallback language), so what a list shows is exactly what the
 * document's own page would; a document unpublished between the two reads is left out.
 * A staff preview (drafts) never comes here: the index holds only published text.
 */

export type PublishedFilter = {
  /** Only documents whose speaker is this person. */
  spokespersonId?: Id
  /** ISO instants: the document's own date in [from, before). */
  from?: string
  before?: string
}

const whereOf = (collection: NewsroomCollection, locale: Locale, { spokespersonId, from, before }: PublishedFilter): Where => ({
  and: [
    { locale: { equals: locale } },
    { kind: { equals: newsroomType(collection).kind } },
    ...(spokespersonId !== undefined ? [{ spokesperson: { equals: spokespersonId } }] : []),
    ...(from ? [{ date: { greater_than_equal: from } }] : []),
    ...(before ? [{ date: { less_than: before } }] : []),
  ],
})

/** Index rows are read as a reader would (they hold only published text, and anyone may read them). */
const rowArgs = { overrideAccess: false, depth: 0 } as const

export type PublishedPage = { ids: string[]; page: number; totalPages: number; totalDocs: number }

/** One page of the documents of a type published in this language, newest first. */
export const publishedPage = async (
  collection: NewsroomCollection,
  locale: Locale,
  { page = 1, limit = 20, ...filter }: PublishedFilter & { page?: number; limit?: number },
): Promise<PublishedPage> => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'search-entries',
    ...rowArgs,
    where: whereOf(collection, locale, filter),
    sort: '-date',
    limit,
    page,
    select: { documentId: true },
  })
  return {
    ids: result.docs.map((row) => row.documentId),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/**
 * The newest (or oldest) published date of this type and language that passes the filter (before
 * `before`, when given).
 */
const edgePublishedDate = async (
  collection: NewsroomCollection,
  locale: Locale,
  filter: PublishedFilter = {},
  end: 'newest' | 'oldest' = 'newest',
): Promise<string | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'search-entries',
    ...rowArgs,
    where: { and: [whereOf(collection, locale, filter), { date: { exists: true } }] },
    sort: end === 'newest' ? '-date' : 'date',
    limit: 1,
    pagination: false,
    select: { date: true },
  })
  return docs[0]?.date ?? null
}

/** How many documents of this type are published in this language (and pass the filter). */
const countPublished = async (collection: NewsroomCollection, locale: Locale, filter: PublishedFilter = {}): Promise<number> => {
  const payload = await getPayloadClient()
  const { totalDocs } = await payload.count({ collection: 'search-entries', overrideAccess: false, where: whereOf(collection, locale, filter) })
  return totalDocs
}

/**
 * The documents with these ids as a reader of this language may read them, in the order given:
 * one query by primary key, whatever the size of the archive.
 */
export const readPublishedInOrder = async <C extends NewsroomCollection>(
  collection: C,
  locale: Locale,
  ids: readonly string[],
  options: { select?: Record<string, unknown>; depth?: number; populate?: Record<string, unknown> },
): Promise<Config['collections'][C][]> => {
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    ...readArgs(locale),
    depth: options.depth ?? 0,
    limit: ids.length,
    pagination: false,
    // As the database's own ids (numbers on SQLite: text compared with its integer key made SQLite
    // read the whole table) and in id order, not the collection's date order, which SQLite may
    // serve by walking the date index through every document.
    where: { id: { in: ids.map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : id)) } },
    sort: 'id',
    ...(options.select ? { select: options.select as never } : {}),
    ...(options.populate ? { populate: options.populate as never } : {}),
  })
  const byId = new Map((docs as { id: Id }[]).map((doc) => [String(doc.id), doc]))
  // Each document once, even if its rows were ever doubled.
  return [...new Set(ids)].flatMap((id) => {
    const doc = byId.get(id)
    return doc ? [doc as Config['collections'][C]] : []
  })
}

/** A page of documents (publishedPage, then readPublishedInOrder). */
export const listPublished = async <C extends NewsroomCollection>(
  collection: C,
  locale: Locale,
  query: PublishedFilter & { page?: number; limit?: number },
  read: Parameters<typeof readPublishedInOrder>[3],
) => {
  const { ids, ...paging } = await publishedPage(collection, locale, query)
  return { docs: await readPublishedInOrder(collection, locale, ids, read), ...paging }
}

const utc = (year: number, month = 0) => new Date(Date.UTC(year, month, 1)).toISOString()

/** The instants a calendar year starts at and ends before. */
export const yearBounds = (year: number) => ({ from: utc(year), before: utc(year + 1) })

/** The instants a calendar month (1–12) starts at and ends before. */
export const monthBounds = (year: number, month: number) => ({ from: utc(year, month - 1), before: utc(year, month) })

/**
 * Years with at least one document, newest first, from `newestBefore` (the newest document's date
 * before an instant, or before all time): one one-row query per year instead of every date.
 */
export const walkYears = async (newestBefore: (before: string | undefined) => Promise<string | null | undefined>): Promise<number[]> => {
  const years: number[] = []
  for (let before: string | undefined; ; ) {
    const date = await newestBefore(before)
    if (!date) return years
    const year = new Date(date).getUTCFullYear()
    years.push(year)
    before = utc(year)
  }
}

/** The years with at least one document of this type published in this language, newest first. */
export const publishedYears = (collection: NewsroomCollection, locale: Locale): Promise<number[]> =>
  walkYears((before) => edgePublishedDate(collection, locale, { before }))

export type PublishedMonth = { year: number; month: number; count: number }

/**
 * Above this many documents a month, walking the months (two index queries each, ~3 ms) is
 * cheaper than reading every date (~0.06 ms a document).
 */
const WALK_FROM_PER_MONTH = 50

/**
 * The months with documents of this type published in this language, newest first, with how many.
 * Every date is read in one query, unless the documents are so dense that walking the months is
 * cheaper (the newest document before the last month found, then that month's count). A ministry's
 * ~20 briefings a month are read: 3,000 dates take ~180 ms, a walk over 84 months ~250 ms.
 */
export const publishedMonths = async (collection: NewsroomCollection, locale: Locale, walkFromPerMonth = WALK_FROM_PER_MONTH): Promise<PublishedMonth[]> => {
  const [count, newest, oldest] = await Promise.all([
    countPublished(collection, locale),
    edgePublishedDate(collection, locale),
    edgePublishedDate(collection, locale, {}, 'oldest'),
  ])
  if (!newest || !oldest) return []
  const [to, from] = [new Date(newest), new Date(oldest)]
  const span = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1
  if (count < walkFromPerMonth * span) return monthsOfDates(collection, locale)
  const months: PublishedMonth[] = []
  for (let before: string | undefined; ; ) {
    const date = await edgePublishedDate(collection, locale, { before })
    if (!date) return months
    const day = new Date(date)
    const [year, month] = [day.getUTCFullYear(), day.getUTCMonth() + 1]
    const bounds = monthBounds(year, month)
    before = bounds.from
    months.push({ year, month, count: await countPublished(collection, locale, bounds) })
  }
}

const monthsOfDates = async (collection: NewsroomCollection, locale: Locale): Promise<PublishedMonth[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'search-entries',
    ...rowArgs,
    where: { and: [whereOf(collection, locale, {}), { date: { exists: true } }] },
    sort: '-date',
    pagination: false,
    select: { date: true },
  })
  const months: PublishedMonth[] = []
  for (const { date } of docs) {
    const day = new Date(date!)
    const [year, month] = [day.getUTCFullYear(), day.getUTCMonth() + 1]
    const last = months.at(-1)
    if (last?.year === year && last.month === month) last.count++
    else months.push({ year, month, count: 1 })
  }
  return months
}
