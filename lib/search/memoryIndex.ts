import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { SearchEntry } from '@/payload-types'

import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { mayKeep, publicGeneration } from '@/lib/publicState/generation'
import { idOf, idsOf, sameId, type Id } from '@/lib/db/ids'

/**
 * The search index held in memory. `search-entries` rows (one per published text unit and
 * language, see indexDocument.ts) are matched as substrings; in the database that is a
 * `LIKE '%…%'` over every row of the language, twice (count, then page): 30–80 ms on the
 * benchmark corpus. Here each entry carries a 2048-bit signature of the character pairs in its
 * text, so a query only reads the texts that contain all of its pairs.
 *
 * Memory is what limits how large an archive this serves (ten years: about 250,000 entries), so an
 * entry keeps only its lower-cased text (`haystack`), a signature in a shared slab, numbers for
 * its times and shared copies of what its document's other entries repeat (slug, date, topics);
 * the text and a question as written are read from the database for the results a page shows
 * (`readEntryTexts`).
 *
 * The rows are read as an anonymous reader may read them (through the database adapter while the
 * collection lets anyone read every row, else through the Local API with `overrideAccess: false`:
 * readerMayReadEveryRow), so this holds only what the database holds: published text. Freshness, before a search:
 * - while the public generation has not moved since the copy was last checked (no public change
 *   seen by this process: lib/publicState/), the copy is current and no query is made;
 * - otherwise a fingerprint of the table (row count, newest `updatedAt`, highest id: three indexed one-row
 *   queries) is compared with the one the copy matches;
 * - the documents re-indexed since — by this process (`markSearchDocumentChanged`, called by
 *   indexDocument) or by another one (rows written since the table's newest row when the copy was
 *   last in step, less a margin for late commits) — are re-read
 *   alone, and the copy must then match the table's fingerprint; if it does not (a takedown
 *   elsewhere leaves no new row), it is reconciled with the table's ids. Everything is read only
 *   at start and after many changes at once (refreshFromTable).
 */
export type IndexedEntry = {
  id: Id
  locale: Locale
  kind: SearchEntry['kind']
  sourceCollection: SearchEntry['sourceCollection']
  documentId: string
  slug: string
  anchor: string | null
  /**
   * A document entry's title. Empty for a Q&A entry: its title is its question, which its text
   * already holds, and is read with the text for the results shown (`readEntryTexts`).
   */
  title: string
  /** The title of the document the entry belongs to (for a Q&A item, not its question). */
  documentTitle: string
  date: string | null
  dateMs: number
  /** The row's `updatedAt` in milliseconds (a number costs less than the string, and orders the same). */
  updatedMs: number
  spokesperson: Id | null
  topics: Id[]
  /** The entry's text lower-cased once, for case-insensitive matching (the text as written stays in the database). */
  haystack: string
  /** The entry's signature: SIGNATURE_WORDS words of `signatureSlab` from `signatureAt`. */
  signatureSlab: Uint32Array
  signatureAt: number
}

// 2048 bits keep false candidates rare for texts of a few hundred distinct pairs (each is then
// checked against the text anyway) at 256 bytes an entry.
const SIGNATURE_BITS = 2048
const SIGNATURE_WORDS = SIGNATURE_BITS / 32

/**
 * Signatures live in slabs of many entries, and an entry keeps its slab and offset: a typed array
 * of its own costs an entry about 1.1 KB of memory beyond its 256 bytes (the backing store's
 * allocation and bookkeeping), a view into a slab about 120 bytes, a slab and an offset nothing
 * beyond the two fields. A slab is freed when no entry in it is left.
 */
const SLAB_ENTRIES = 512
let slab = new Uint32Array(0)
let slabUsed = SLAB_ENTRIES
const allocateSignature = (): { signatureSlab: Uint32Array; signatureAt: number } => {
  if (slabUsed === SLAB_ENTRIES) {
    slab = new Uint32Array(SLAB_ENTRIES * SIGNATURE_WORDS)
    slabUsed = 0
  }
  return { signatureSlab: slab, signatureAt: slabUsed++ * SIGNATURE_WORDS }
}

