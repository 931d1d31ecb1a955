import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { SearchEntry } from '@/payload-types'

import { idOf, idsOf, type Id } from '@/lib/db/ids'
import { isLocale, locales } from '@/lib/i18n/locales'
import { richTextToPlainText } from '@/lib/richText/paragraphs'
import { newsroomType, withoutRepeatedFields, type NewsroomCollection } from '@/lib/newsroom/registry'
import { recordsOfDocument } from '@/lib/workflow/records'

import { markSearchDocumentChanged } from './memoryIndex'

type EntryData = Omit<SearchEntry, 'id' | 'createdAt' | 'updatedAt'>

const joinText = (...parts: (string | null | undefined)[]): string => parts.filter((part) => part?.trim()).join('\n\n')

const textOf = (value: unknown, rich: boolean): string =>
  rich ? richTextToPlainText(value) : typeof value === 'string' ? value : ''

type Row = Record<string, unknown> & { key?: string | null; topics?: unknown }

/**
 * A document's search entries in one locale, from its type in the registry: one for the document
 * (all its text fields, titled with the document's title), and one per Q&A item so a hit can link
 * to `#qN` (titled with its question; the document's title comes from the document's own entry).
 */
export const searchEntriesOf = (collection: NewsroomCollection, doc: Record<string, unknown>, locale: Locale): EntryData[] => {
  const type = newsroomType(collection)
  const rows = (type.items && Array.isArray(doc[type.items.field]) ? doc[type.items.field] : []) as Row[]
  const common = {
    locale,
    sourceCollection: collection,
    documentId: String(doc.id),
    slug: doc.slug as string,
    title: (doc.title as string | null | undefined) ?? null,
    date: (doc[type.dateField] as string | null | undefined) ?? null,
    spokesperson: (type.spokespersonField ? idOf(doc[type.spokespersonField]) : null) as EntryData['spokesperson'],
  }
  const texts = new Map(type.textFields.map((field) => [field.name, textOf(doc[field.name], field.rich)]))
  const whole: EntryData = {
    ...common,
    kind: type.kind as EntryData['kind'],
    anchor: null,
    text: joinText(...withoutRepeatedFields(type.textFields, (field) => texts.get(field.name)!).map((field) => texts.get(field.name)!)),
    topics: [...new Set([...idsOf(doc.topics), ...rows.flatMap((row) => idsOf(row.topics))])] as EntryData['topics'],
  }
  const items = type.items
  const questions = items
    ? rows.flatMap((row): EntryData[] => {
        const question = textOf(row[items.question.name], items.question.rich).replace(/\s+/g, ' ').trim()
        const text = joinText(question, textOf(row[items.answer.name], items.answer.rich))
        if (!row.key || !text) return []
        // A Q&A item's row is titled with its question, so a hit reads as the question it answers.
        return [{ ...common, kind: 'question', anchor: row.key, title: question || common.title, text, topics: idsOf(row.topics) as EntryData['topics'] }]
      })
    : []
  return [whole, ...questions]
}

/**
 * One statement, whatever the number of rows (see indexDocument for why through `payload.db`);
 * only the given languages' rows, or every language's when none are given.
 */
const deleteRowsOf = (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collection: NewsroomCollection,
  id: number | string,
  only?: readonly Locale[],
) =>
  payload.db.deleteMany({
    collection: 'search-entries',
    where: {
      and: [
        { sourceCollection: { equals: collection } },
        { documentId: { equals: String(id) } },
        ...(only && only.length < locales.length ? [{ locale: { in: [...only] } }] : []),
      ],
    },
    req,
  })

type RowData = EntryData & { createdAt: string }

/** What a row says, as one string: an entry computed now and the row stored for it compare equal when nothing would change. */
const rowKey = (row: Pick<RowData, 'kind' | 'anchor' | 'slug' | 'title' | 'text' | 'date' | 'spokesperson' | 'topics' | 'createdAt'>): string =>
  JSON.stringify([
    row.kind,
    row.anchor ?? null,
    row.slug,
    row.title ?? null,
    row.text ?? '',
    row.date ?? null,
    idOf(row.spokesperson) === null ? null : String(idOf(row.spokesperson)),
    idsOf(row.topics).map(String),
    row.createdAt,
  ])
const rowKeys = (rows: readonly Parameters<typeof rowKey>[0][]): string => rows.map(rowKey).sort().join('\n')

/** The document's stored rows, per language: as rowKeys, and when the oldest of them was written (ms). */
const storedRows = async (payload: Payload, req: Partial<PayloadRequest> | undefined, collection: NewsroomCollection, id: number | string) => {
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    select: { locale: true, kind: true, anchor: true, slug: true, title: true, text: true, date: true, spokesperson: true, topics: true, createdAt: true, updatedAt: true },
    req,
  })
  return new Map(
    locales.map((locale) => {
      const rows = docs.filter((row) => row.locale === locale)
      return [locale, { keys: rowKeys(rows as Parameters<typeof rowKey>[0][]), writtenMs: Math.min(...rows.map((row) => Date.parse(row.updatedAt))) }]
    }),
  )
}

/**
 * Was any of these topics created after `writtenMs`? A row that names a topic created after it
 * was written named, by the same id, a deleted topic whose id SQLite gave to the new one: readers
 * take such a row to be about neither (memoryIndex.ts, topicRule), so it must be written again
 * even though it says the same.
 */
const topicsCreatedSince = async (payload: Payload, req: Partial<PayloadRequest> | undefined, topicIds: readonly Id[], writtenMs: number) => {
  if (topicIds.length === 0) return false
  const { docs } = await payload.find({
    collection: 'topics',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { id: { in: [...topicIds] } },
    select: { createdAt: true },
    req,
  })
  return docs.some((topic) => Date.parse(topic.createdAt) > writtenMs)
}

