import type { Payload, Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { SearchEntry } from '@/payload-types'

import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { mayKeep, publicGeneration } from '@/lib/publicState/generation'
import { idOf, idsOf, type Id } from '@/lib/db/ids'

/**
 * The search index held in memory. `search-entries` rows (one per published text unit and
 * language, see indexDocument.ts) are matched as substrings; in the database that is a
 * `LIKE '%…%'` over every row of the language, twice (count, then page): 30–80 ms on the
 * benchmark corpus. Here each entry carries a 2048-bit signature of the character pairs in its
 * text, so a query only reads the texts that contain all of its pairs.
 *
 * Memory is what limits how large an archive this serves (ten years: about 250,000 entries), so an
 * entry keeps only its lower-cased text (`haystack`) and a signature in a shared slab; the text
 * as written is read from the database for the results a page shows (`readEntryTexts`).
 *
 * The rows are read through the Local API as an anonymous reader (`overrideAccess: false`), so
 * this holds only what the database holds: published text. Freshness, before a search:
 * - while the public generation has not moved since the copy was last checked (no public change
 *   seen by this process: lib/publicState/), the copy is current and no query is made;
 * - otherwise a fingerprint of the table (row count, newest `updatedAt`, highest id: three indexed one-row
 *   queries) is compared with the one the copy matches;
 * - documents re-indexed in this process (`markSearchDocumentChanged`, called by indexDocument)
 *   are re-read alone, unless rows of other documents were written since (another process); the
 *   copy must then match the table's fingerprint (deletions elsewhere), else everything is read.
 */
export type IndexedEntry = {
  id: Id
  locale: Locale
  kind: SearchEntry['kind']
  sourceCollection: SearchEntry['sourceCollection']
  documentId: string
  slug: string
  anchor: string | null
  title: string
  /** The title of the document the entry belongs to (for a Q&A item, not its question). */
  documentTitle: string
  date: string | null
  dateMs: number
  updatedAt: string
  spokesperson: Id | null
  topics: Id[]
  /** The entry's text lower-cased once, for case-insensitive matching (the text as written stays in the database). */
  haystack: string
  signature: Uint32Array
}

// 2048 bits keep false candidates rare for texts of a few hundred distinct pairs (each is then
// checked against the text anyway) at 256 bytes an entry.
const SIGNATURE_BITS = 2048
const SIGNATURE_WORDS = SIGNATURE_BITS / 32

/**
 * Signatures live in slabs of many entries: a typed array of its own costs an entry about
 * 1.1 KB of memory beyond its 256 bytes (the backing store's allocation and bookkeeping), a view
 * into a slab about 120 bytes. A slab is freed when no entry in it is left.
 */
const SLAB_ENTRIES = 512
let slab = new Uint32Array(0)
let slabUsed = SLAB_ENTRIES
const allocateSignature = (): Uint32Array => {
  if (slabUsed === SLAB_ENTRIES) {
    slab = new Uint32Array(SLAB_ENTRIES * SIGNATURE_WORDS)
    slabUsed = 0
  }
  const start = slabUsed++ * SIGNATURE_WORDS
  return slab.subarray(start, start + SIGNATURE_WORDS)
}

/** Bit of a character pair in the signature (a multiplicative hash of the two UTF-16 units). */
const pairBit = (first: number, second: number): number =>
  (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77)) >>> (32 - Math.log2(SIGNATURE_BITS))

export const signatureOf = (haystack: string): Uint32Array => {
  const signature = allocateSignature()
  for (let index = 1; index < haystack.length; index++) {
    const bit = pairBit(haystack.charCodeAt(index - 1), haystack.charCodeAt(index))
    signature[bit >>> 5]! |= 1 << (bit & 31)
  }
  return signature
}

/** Where the bits every text containing all these words must have set are: (word index, mask). */
const queryBits = (words: string[]): { slots: Int32Array; masks: Int32Array } => {
  const bits = new Set<number>()
  for (const word of words) for (let index = 1; index < word.length; index++) bits.add(pairBit(word.charCodeAt(index - 1), word.charCodeAt(index)))
  const list = [...bits]
  return { slots: Int32Array.from(list, (bit) => bit >>> 5), masks: Int32Array.from(list, (bit) => 1 << (bit & 31)) }
}

/** Payload's `like`, as the database applies it: every word of the query, anywhere, any case. */
export const queryWords = (q: string): string[] => q.trim().toLowerCase().split(/\s+/).filter(Boolean)

/**
 * The entries containing every word, in the order given (a signature test first, then the text),
 * that `accept` lets through; at most `limit` of them. `complete` says whether every entry was
 * looked at: a word in most texts ("cooperation" in a ministry's archive) matches thousands, and
 * reading them all grows with the archive while a reader sees twenty.
 */
