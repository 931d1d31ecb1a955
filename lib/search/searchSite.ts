import type { Locale } from '@/lib/i18n/locales'

import { getPayloadClient } from '@/lib/data/payload'
import { sitePaths } from '@/lib/site/paths'

import { excerptSegments, matchRanges, shortenText, type ExcerptSegment } from './excerpt'
import { indexedEntries, matchingEntries, queryWords, readEntryTexts, topicRule, type EntryText, type IndexedEntry } from './memoryIndex'
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
  /**
   * What the result is called: the document's title, or for a Q&A item its question. Null for a
   * Q&A item indexed without its question (rows written before items were titled): the page names
   * it by number.
   */
  title: string | null
  /** For a Q&A item, the title of the briefing or statement it belongs to; else null. */
  documentTitle: string | null
  /** For a Q&A item, its number (`q3` → 3); else null. */
  questionNumber: number | null
  href: string
  anchor: string | null
  /** Plain text and matched words, for the page to render (never HTML). */
  excerpt: ExcerptSegment[]
  date: string | null
}

export type SearchResults = {
  hits: SearchHit[]
  /** Matches counted: all of them, or `COUNT_LIMIT` (or the page's end) when `totalIsExact` is false. */
  totalDocs: number
  totalIsExact: boolean
  page: number
  totalPages: number
}

/**
 * Matches are counted up to this many (and always up to the end of the page asked for); beyond it
 * the page says "more than 1,000 results". Counting every match of a common word read thousands of
 * texts per search, a cost that grew with the archive (10 ms of 25 for "cooperation" on the 1×
 * benchmark corpus) while nobody pages past the first few pages.
 */
export const COUNT_LIMIT = 1000

/** A question as a result's title is kept to about two lines. */
const QUESTION_TITLE_LENGTH = 160

const hitOf = (entry: IndexedEntry, { text, title: rowTitle }: EntryText, locale: Locale, words: string[]): SearchHit => {
  const isQuestion = entry.anchor !== null
  const number = entry.anchor ? Number.parseInt(entry.anchor.replace(/^\D+/, ''), 10) : Number.NaN
  const hasOwnTitle = isQuestion && rowTitle !== '' && rowTitle !== entry.documentTitle
  const title = isQuestion ? (hasOwnTitle ? rowTitle : null) : rowTitle
  // An entry's text starts with what the result is titled (the document's title, a Q&A item's
  // question): the excerpt comes from the rest, unless only the title matched.
  const rest = title && text.startsWith(title) ? text.slice(title.length).trim() : ''
  const excerptSource = rest && matchRanges(rest, words).length > 0 ? rest : text
  return {
    id: entry.id,
    kind: entry.kind,
    title: title !== null && isQuestion ? shortenText(title, QUESTION_TITLE_LENGTH) : title,
    // Empty while the document's own entry is not (yet) in the copy: no "· " before nothing.
    documentTitle: isQuestion ? entry.documentTitle || null : null,
    questionNumber: Number.isFinite(number) ? number : null,
    anchor: entry.anchor,
    href: `${sitePaths.document(locale, entry.sourceCollection, entry.slug)}${entry.anchor ? `#${entry.anchor}` : ''}`,
    excerpt: excerptSegments(excerptSource, words),
    date: entry.date,
  }
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`)
const isDay = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value))

/** Results to a page (the results list numbers a later page's first result from it). */
export const SEARCH_PAGE_SIZE = 20
const PAGE_SIZE = SEARCH_PAGE_SIZE

/**
 * The reader's filters (type, spokesperson, topic, dates) as one test per indexed entry. Built once
 * per search: it runs on every entry that contains the words (thousands for a common one), and
 * parsing the dates there cost more than the match (a date-filtered search served half as many
 * readers).
 */
const filterOf = ({ kind, spokespersonId, from, to }: SearchFilters, aboutTopic: ((entry: IndexedEntry) => boolean) | null): ((entry: IndexedEntry) => boolean) => {
  const fromMs = isDay(from) ? dayStart(from).getTime() : null
  const toMs = isDay(to) ? dayStart(to).getTime() + 86_400_000 : null
  return (entry) => {
    if (kind && entry.kind !== kind) return false
    if (spokespersonId !== undefined && !sameId(entry.spokesperson, spokespersonId)) return false
    if (aboutTopic && !aboutTopic(entry)) return false
    // Like the database's comparison, an entry without a date is outside any date range.
    if ((fromMs !== null || toMs !== null) && entry.date === null) return false
    if (fromMs !== null && !(entry.dateMs >= fromMs)) return false
    if (toMs !== null && !(entry.dateMs < toMs)) return false
    return true
  }
}

/**
 * Searches the published text of one language: every word of the query must occur in the entry
 * (Payload's `like`), newest first, 20 per page. Intended differences from the database's `like`:
 * words are split on any white space (also the ideographic space Chinese input methods type),
 * case is folded beyond ASCII, and `%` / `_` are plain characters, not wildcards. The entries come from the in-memory copy of the
 * index (memoryIndex.ts), which holds only published text and is checked against the database on
 * every search.
 */
export const searchSite = async (filters: SearchFilters, { countLimit = COUNT_LIMIT }: { countLimit?: number } = {}): Promise<SearchResults> => {
  const requested = Math.max(1, Math.floor(filters.page ?? 1))
  const words = queryWords(filters.q)
  if (words.length === 0) return { hits: [], totalDocs: 0, totalIsExact: true, page: requested, totalPages: 0 }
  const payload = await getPayloadClient()
  const entries = await indexedEntries(payload, filters.locale)
  // Entries are newest first, so the first matches are the first results.
  // One more than counted is looked for, so "more than N" is only said when it is true.
  const cap = Math.max(countLimit, requested * PAGE_SIZE)
  const found = matchingEntries(entries, words, { accept: filterOf(filters, filters.topicId === undefined ? null : await topicRule(payload, filters.topicId)), limit: cap + 1 }).matches
  const complete = found.length <= cap
  const matches = complete ? found : found.slice(0, cap)
  // Past the count, there is at least one more page than was read.
  const totalPages = complete ? Math.ceil(matches.length / PAGE_SIZE) : Math.max(Math.ceil(matches.length / PAGE_SIZE), requested + 1)
  const shown = matches.slice((requested - 1) * PAGE_SIZE, requested * PAGE_SIZE)
  const texts = await readEntryTexts(payload, shown.map((entry) => entry.id))
  return {
    // A result taken down between the match and this read is left out rather than shown from memory.
    hits: shown.flatMap((entry) => {
      const row = texts.get(String(entry.id))
      return row === undefined ? [] : [hitOf(entry, row, filters.locale, words)]
    }),
    totalDocs: matches.length,
    totalIsExact: complete,
    page: requested,
    totalPages,
  }
}