/** Bit of a character pair in the signature (a multiplicative hash of the two UTF-16 units). */
const pairBit = (first: number, second: number): number =>
  (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77)) >>> (32 - Math.log2(SIGNATURE_BITS))

export const signatureOf = (haystack: string): { signatureSlab: Uint32Array; signatureAt: number } => {
  const signature = allocateSignature()
  const { signatureSlab, signatureAt } = signature
  for (let index = 1; index < haystack.length; index++) {
    const bit = pairBit(haystack.charCodeAt(index - 1), haystack.charCodeAt(index))
    signatureSlab[signatureAt + (bit >>> 5)]! |= 1 << (bit & 31)
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

/**
 * Each list's signatures as two columns (slab and offset per entry, in the list's order), so the
 * scan reads memory in order and touches an entry object only when its signature passes: at ten
 * years of archive (65,000 entries of a language) fetching each entry object cost a cache miss,
 * 7 ms of the 8 ms of a query that matched nothing. Built on the first search of a list, kept while
 * the list lives: lists are never changed in place (a change makes a new one, see applyDelta).
 */
type SignatureColumns = { slabs: Uint32Array[]; offsets: Int32Array }
const columnsOfList = new WeakMap<readonly IndexedEntry[], SignatureColumns>()
const columnsOf = (entries: readonly IndexedEntry[]): SignatureColumns => {
  let columns = columnsOfList.get(entries)
  if (!columns || columns.offsets.length !== entries.length) {
    columns = { slabs: entries.map((entry) => entry.signatureSlab), offsets: Int32Array.from(entries, (entry) => entry.signatureAt) }
    columnsOfList.set(entries, columns)
  }
  return columns
}

/** Entries looked at to tell which of a query's bits are rare (a sample, spread over the list). */
const RARITY_SAMPLE = 256

/**
 * The query's bits, rarest first among a sample of the entries. An entry is ruled out at its first
 * bit that is not set, and each bit looked at is a read from memory: in the order the words gave
 * them, a query of common syllables ("bantuan kemanusiaan gaza") tested about fifteen bits of
 * nearly every entry before one failed (20 ms over 65,000 entries); rarest first, one or two.
 */
const rarestFirst = ({ slabs, offsets }: SignatureColumns, { slots, masks }: { slots: Int32Array; masks: Int32Array }) => {
  const counts = new Int32Array(slots.length)
  const step = Math.max(1, Math.floor(offsets.length / RARITY_SAMPLE))
  for (let index = 0; index < offsets.length; index += step) {
    const signature = slabs[index]!
    const at = offsets[index]!
    for (let bit = 0; bit < slots.length; bit++) if ((signature[at + slots[bit]!]! & masks[bit]!) !== 0) counts[bit]!++
  }
  const order = Array.from(slots, (_, bit) => bit).sort((a, b) => counts[a]! - counts[b]!)
  return { slots: Int32Array.from(order, (bit) => slots[bit]!), masks: Int32Array.from(order, (bit) => masks[bit]!) }
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
  const columns = columnsOf(entries)
  const { slabs, offsets } = columns
  const { slots, masks } = rarestFirst(columns, queryBits(words))
  const matches: IndexedEntry[] = []
  // Plain loops: this runs over the entries of a language on every search.
  let index = 0
  outer: for (; index < entries.length && matches.length < limit; index++) {
    const signature = slabs[index]!
    const at = offsets[index]!
    for (let slot = 0; slot < slots.length; slot++) if ((signature[at + slots[slot]!]! & masks[slot]!) === 0) continue outer
    const entry = entries[index]!
    for (const word of words) if (!entry.haystack.includes(word)) continue outer
    if (accept(entry)) matches.push(entry)
  }
  return { matches, complete: index === entries.length }
}


type Fingerprint = { count: number; newestUpdate: number; highestId: number | string }
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
  const newest = byTime.docs[0]?.updatedAt
  return { count: byTime.totalDocs, newestUpdate: newest ? Date.parse(newest) : 0, highestId: byId.docs[0]?.id ?? 0 }
}

/**
 * Rows read per query when the copy is filled. Each page's rows (text included) are garbage once
 * turned into entries, but they set the process's high-water mark: 5,000 at a time put the server
 * at 428 MiB right after start on the 1× benchmark corpus, 1,000 at 387 MiB (10×: 609 → 591 MiB),
 * and the load took as long (about 30 s at 10×).
 */
const PAGE = 1000
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
type Row = Pick<SearchEntry, 'id' | keyof typeof SELECT>

/**
 * One copy of each equal string or id list among the rows read together: the twenty Q&A entries
 * of a briefing in three languages share its slug, document id, date and often their topics, and
 * every entry its kind, language and collection. Each copy read from the database would otherwise
 * be a string of its own (60–100 bytes an entry on a large archive).
 */
const interner = () => {
  const strings = new Map<string, string>()
  const lists = new Map<string, Id[]>()
  return {
    string: <T extends string | null>(value: T): T => {
      if (value === null) return value
      const known = strings.get(value)
      if (known !== undefined) return known as T
      strings.set(value, value)
      return value
    },
    ids: (values: Id[]): Id[] => {
      const key = values.join(',')
      const known = lists.get(key)
      if (known) return known
      lists.set(key, values)
      return values
    },
  }
}
type Interner = ReturnType<typeof interner>

const toEntry = (row: Row, intern: Interner): IndexedEntry => {
  const haystack = (row.text ?? '').toLowerCase()
  const anchor = intern.string(row.anchor ?? null)
  const date = intern.string(row.date ?? null)
  const { signatureSlab, signatureAt } = signatureOf(haystack)
  // Every field named in the literal, none spread in: V8 sizes an object made from a literal for
  // the fields it names, and fields a spread adds go to a separate property array (about 30 bytes
  // more an entry, measured: 8 MB of the 10x benchmark corpus's index).
  return {
    id: row.id,
    locale: intern.string(row.locale),
    kind: intern.string(row.kind),
    sourceCollection: intern.string(row.sourceCollection),
    documentId: intern.string(row.documentId),
    slug: intern.string(row.slug),
    anchor,
    // A Q&A entry's title (its question) is read with its text when shown.
    title: anchor === null ? (row.title ?? '') : '',
    documentTitle: '',
    date,
    dateMs: date ? Date.parse(date) : Number.NEGATIVE_INFINITY,
    updatedMs: Date.parse(row.updatedAt),
    spokesperson: idOf(row.spokesperson),
    topics: intern.ids(idsOf(row.topics)),
    haystack,
    signatureSlab,
    signatureAt,
  }
}

/** Ids are numbers on SQLite and ObjectId strings on MongoDB; both grow with time. */
export const compareIds = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Whether an anonymous reader reads every search row as it is stored: the collection's read access
 * answers `true` (rows hold only published text) and nothing Payload applies on a read changes a
 * row (no read hooks, no field with its own read access, hidden, or read hooks). Then the rows are
 * read through the database adapter, skipping Payload's after-read pass over every field of every
 * row (a third of the time of filling the copy, and much of its garbage: 190,000 rows on the 10×
 * corpus); were any of that to change, the rows would be read through the Local API again.
 */
const readerMayReadEveryRow = async (payload: Payload): Promise<boolean> => {
  const { config } = payload.collections['search-entries']
  const readHooks = [...(config.hooks.beforeRead ?? []), ...(config.hooks.afterRead ?? [])]
  const fieldsAsStored = config.flattenedFields.every(
    (field) => !field.access?.read && !('hidden' in field && field.hidden) && !('hooks' in field && field.hooks?.afterRead?.length),
  )
  if (readHooks.length > 0 || !fieldsAsStored) return false
  const req = await createLocalReq({}, payload)
  return (await config.access.read({ req, collectionConfig: config } as Parameters<typeof config.access.read>[0])) === true
}

/**
 * Lets the event loop run: the SQLite driver answers synchronously, so a chain of awaited reads
 * never gave way to a request. Loading the index of the 10× benchmark corpus (250 pages) held the
 * server for 8 s after a start: no reader, no page-cache hit, and Varnish's health probe (2 s
 * timeout) marked the backend sick, so readers got 503s from it for seconds after.
 */
const letOthersRun = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Rows in id order, a page at a time after the last id seen (no rows skipped if others change),
 * with requests served between pages (letOthersRun).
 */
const readEntries = async (payload: Payload, where?: Where): Promise<IndexedEntry[]> => {
  const entries: IndexedEntry[] = []
  const intern = interner()
  const direct = await readerMayReadEveryRow(payload)
  for (let after: Id | null = null; ; ) {
    const pageWhere: Where = { and: [...(where ? [where] : []), ...(after === null ? [] : [{ id: { greater_than: after } }])] }
    const page = { collection: 'search-entries', limit: PAGE, pagination: false, sort: 'id', where: pageWhere, select: SELECT } as const
    const result = direct ? await payload.db.find<Row>(page) : await payload.find({ ...page, overrideAccess: false, depth: 0 })
    const docs: Row[] = result.docs
    for (const row of docs) entries.push(toEntry(row, intern))
    await letOthersRun()
    if (docs.length < PAGE) return entries
    after = docs[docs.length - 1]!.id
  }
}

/** Newest first, as results are listed; equal dates by row id, newest row first. */
const byDate = (a: IndexedEntry, b: IndexedEntry) => b.dateMs - a.dateMs || compareIds(b.id, a.id)

/** How the copy was last brought up to date (for tests and the benchmark's notes). */
export type SearchIndexStats = { fullReads: number; partialReads: number; reconciliations: number }

type State = {
  /** The public generation in which the copy was last checked against the table. */
  checkedAt: number
  entries: Map<Id, IndexedEntry>
  byLocale: Map<Locale, IndexedEntry[]>
  /** Each document's title per language (`locale:collection:id`), for its Q&A entries. */
  documentTitles: Map<string, string>
  fingerprint: Fingerprint | null
  changedDocuments: Set<string>
  /** Entries replaced in place since everything was last read: their signatures' slab slots stay taken. */
  replaced: number
  stats: SearchIndexStats
  running: Promise<void> | null
  queued: Promise<void> | null
}

// One index per Payload instance (one per server process), shared by every route bundle.
const STATE = Symbol.for('warta.searchIndex')
const stateFor = (payload: Payload): State => {
  const holder = payload as unknown as { [STATE]?: State }
  holder[STATE] ??= {
    checkedAt: -1,
    entries: new Map(),
    byLocale: new Map(),
    documentTitles: new Map(),
    fingerprint: null,
    changedDocuments: new Set(),
    replaced: 0,
    stats: { fullReads: 0, partialReads: 0, reconciliations: 0 },
    running: null,
    queued: null,
  }
  return holder[STATE]
}

export const searchIndexStats = (payload: Payload): SearchIndexStats => ({ ...stateFor(payload).stats })

const documentKey = (collection: string, documentId: Id) => `${collection}:${documentId}`

/** indexDocument / removeFromSearchIndex: this document's rows were just rewritten. */
export const markSearchDocumentChanged = (payload: Payload, collection: NewsroomCollection, documentId: Id): void => {
  stateFor(payload).changedDocuments.add(documentKey(collection, documentId))
}

const ownFingerprint = (state: State): Fingerprint => {
  let newestUpdate = 0
  // Not 0 to start with: an ObjectId string never compares greater than a number.
  let highestId: Id | null = null
  for (const entry of state.entries.values()) {
    if (entry.updatedMs > newestUpdate) newestUpdate = entry.updatedMs
    if (highestId === null || compareIds(entry.id, highestId) > 0) highestId = entry.id
  }
  return { count: state.entries.size, newestUpdate, highestId: highestId ?? 0 }
}

const titleKey = (entry: IndexedEntry) => `${entry.locale}:${documentKey(entry.sourceCollection, entry.documentId)}`

/** Everything again: the lists per language, sorted, and each entry's document title. */
const regroup = (state: State) => {
  const byLocale = new Map<Locale, IndexedEntry[]>()
  state.documentTitles = new Map()
  for (const entry of state.entries.values()) if (entry.anchor === null) state.documentTitles.set(titleKey(entry), entry.title)
  for (const entry of state.entries.values()) {
    entry.documentTitle = state.documentTitles.get(titleKey(entry)) ?? entry.title
    const list = byLocale.get(entry.locale) ?? []
    list.push(entry)
    byLocale.set(entry.locale, list)
  }
  for (const list of byLocale.values()) list.sort(byDate)
  state.byLocale = byLocale
}

/**
 * A few entries out, a few in, without sorting everything again (at ten years of archive that
 * took ~100 ms per refresh, paid by the search that found the table changed): the lists are
 * filtered and the new entries merged into them in order.
 */
const applyDelta = (state: State, droppedEntries: IndexedEntry[], added: IndexedEntry[]) => {
  // SQLite gives a new row the highest id + 1, so after the rows holding the highest ids are
  // deleted (a takedown), the next rows written reuse their ids: an entry held under an id that
  // now names another row is gone too, or its text would stay searchable.
  const dropped = new Set(droppedEntries)
  for (const entry of added) {
    const held = state.entries.get(entry.id)
    if (held && held !== entry) dropped.add(held)
  }
  for (const entry of dropped) {
    state.entries.delete(entry.id)
    state.replaced++
    if (entry.anchor === null) state.documentTitles.delete(titleKey(entry))
  }
  for (const entry of added) {
    state.entries.set(entry.id, entry)
    if (entry.anchor === null) state.documentTitles.set(titleKey(entry), entry.title)
  }
  for (const entry of added) entry.documentTitle = state.documentTitles.get(titleKey(entry)) ?? entry.title
  const locales = new Set([...dropped, ...added].map((entry) => entry.locale))
  for (const locale of locales) {
    const kept = (state.byLocale.get(locale) ?? []).filter((entry) => !dropped.has(entry))
    const incoming = added.filter((entry) => entry.locale === locale).sort(byDate)
    const merged: IndexedEntry[] = []
    let k = 0
    let i = 0
    while (k < kept.length && i < incoming.length) merged.push(byDate(kept[k]!, incoming[i]!) <= 0 ? kept[k++]! : incoming[i++]!)
    while (k < kept.length) merged.push(kept[k++]!)
    while (i < incoming.length) merged.push(incoming[i++]!)
    state.byLocale.set(locale, merged)
  }
}

/** Beyond this many re-indexed documents between two searches, reading everything is simpler. */
const MAX_INCREMENTAL = 200
/** Replaced entries' slab slots (256 bytes each) are only worth a full read to give back past this many. */
const MIN_REPLACED_BEFORE_FULL_READ = 10_000
/**
 * How far before the newest row seen documents are looked for again. A row's `updatedAt` is set
 * before its transaction commits: on SQLite writers take turns, so a row seen means every older
 * one is visible, but on MongoDB another process's transaction can commit after a later one.
 * Documents published in the last seconds are simply re-read once more.
 */
const LATE_COMMIT_MS = 10_000
/** Rows read by id per query when the copy is reconciled with the table's ids. */
const ID_CHUNK = 500
/**
 * Rounds of "documents written since, then compare" before reconciling by id: with another
 * process publishing meanwhile, the table has often moved again by the time the rows are read.
 */
const CATCH_UP_ROUNDS = 3

/**
 * The documents with rows written since `since` (ms): re-indexed by this process or by another
 * one (a second server, a job runner, an import script) — rows are only ever deleted and
 * re-created, so a re-indexed document's rows are all new.
 */
const documentsWrittenSince = async (payload: Payload, since: number): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { updatedAt: { greater_than: new Date(since).toISOString() } },
    // Sorted by the field it filters on: with Payload's default order (-createdAt) SQLite walked
    // the createdAt index through every row (120–170 ms at ten years of archive, not 1).
    sort: 'updatedAt',
    select: { sourceCollection: true, documentId: true },
  })
  return docs.map((row) => documentKey(row.sourceCollection, row.documentId))
}