export const matchingEntries = (
  entries: readonly IndexedEntry[],
  words: string[],
  { accept = () => true, limit = Number.POSITIVE_INFINITY }: { accept?: (entry: IndexedEntry) => boolean; limit?: number } = {},
): { matches: IndexedEntry[]; complete: boolean } => {
  const { slots, masks } = queryBits(words)
  const matches: IndexedEntry[] = []
  // Plain loops: this runs over the entries of a language on every search.
  let index = 0
  outer: for (; index < entries.length && matches.length < limit; index++) {
    const entry = entries[index]!
    const signature = entry.signature
    for (let slot = 0; slot < slots.length; slot++) if ((signature[slots[slot]!]! & masks[slot]!) === 0) continue outer
    for (const word of words) if (!entry.haystack.includes(word)) continue outer
    if (accept(entry)) matches.push(entry)
  }
  return { matches, complete: index === entries.length }
}


type Fingerprint = { count: number; newestUpdate: string; highestId: number | string }
const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.count === b.count && a.newestUpdate === b.newestUpdate && a.highestId === b.highestId

/**
 * Rows are never updated in place (indexDocument deletes and re-creates a document's rows), so a
 * change shows as a different count, a newer `updatedAt` or a higher id; the three together also
 * cover a delete and re-create within one millisecond that reuses the highest id.
 */
const fingerprintOf = async (payload: Payload): Promise<Fingerprint> => {
  const [byTime, byId] = await Promise.all([
    // Paginated, so the same call also counts the rows.
    payload.find({ collection: 'search-entries', overrideAccess: false, depth: 0, limit: 1, sort: '-updatedAt', select: { updatedAt: true } }),
    payload.find({ collection: 'search-entries', overrideAccess: false, depth: 0, limit: 1, pagination: false, sort: '-id', select: { updatedAt: true } }),
  ])
  return { count: byTime.totalDocs, newestUpdate: byTime.docs[0]?.updatedAt ?? '', highestId: byId.docs[0]?.id ?? 0 }
}

const PAGE = 5000
const SELECT = {
  kind: true,
  locale: true,
  sourceCollection: true,
  documentId: true,
  slug: true,
  anchor: true,
  title: true,
  text: true,
  date: true,
  spokesperson: true,
  topics: true,
  updatedAt: true,
} as const

const toEntry = (row: Pick<SearchEntry, 'id' | keyof typeof SELECT>): IndexedEntry => {
  const haystack = (row.text ?? '').toLowerCase()
  return {
    id: row.id,
    locale: row.locale,
    kind: row.kind,
    sourceCollection: row.sourceCollection,
    documentId: row.documentId,
    slug: row.slug,
    anchor: row.anchor ?? null,
    title: row.title ?? '',
    documentTitle: row.title ?? '',
    date: row.date ?? null,
    dateMs: row.date ? Date.parse(row.date) : Number.NEGATIVE_INFINITY,
    updatedAt: row.updatedAt,
    spokesperson: idOf(row.spokesperson),
    topics: idsOf(row.topics),
    haystack,
    signature: signatureOf(haystack),
  }
}

/** Ids are numbers on SQLite and ObjectId strings on MongoDB; both grow with time. */
const compareIds = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0)

/** Rows in id order, a page at a time after the last id seen (no rows skipped if others change). */
const readEntries = async (payload: Payload, where?: Where): Promise<IndexedEntry[]> => {
  const entries: IndexedEntry[] = []
  for (let after: Id | null = null; ; ) {
    const pageWhere: Where = { and: [...(where ? [where] : []), ...(after === null ? [] : [{ id: { greater_than: after } }])] }
    const result = await payload.find({
      collection: 'search-entries',
      overrideAccess: false,
      depth: 0,
      limit: PAGE,
      pagination: false,
      sort: 'id',
      where: pageWhere,
      select: SELECT,
    })
    const docs: Pick<SearchEntry, 'id' | keyof typeof SELECT>[] = result.docs
    entries.push(...docs.map(toEntry))
    if (docs.length < PAGE) return entries
    after = docs[docs.length - 1]!.id
  }
}

/** Newest first, as results are listed; equal dates by row id, newest row first. */
const byDate = (a: IndexedEntry, b: IndexedEntry) => b.dateMs - a.dateMs || compareIds(b.id, a.id)

type State = {
  /** The public generation in which the copy was last checked against the table. */
  checkedAt: number
  entries: Map<Id, IndexedEntry>
  byLocale: Map<Locale, IndexedEntry[]>
  fingerprint: Fingerprint | null
  changedDocuments: Set<string>
  /** Entries replaced in place since everything was last read: their signatures' slab slots stay taken. */
  replaced: number
  running: Promise<void> | null
  queued: Promise<void> | null
}

// One index per Payload instance (one per server process), shared by every route bundle.
const STATE = Symbol.for('warta.searchIndex')
const stateFor = (payload: Payload): State => {
  const holder = payload as unknown as { [STATE]?: State }
  holder[STATE] ??= { checkedAt: -1, entries: new Map(), byLocale: new Map(), fingerprint: null, changedDocuments: new Set(), replaced: 0, running: null, queued: null }
  return holder[STATE]
}

const documentKey = (collection: string, documentId: Id) => `${collection}:${documentId}`

/** indexDocument / removeFromSearchIndex: this document's rows were just rewritten. */
export const markSearchDocumentChanged = (payload: Payload, collection: NewsroomCollection, documentId: Id): void => {
  stateFor(payload).changedDocuments.add(documentKey(collection, documentId))
}

