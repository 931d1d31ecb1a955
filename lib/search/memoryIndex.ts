import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { SearchEntry } from '@/payload-types'

/**
 * The search index held in memory. `search-entries` rows (one per published text unit and
 * language, see indexDocument.ts) are matched with a substring scan; in the database that is a
 * `LIKE '%…%'` over every row of the language twice (count, then page), 30–80 ms on the benchmark
 * corpus. Here it is a scan of lower-cased strings already in memory.
 *
 * The rows are read through the Local API as an anonymous reader (`overrideAccess: false`), so
 * this holds only what the database index holds: published text. Before every search a cheap
 * fingerprint of the table (row count, newest `updatedAt`, highest id) is compared with the one loaded;
 * any change since (a publish in this process or another, a committed transaction) reloads it,
 * so a search never answers from an index older than the database's.
 */
export type IndexedEntry = {
  id: number
  kind: SearchEntry['kind']
  sourceCollection: SearchEntry['sourceCollection']
  slug: string
  anchor: string | null
  title: string
  text: string
  date: string | null
  dateMs: number
  spokesperson: number | null
  topics: number[]
  /** `text` lower-cased once, for case-insensitive matching. */
  haystack: string
}

type Loaded = { fingerprint: string; byLocale: Map<Locale, IndexedEntry[]> }

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : value && typeof value === 'object' ? ((value as { id?: number }).id ?? null) : null

/**
 * Rows are never updated in place (indexDocument deletes and re-creates a document's rows), so a
 * change shows as a different count, a newer `updatedAt` or a higher id; all three together also
 * cover a delete and re-create within one millisecond that reuses the highest id.
 */
const fingerprintOf = async (payload: Payload): Promise<string> => {
  const newest = (sort: string) =>
    payload.find({
      collection: 'search-entries',
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      sort,
      select: { updatedAt: true },
    })
  const [{ totalDocs }, byTime, byId] = await Promise.all([
    payload.count({ collection: 'search-entries', overrideAccess: false }),
    newest('-updatedAt'),
    newest('-id'),
  ])
  return `${totalDocs}:${byTime.docs[0]?.updatedAt ?? ''}:${byId.docs[0]?.id ?? ''}`
}

const PAGE = 5000

const load = async (payload: Payload, fingerprint: string): Promise<Loaded> => {
  const byLocale = new Map<Locale, IndexedEntry[]>()
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'search-entries',
      overrideAccess: false,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      select: {
        kind: true,
        locale: true,
        sourceCollection: true,
        slug: true,
        anchor: true,
        title: true,
        text: true,
        date: true,
        spokesperson: true,
        topics: true,
      },
    })
    for (const row of result.docs) {
      const text = row.text ?? ''
      const entry: IndexedEntry = {
        id: row.id,
        kind: row.kind,
        sourceCollection: row.sourceCollection,
        slug: row.slug,
        anchor: row.anchor ?? null,
        title: row.title ?? '',
        text,
        date: row.date ?? null,
        dateMs: row.date ? Date.parse(row.date) : Number.NEGATIVE_INFINITY,
        spokesperson: idOf(row.spokesperson),
        topics: (row.topics ?? []).map(idOf).filter((id): id is number => id !== null),
        haystack: text.toLowerCase(),
      }
      const list = byLocale.get(row.locale) ?? []
      list.push(entry)
      byLocale.set(row.locale, list)
    }
    if (!result.hasNextPage) break
  }
  // Newest first, as results are listed; equal dates by row id, newest row first.
  for (const list of byLocale.values()) list.sort((a, b) => b.dateMs - a.dateMs || b.id - a.id)
  return { fingerprint, byLocale }
}

type State = { loaded: Loaded | null; loading: Promise<Loaded> | null }
// One index per process and Payload instance, shared by every route bundle of the server.
const STATE = Symbol.for('warta.searchIndex')
const stateFor = (payload: Payload): State => {
  const holder = payload as unknown as { [STATE]?: State }
  holder[STATE] ??= { loaded: null, loading: null }
  return holder[STATE]
}

/** The current published search rows of one language, newest first, reloaded if the table changed. */
export const indexedEntries = async (payload: Payload, locale: Locale): Promise<IndexedEntry[]> => {
  const state = stateFor(payload)
  const fingerprint = await fingerprintOf(payload)
  if (state.loaded?.fingerprint !== fingerprint) {
    // Concurrent searches share one reload; a reload that raced a newer change is redone next time.
    state.loading ??= load(payload, fingerprint).finally(() => {
      state.loading = null
    })
    state.loaded = await state.loading
  }
  return state.loaded.byLocale.get(locale) ?? []
}

/** Payload's `like`, as the database applies it: every word of the query, anywhere, any case. */
export const queryWords = (q: string): string[] => q.trim().toLowerCase().split(/\s+/).filter(Boolean)

export const matchesWords = (entry: IndexedEntry, words: string[]): boolean => words.every((word) => entry.haystack.includes(word))
