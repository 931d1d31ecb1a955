import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Config } from '@/payload-types'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sameId, type Id } from '@/lib/db/ids'
import { compareIds, indexedEntries, indexedEntriesWithin, readEntryTexts, topicRule, type IndexedEntry } from '@/lib/search/memoryIndex'

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
 * A topic's lists come from the in-memory copy of the same rows (topicPage).
 *
 * Only ids come from here. The documents shown are then read by id as an anonymous reader
 * (`readArgs`: access control on, no fallback language), so what a list shows is exactly what the
 * document's own page would; a document unpublished between the two reads is left out.
 * A staff preview (drafts) never comes here: the index holds only published text.
 */

export type PublishedFilter = {
  /** Only documents whose speaker is this person. */
  spokespersonId?: Id
  /** Only documents about this topic (see topicPage). */
  topicId?: Id
  /** ISO instants: the document's own date in [from, before). */
  from?: string
  before?: string
  /** Only documents without a date (written before every type had one): outside every range. */
  undated?: boolean
}

const whereOf = (collection: NewsroomCollection, locale: Locale, { spokespersonId, from, before, undated }: Omit<PublishedFilter, 'topicId'>): Where => ({
  and: [
    { locale: { equals: locale } },
    { kind: { equals: newsroomType(collection).kind } },
    ...(spokespersonId !== undefined ? [{ spokesperson: { equals: spokespersonId } }] : []),
    ...(from ? [{ date: { greater_than_equal: from } }] : []),
    ...(before ? [{ date: { less_than: before } }] : []),
    ...(undated ? [{ date: { exists: false } }] : []),
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
  if (filter.topicId !== undefined) return topicPage(collection, locale, { ...filter, topicId: filter.topicId, page, limit })
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

/** Orders document ids newest first: SQLite's integers (as text, no leading zeros) and MongoDB's fixed-length hex ObjectIds. */
const newerId = (a: string, b: string): number => b.length - a.length || (a < b ? 1 : a > b ? -1 : 0)

/**
 * A page of the documents about a topic, newest first: with `questions`, the documents with a Q&A
 * item about it (a briefing once, however many of its items are). From the in-memory copy of the
 * same rows (lib/search/memoryIndex.ts), brought in step with the table before it answers, so it
 * says what the table says.
 *
 * Why not the database: a row's topics are a JSON list in the row, which no index serves, and the
 * documents' own relationship tables made SQLite read and sort every document on the topic before
 * taking twenty (a topic's releases 52 ms warm and 385 ms cold at ten years of archive, its
 * questions 95 ms; its page's first render went from 288 to 999 ms). The copy holds a language's
 * rows newest first; a pass over them compares a few fields per row.
 */
const entriesOnTopic = async (
  collection: NewsroomCollection,
  locale: Locale,
  { topicId, spokespersonId, from, before, questions }: PublishedFilter & { topicId: Id; questions: boolean },
): Promise<IndexedEntry[]> => {
  const payload = await getPayloadClient()
  const [entries, aboutTopic] = await Promise.all([indexedEntries(payload, locale), topicRule(payload, topicId)])
  const [fromMs, beforeMs] = [from ? Date.parse(from) : null, before ? Date.parse(before) : null]
  return entries.filter((entry) => {
    if (entry.sourceCollection !== collection || (entry.anchor !== null) !== questions) return false
    if (spokespersonId !== undefined && !sameId(entry.spokesperson, spokespersonId)) return false
    // As in the database, a document without a date is outside any date range.
    if ((fromMs !== null || beforeMs !== null) && entry.date === null) return false
    if ((fromMs !== null && entry.dateMs < fromMs) || (beforeMs !== null && entry.dateMs >= beforeMs)) return false
    return aboutTopic(entry)
  })
}

/**
 * The documents of these entries, newest first, each once. The copy is newest first, a day's rows
 * in the order they were written: documents of one day are put newest created first, as the
 * list's own index orders them, by their ids (ascending with creation on SQLite and MongoDB
 * alike), so a republished correction does not move ahead.
 */
const documentsOf = (entries: readonly IndexedEntry[]): string[] => {
  const dates = new Map<string, number>()
  for (const entry of entries) if (!dates.has(entry.documentId)) dates.set(entry.documentId, entry.dateMs)
  return [...dates.keys()].sort((a, b) => dates.get(b)! - dates.get(a)! || newerId(a, b))
}

const pageOf = (all: readonly string[], page: number, limit: number): PublishedPage => {
  const size = Math.max(1, limit)
  return { ids: all.slice((page - 1) * size, page * size), page, totalPages: Math.ceil(all.length / size), totalDocs: all.length }
}

const topicPage = async (
  collection: NewsroomCollection,
  locale: Locale,
  { page, limit, ...filter }: PublishedFilter & { topicId: Id; page: number; limit: number },
): Promise<PublishedPage> => pageOf(documentsOf(await entriesOnTopic(collection, locale, { ...filter, questions: false })), page, limit)

/** A published Q&A item about a topic, as its search row says it (lib/search/indexDocument.ts). */
export type QuestionOnTopic = {
  documentId: string
  slug: string
  documentTitle: string
  date: string | null
  spokesperson: Id | null
  /** The item's key (`q3`). */
  anchor: string
  question: string
}

/**
 * A page of the documents of a type with Q&A items about a topic published in this language,
 * newest first, each once with those items in its own order, from the search rows alone: the
 * question as the row was written from the published item (white space folded), the document's
 * title, slug and date as its own row holds them. Reading the twenty briefings themselves for
 * their questions cost more than the rest of the topic page (35–100 ms on the 1× corpus).
 * An item without a question (its row is titled with the document's title) is left out.
 */
export const publishedQuestionsOnTopic = async (
  collection: NewsroomCollection,
  locale: Locale,
  { topicId, page = 1, limit = 20 }: { topicId: Id; page?: number; limit?: number },
): Promise<{ questions: QuestionOnTopic[]; page: number; totalPages: number }> => {
  const entries = await entriesOnTopic(collection, locale, { topicId, questions: true })
  const { ids, totalPages } = pageOf(documentsOf(entries), page, limit)
  const byDocument = new Map<string, IndexedEntry[]>(ids.map((id) => [id, []]))
  for (const entry of entries) byDocument.get(entry.documentId)?.push(entry)
  // A document's rows are written in its items' order (indexDocument), so their ids follow the
  // order readers see; an item's key (`q4`) does not: keys are never renumbered when one is moved.
  const ordered = ids.flatMap((id) => (byDocument.get(id) ?? []).sort((a, b) => compareIds(a.id, b.id)))
  const texts = await readEntryTexts(await getPayloadClient(), ordered.map((entry) => entry.id))
  const questions = ordered.flatMap((entry): QuestionOnTopic[] => {
    const row = texts.get(String(entry.id))
    // Taken down between the two reads; an item without a question (its row is titled with the
    // document's title, and its text is the answer alone).
    const title = row?.title
    if (!title || !row.text.startsWith(title)) return []
    const { documentId, slug, documentTitle, date, spokesperson } = entry
    return [{ documentId, slug, documentTitle, date, spokesperson, anchor: entry.anchor!, question: title }]
  })
  return { questions, page, totalPages }
}

/** A page of the documents of a type with Q&A items about a topic published in this language, newest first. */
export const publishedWithQuestionsOnTopic = async (
  collection: NewsroomCollection,
  locale: Locale,
  { topicId, page = 1, limit = 20 }: { topicId: Id; page?: number; limit?: number },
): Promise<PublishedPage> => pageOf(documentsOf(await entriesOnTopic(collection, locale, { topicId, questions: true })), page, limit)

/**
 * The newest (or oldest) published date of this type and language that passes the filter (before
 * `before`, when given).
 */
const edgePublishedDate = async (
  collection: NewsroomCollection,
  locale: Locale,
  filter: Omit<PublishedFilter, 'topicId'> = {},
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
export const countPublished = async (collection: NewsroomCollection, locale: Locale, filter: Omit<PublishedFilter, 'topicId'> = {}): Promise<number> => {
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
  options: { select?: object; depth?: number; populate?: object },
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

/** Longer than bringing the copy in step after a publish takes (a few ms), shorter than the table path at ten years (~180 ms). */
const INDEX_WAIT_MS = 100

/**
 * The months with documents of this type published in this language, newest first, with how many.
 *
 * From the in-memory copy of the search rows once it is loaded (the copy holds every document
 * row's type and date, and is brought in step with the table first): one pass over the language's
 * rows in memory, ~1 ms at ten years of archive. Read from the table, the 3,000 briefing dates of
 * ten years took ~180 ms, paid by the briefings page after every public change.
 *
 * Nobody waits for the copy (INDEX_WAIT_MS): until it is loaded (seconds after a start on a large
 * archive), or while it is read again whole, every date is read from the table in one query,
 * unless the documents are so dense that walking the months is cheaper (the newest document
 * before the last month found, then that month's count).
 */
export const publishedMonths = async (
  collection: NewsroomCollection,
  locale: Locale,
  { source, walkFromPerMonth = WALK_FROM_PER_MONTH }: { source?: 'index' | 'table'; walkFromPerMonth?: number } = {},
): Promise<PublishedMonth[]> => {
  const payload = await getPayloadClient()
  const entries =
    source === 'table' ? null : source === 'index' ? await indexedEntries(payload, locale) : await indexedEntriesWithin(payload, locale, INDEX_WAIT_MS)
  if (entries) {
    const { kind } = newsroomType(collection)
    // Newest first already (the copy's order); a row without a date belongs to no month.
    return countByMonth(entries.flatMap((entry) => (entry.kind === kind && entry.date !== null ? [entry.date] : [])))
  }
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

/** Dates, newest first, counted by calendar month (UTC). */
const countByMonth = (dates: readonly string[]): PublishedMonth[] => {
  const months: PublishedMonth[] = []
  for (const date of dates) {
    const day = new Date(date)
    const [year, month] = [day.getUTCFullYear(), day.getUTCMonth() + 1]
    const last = months.at(-1)
    if (last?.year === year && last.month === month) last.count++
    else months.push({ year, month, count: 1 })
  }
  return months
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
  return countByMonth(docs.map((row) => row.date!))
}
