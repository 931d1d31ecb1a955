import type { Locale } from '@/lib/i18n/locales'

import { getPayloadClient } from '@/lib/data/payload'
import { sitePaths } from '@/lib/site/paths'

import { indexedEntries, matchingEntries, queryWords, type IndexedEntry } from './memoryIndex'
import { sameId, type Id } from '@/lib/db/ids'
import { searchEntryKinds, type SearchEntryKind } from '@/lib/newsroom/registry'

/** What a reader may narrow a search to: each newsroom type, or single Q&A items (the registry). */
export const searchKinds = searchEntryKinds
export type SearchKind = SearchEntryKind

export type SearchFilters = {
  locale: Locale
  q: string
  kind?: SearchKind
  spokespersonId?: Id
  topicId?: Id
  /** YYYY-MM-DD, inclusive. */
  from?: string
  to?: string
  page?: number
}

export type SearchHit = {
  id: Id
  kind: SearchKind
  title: string
  href: string
  anchor: string | null
  excerpt: string
  date: string | null
}

export type SearchResults = { hits: SearchHit[]; totalDocs: number; page: number; totalPages: number }

const EXCERPT_RADIUS = 90

/** A window of text around the first match, so a reader sees why a result was found. */
export const excerptAround = (text: string, q: string): string => {
  const words = queryWords(q)
  const lower = text.toLowerCase()
  const at = Math.max(0, Math.min(...words.map((word) => lower.indexOf(word)).filter((index) => index >= 0), Infinity))
  const start = Number.isFinite(at) ? Math.max(0, at - EXCERPT_RADIUS) : 0
  const end = Math.min(text.length, start + EXCERPT_RADIUS * 2 + (words[0]?.length ?? 0))
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`)
const isDay = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value))

const PAGE_SIZE = 20

/** Does one indexed entry pass the reader's filters (type, spokesperson, topic, dates)? */
const passesFilters = (entry: IndexedEntry, { kind, spokespersonId, topicId, from, to }: SearchFilters): boolean => {
  if (kind && entry.kind !== kind) return false
  if (spokespersonId !== undefined && !sameId(entry.spokesperson, spokespersonId)) return false
  if (topicId !== undefined && !entry.topics.some((topic) => sameId(topic, topicId))) return false
  // Like the database's comparison, an entry without a date is outside any date range.
  if ((isDay(from) || isDay(to)) && entry.date === null) return false
  if (isDay(from) && !(entry.dateMs >= dayStart(from).getTime())) return false
  if (isDay(to) && !(entry.dateMs < dayStart(to).getTime() + 86_400_000)) return false
  return true
}

/**
 * Searches the published text of one language: every word of the query must occur in the entry
 * (Payload's `like`), newest first, 20 per page. Intended differences from the database's `like`:
 * words are split on any white space (also the ideographic space Chinese input methods type),
 * case is folded beyond ASCII, and `%` / `_` are plain characters, not wildcards. The entries come from the in-memory copy of the
 * index (memoryIndex.ts), which holds only published text and is checked against the database on
 * every search.
 */
export const searchSite = async (filters: SearchFilters): Promise<SearchResults> => {
  const requested = Math.max(1, Math.floor(filters.page ?? 1))
  const words = queryWords(filters.q)
  if (words.length === 0) return { hits: [], totalDocs: 0, page: requested, totalPages: 0 }
  const entries = await indexedEntries(await getPayloadClient(), filters.locale)
  const matches = matchingEntries(entries, words).filter((entry) => passesFilters(entry, filters))
  const totalPages = Math.ceil(matches.length / PAGE_SIZE)
  return {
    hits: matches.slice((requested - 1) * PAGE_SIZE, requested * PAGE_SIZE).map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      anchor: entry.anchor,
      href: `${sitePaths.document(filters.locale, entry.sourceCollection, entry.slug)}${entry.anchor ? `#${entry.anchor}` : ''}`,
      excerpt: excerptAround(entry.text, filters.q),
      date: entry.date,
    })),
    totalDocs: matches.length,
    page: requested,
    totalPages,
  }
}