/** Re-reads every row of these documents (`collection:id` keys): their old entries go, the rows now in the table come in. */
const rereadDocuments = async (payload: Payload, state: State, keys: Set<string>): Promise<void> => {
  if (keys.size === 0) return
  const pairs = [...keys].map((key) => key.split(':') as [string, string])
  const rows = await readEntries(payload, {
    or: pairs.map(([collection, id]): Where => ({ and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: id } }] })),
  })
  // Looked up per collection, so the pass over every entry builds no key string per entry.
  const idsByCollection = new Map<string, Set<string>>()
  for (const [collection, id] of pairs) idsByCollection.set(collection, (idsByCollection.get(collection) ?? new Set()).add(id))
  const dropped = [...state.entries.values()].filter((entry) => idsByCollection.get(entry.sourceCollection)?.has(entry.documentId))
  applyDelta(state, dropped, rows)
}

/**
 * Brings the copy in line with the table's ids (one query, one snapshot): entries whose row is
 * gone are dropped — a document taken down in every language by another process leaves no new
 * row to notice — and rows the copy lacks (a transaction that committed after a later one, so its
 * rows' `updatedAt` is older than what was seen) are read.
 */
const reconcileIds = async (payload: Payload, state: State): Promise<void> => {
  state.stats.reconciliations++
  const { docs } = await payload.find({ collection: 'search-entries', overrideAccess: false, depth: 0, pagination: false, select: { updatedAt: true } })
  // A row is the one held only if its id and its time both match (ids are reused: applyDelta).
  const present = new Map<Id, number>(docs.map((row) => [row.id, Date.parse(row.updatedAt)]))
  const dropped = [...state.entries.values()].filter((entry) => present.get(entry.id) !== entry.updatedMs)
  const missing = docs.map((row) => row.id).filter((id) => state.entries.get(id)?.updatedMs !== present.get(id))
  const added: IndexedEntry[] = []
  for (let start = 0; start < missing.length; start += ID_CHUNK) added.push(...(await readEntries(payload, { id: { in: missing.slice(start, start + ID_CHUNK) } })))
  applyDelta(state, dropped, added)
}