/**
 * The languages of a document its workflow has withdrawn: their text stays readable at its address
 * (with the public reason), but a retracted text is not offered as current anywhere else, and every
 * reader list (home, lists, topics, speakers, feeds, sitemap) runs along these rows
 * (lib/data/listing.ts). Read as the rows are, as a reader: withdrawal is a public fact.
 */
const withdrawnLocalesOf = async (payload: Payload, req: Partial<PayloadRequest> | undefined, collection: NewsroomCollection, id: number | string) => {
  const { docs } = await payload.find({
    collection: 'workflow-states',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { and: [recordsOfDocument(collection, id), { publication: { equals: 'withdrawn' } }] },
    select: { locale: true },
    req,
  })
  return new Set(docs.map((record) => record.locale))
}

/**
 * Rebuilds one document's search rows from what an anonymous reader can read right now: the
 * document is fetched per locale with access control on and no user, so a locale that is a draft,
 * unpublished or deleted simply has no rows; nor has a withdrawn one (withdrawnLocalesOf). Runs
 * inside the caller's transaction (the same `req`, with the staff user removed) so it sees the
 * write that triggered it.
 *
 * `locales` are the languages whose public text the change was about (a translator's language
 * published alone): only their rows are rewritten. Another language's rows are rewritten only when
 * they no longer say what the document now says in it, which happens when the change took fields
 * shared by every language live (a date, the spokesperson, a Q&A item's topics): publishing one
 * language publishes the document's shared fields with it. That language's text is read and
 * compared, never written for nothing.
 *
 * The rows themselves go through Payload's database adapter (`payload.db`, the same interface on
 * SQLite and MongoDB) rather than `payload.create`/`payload.delete`: they are derived data with no
 * hooks or access rules of their own, and a 20-item briefing has 63 of them. The full operation
 * cost ~2.5 ms a row (half a publish); `delete` with a `where` even reads and deletes row by row.
 */
export const indexDocument = async ({
  payload,
  req,
  collection,
  id,
  locales: changed = locales,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  collection: NewsroomCollection
  id: number | string
  locales?: readonly Locale[]
}): Promise<void> => {
  const readerReq = req ? ({ ...req, user: null } as Partial<PayloadRequest>) : undefined
  const stored = changed.length < locales.length ? await storedRows(payload, readerReq, collection, id) : null
  const withdrawn = await withdrawnLocalesOf(payload, readerReq, collection, id)
  const now = new Date().toISOString()
  const rewritten: Locale[] = []
  const rows: RowData[] = []
  for (const locale of locales) {
    const doc = withdrawn.has(locale)
      ? undefined
      : (
          await payload.find({
            collection,
            locale,
            fallbackLocale: false,
            draft: false,
            overrideAccess: false,
            depth: 0,
            limit: 1,
            pagination: false,
            where: { id: { equals: id } },
            req: readerReq,
          })
        ).docs[0]
    // A row is "created" when its document was: the reader site's lists order documents of one day
    // by it (lib/data/listing.ts), as the documents' own lists did, and a re-index keeps the order.
    const createdAt = doc && typeof doc.createdAt === 'string' ? doc.createdAt : now
    const entries = doc ? searchEntriesOf(collection, doc as unknown as Record<string, unknown>, locale).map((data) => ({ ...data, createdAt })) : []
    const kept = stored?.get(locale)
    if (
      kept &&
      !changed.includes(locale) &&
      kept.keys === rowKeys(entries) &&
      !(await topicsCreatedSince(payload, readerReq, [...new Set(entries.flatMap((entry) => idsOf(entry.topics)))], kept.writtenMs))
    )
      continue
    rewritten.push(locale)
    rows.push(...entries)
  }
  if (rewritten.length === 0) return
  await deleteRowsOf(payload, readerReq, collection, id, rewritten)
  for (const data of rows) {
    // Nothing is read back: without `returning: false` the adapter re-reads each row with its joins.
    await payload.db.create({ collection: 'search-entries', data: { ...data, updatedAt: now }, req: readerReq, returning: false })
  }
  markSearchDocumentChanged(payload, collection, id)
}

export const removeFromSearchIndex = async ({
  payload,
  req,
  collection,
  id,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  collection: NewsroomCollection
  id: number | string
}): Promise<void> => {
  await deleteRowsOf(payload, req, collection, id)
  markSearchDocumentChanged(payload, collection, id)
}

/**
 * Rewrites the rows of every withdrawn language (they were indexed like live ones before
 * withdrawnLocalesOf): run once by the migration `20261204_190000_withdrawn_out_of_search` on
 * SQLite; through the Local API and the adapter's interface, so it runs on MongoDB too. Returns the
 * number of languages re-indexed (each document once, for all its withdrawn languages).
 */
export const reindexWithdrawnLocales = async (payload: Payload, req: Partial<PayloadRequest>): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'workflow-states',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { publication: { equals: 'withdrawn' } },
    select: { document: true, locale: true },
    req,
  })
  const byDocument = new Map<string, { collection: NewsroomCollection; id: Id; locales: Locale[] }>()
  for (const record of docs) {
    const collection = record.document?.relationTo
    const id = idOf(record.document?.value)
    if (!collection || id === null || !isLocale(record.locale)) continue
    const key = `${collection}:${id}`
    const entry = byDocument.get(key) ?? { collection, id, locales: [] }
    entry.locales.push(record.locale)
    byDocument.set(key, entry)
  }
  for (const { collection, id, locales: withdrawn } of byDocument.values()) await indexDocument({ payload, req, collection, id, locales: withdrawn })
  return [...byDocument.values()].reduce((count, entry) => count + entry.locales.length, 0)
}
