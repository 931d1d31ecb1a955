import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { readerQuery } from '@/lib/data/cached'
import { getPayloadClient } from '@/lib/data/payload'
import { cacheTags, sitePaths } from '@/lib/revalidation/tags'

export const searchKinds = ['release', 'briefing', 'question'] as const
export type SearchKind = (typeof searchKinds)[number]

export type SearchFilters = {
  locale: Locale
  q: string
  kind?: SearchKind
  spokespersonId?: number
  topicId?: number
  /** YYYY-MM-DD, inclusive. */
  from?: string
  to?: string
  page?: number
}

export type SearchHit = {
  id: number
  kind: SearchKind
  title: string
  href: string
  anchor: string | null
  excerpt: string
  date: string | null
}

export type SearchResults = { hits: SearchHit[]; totalDocs: number; page: number; totalPages: number }

const EXCERPT_RADIUS = 90

/** The words of the query, as Payload's `like` operator matches them (all must occur). */
const queryWords = (q: string): string[] => q.trim().toLowerCase().split(/\s+/).filter(Boolean)

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

export const buildSearchWhere = ({ locale, q, kind, spokespersonId, topicId, from, to }: SearchFilters): Where => {
  const and: Where[] = [{ locale: { equals: locale } }, { text: { like: q.trim() } }]
  if (kind) and.push({ kind: { equals: kind } })
  if (spokespersonId !== undefined) and.push({ spokesperson: { equals: spokespersonId } })
  if (topicId !== undefined) and.push({ topics: { in: [topicId] } })
  if (isDay(from)) and.push({ date: { greater_than_equal: dayStart(from).toISOString() } })
  if (isDay(to)) and.push({ date: { less_than: new Date(dayStart(to).getTime() + 86_400_000).toISOString() } })
  return { and }
}

/**
 * Searches the published text of one language. The index holds only published text (see
 * `indexDocument`), and is read with access control on like every reader query.
 */
export const searchSite = readerQuery(
  'search',
  async (filters: SearchFilters): Promise<SearchResults> => {
    const page = filters.page ?? 1
    if (!filters.q.trim()) return { hits: [], totalDocs: 0, page, totalPages: 0 }
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'search-entries',
      overrideAccess: false,
      depth: 0,
      limit: 20,
      page,
      sort: '-date',
      where: buildSearchWhere(filters),
      select: { kind: true, title: true, slug: true, anchor: true, text: true, date: true, sourceCollection: true },
    })
    return {
      hits: result.docs.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        title: entry.title ?? '',
        anchor: entry.anchor ?? null,
        href: `${sitePaths.document(filters.locale, entry.sourceCollection, entry.slug)}${entry.anchor ? `#${entry.anchor}` : ''}`,
        excerpt: excerptAround(entry.text ?? '', filters.q),
        date: entry.date ?? null,
      })),
      totalDocs: result.totalDocs,
      page: result.page ?? page,
      totalPages: result.totalPages,
    }
  },
  () => [cacheTags.search, cacheTags.reference],
)