const refresh = async (payload: Payload, state: State): Promise<void> => {
  // Search rows change only in a public change's transaction, and every public change moves the
  // public generation: while it has not moved since the copy was checked, the copy is current.
  if (state.fingerprint && mayKeep(state.checkedAt)) return
  const checkedAt = publicGeneration()
  await refreshFromTable(payload, state)
  state.checkedAt = checkedAt
}

/**
 * Reading everything takes about a minute on ten years of archive (250,000 rows), so it is done
 * once, at start: after that, the documents re-indexed since — by this process or any other —
 * are re-read alone, until the copy's fingerprint matches the table's; a copy that still differs
 * (a takedown elsewhere leaves no new row, a late commit an old one) is reconciled with the
 * table's ids. Everything is read again only when many documents changed at once (a restore, a
 * bulk re-index) or many entries were replaced (their slab slots are then given back).
 */
const refreshFromTable = async (payload: Payload, state: State): Promise<void> => {
  let fingerprint = await fingerprintOf(payload)
  if (state.fingerprint && sameFingerprint(state.fingerprint, fingerprint) && state.changedDocuments.size === 0) return
  if (state.fingerprint && state.replaced < Math.max(state.entries.size / 4, MIN_REPLACED_BEFORE_FULL_READ)) {
    const changed = new Set(state.changedDocuments)
    for (const key of await documentsWrittenSince(payload, state.fingerprint.newestUpdate - LATE_COMMIT_MS)) changed.add(key)
    if (changed.size <= MAX_INCREMENTAL) {
      state.changedDocuments.clear()
      state.stats.partialReads++
      try {
        await rereadDocuments(payload, state, changed)
        for (let round = 1; !sameFingerprint(ownFingerprint(state), fingerprint); round++) {
          const now = await fingerprintOf(payload)
          // The table did not move, or keeps moving: only the ids can tell what differs.
          if (round === CATCH_UP_ROUNDS || sameFingerprint(now, fingerprint)) {
            await reconcileIds(payload, state)
            break
          }
          // The table moved while the rows were read (another process publishing): catch up from
          // the table's newest row as it was before those reads — never from the copy's own newest,
          // which can be a row read later than others it has not read yet.
          const since = fingerprint.newestUpdate - LATE_COMMIT_MS
          fingerprint = now
          await rereadDocuments(payload, state, new Set(await documentsWrittenSince(payload, since)))
        }
      } catch (error) {
        // Nothing marked is forgotten: the next search tries these documents again.
        for (const key of changed) state.changedDocuments.add(key)
        throw error
      }
      // The table as it was before the last rows were read: the next refresh looks from there.
      state.fingerprint = fingerprint
      return
    }
  }
  // First search, many changes, or many entries replaced: read everything.
  state.changedDocuments.clear()
  state.stats.fullReads++
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
 * "This entry is about the topic", for a search narrowed to a topic and for a topic's lists
 * (lib/data/listing.ts). A row keeps the ids of its topics as they were when it was written, and
 * SQLite gives a new topic the id of the newest one deleted: rows written before the topic existed
 * name another topic by that id, so only rows written since it was created count. (A document
 * re-indexed since names its topics as they are now; a deleted topic's rows match no topic that
 * exists.) One indexed one-row query for the topic's creation time.
 */
export const topicRule = async (payload: Payload, topicId: Id): Promise<(entry: IndexedEntry) => boolean> => {
  const { docs } = await payload.find({
    collection: 'topics',
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { id: { equals: topicId } },
    select: { createdAt: true },
  })
  if (!docs[0]) return () => false
  const sinceMs = Date.parse(docs[0].createdAt)
  return (entry) => entry.updatedMs >= sinceMs && entry.topics.some((topic) => sameId(topic, topicId))
}

/** What a result shows that the index does not keep: the text as written, and a Q&A item's question. */
export type EntryText = { text: string; title: string }

/**
 * The text and title as written of these entries, read like the index (an anonymous reader): an
 * entry whose row is gone since the search matched it (taken down meanwhile) is missing from the map.
 */
export const readEntryTexts = async (payload: Payload, ids: readonly Id[]): Promise<Map<string, EntryText>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { id: { in: [...ids] } },
    select: { text: true, title: true },
  })
  return new Map(docs.map((row) => [String(row.id), { text: row.text ?? '', title: row.title ?? '' }]))
}

/** The current published search entries of one language, newest first. */
export const indexedEntries = async (payload: Payload, locale: Locale): Promise<readonly IndexedEntry[]> => {
  await ensureFresh(payload)
  return stateFor(payload).byLocale.get(locale) ?? []
}

/**
 * The entries as indexedEntries gives them, or null when they cannot be had within `ms`: the copy
 * is not loaded yet (warmSearchIndex starts that as the server starts), or it is being read again
 * whole (after many changes at once; tens of seconds on ten years of archive). For a caller with
 * another way to answer, which should not keep a reader waiting; the refresh goes on regardless.
 */
export const indexedEntriesWithin = async (payload: Payload, locale: Locale, ms: number): Promise<readonly IndexedEntry[] | null> => {
  if (stateFor(payload).fingerprint === null) return null
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, ms, null)
  })
  try {
    return await Promise.race([indexedEntries(payload, locale), late])
  } finally {
    clearTimeout(timer)
  }
}