const ownFingerprint = (state: State): Fingerprint => {
  let newestUpdate = ''
  let highestId: number | string = 0
  for (const entry of state.entries.values()) {
    if (entry.updatedAt > newestUpdate) newestUpdate = entry.updatedAt
    if (compareIds(entry.id, highestId) > 0) highestId = entry.id
  }
  return { count: state.entries.size, newestUpdate, highestId }
}

const regroup = (state: State) => {
  const byLocale = new Map<Locale, IndexedEntry[]>()
  const documentTitles = new Map<string, string>()
  for (const entry of state.entries.values()) {
    if (entry.anchor === null) documentTitles.set(`${entry.locale}:${documentKey(entry.sourceCollection, entry.documentId)}`, entry.title)
  }
  for (const entry of state.entries.values()) {
    entry.documentTitle = documentTitles.get(`${entry.locale}:${documentKey(entry.sourceCollection, entry.documentId)}`) ?? entry.title
    const list = byLocale.get(entry.locale) ?? []
    list.push(entry)
    byLocale.set(entry.locale, list)
  }
  for (const list of byLocale.values()) list.sort(byDate)
  state.byLocale = byLocale
}

/** Beyond this many re-indexed documents between two searches, reading everything is simpler. */
const MAX_INCREMENTAL = 200

/**
 * Rows written since the copy was last in step that belong to documents this process did not
 * re-index: another process (or a job runner) changed the table.
 */
const foreignChangesSince = async (payload: Payload, since: string, rewritten: Set<string>): Promise<boolean> => {
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { updatedAt: { greater_than: since } },
    select: { sourceCollection: true, documentId: true },
  })
  return docs.some((row) => !rewritten.has(documentKey(row.sourceCollection, row.documentId)))
}

const refresh = async (payload: Payload, state: State): Promise<void> => {
  // Search rows change only in a public change's transaction, and every public change moves the
  // public generation: while it has not moved since the copy was checked, the copy is current.
  if (state.fingerprint && mayKeep(state.checkedAt)) return
  const checkedAt = publicGeneration()
  await refreshFromTable(payload, state)
  state.checkedAt = checkedAt
}

const refreshFromTable = async (payload: Payload, state: State): Promise<void> => {
  const fingerprint = await fingerprintOf(payload)
  if (state.fingerprint && sameFingerprint(state.fingerprint, fingerprint) && state.changedDocuments.size === 0) return
  const changed = [...state.changedDocuments]
  state.changedDocuments.clear()
  const rewritten = new Set(changed)
  if (
    state.fingerprint &&
    changed.length > 0 &&
    changed.length <= MAX_INCREMENTAL &&
    // Past a quarter of the entries replaced, reading everything gives their slab memory back.
    state.replaced < state.entries.size / 4 &&
    !(await foreignChangesSince(payload, state.fingerprint.newestUpdate, rewritten))
  ) {
    const pairs = changed.map((key) => key.split(':') as [string, string])
    const rows = await readEntries(payload, {
      or: pairs.map(([collection, id]): Where => ({ and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: String(id) } }] })),
    })
    for (const entry of state.entries.values()) {
      if (!rewritten.has(documentKey(entry.sourceCollection, entry.documentId))) continue
      state.entries.delete(entry.id)
      state.replaced++
    }
    for (const entry of rows) state.entries.set(entry.id, entry)
    // Deletions by another process show here: the copy would hold more rows than the table.
    if (sameFingerprint(ownFingerprint(state), fingerprint)) {
      regroup(state)
      state.fingerprint = fingerprint
      return
    }
  }
  // First search, many changes, or a change this process did not make: read everything.
  state.entries = new Map((await readEntries(payload)).map((entry) => [entry.id, entry]))
  state.replaced = 0
  regroup(state)
  state.fingerprint = fingerprint
}

/**
 * Makes the copy at least as new as the table was when this was called. A search arriving while a
 * refresh runs waits for it and then for one more, shared with everyone who arrived meanwhile.
 */
const ensureFresh = (payload: Payload): Promise<void> => {
  const state = stateFor(payload)
  if (!state.running) {
    state.running = refresh(payload, state).finally(() => {
      state.running = null
    })
    return state.running
  }
  state.queued ??= state.running
    .catch(() => undefined)
    .then(() => {
      state.queued = null
      return ensureFresh(payload)
    })
  return state.queued
}

/**
 * The text as written of these entries, read like the index (an anonymous reader): an entry whose
 * row is gone since the search matched it (taken down meanwhile) is missing from the map.
 */
export const readEntryTexts = async (payload: Payload, ids: readonly Id[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { id: { in: [...ids] } },
    select: { text: true },
  })
  return new Map(docs.map((row) => [String(row.id), row.text ?? '']))
}

/** The current published search entries of one language, newest first. */
export const indexedEntries = async (payload: Payload, locale: Locale): Promise<readonly IndexedEntry[]> => {
  await ensureFresh(payload)
  return stateFor(payload).byLocale.get(locale) ?? []
}
