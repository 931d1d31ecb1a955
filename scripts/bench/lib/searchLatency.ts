import type { Locale } from '@/lib/i18n/locales'

import { benchTopics, cities, countries } from '../corpus/textBank'
import { percentile } from './load'

/**
 * Search as readers use it: one request at a time, each a different query, so neither the
 * Next.js data cache nor the page cache has seen it before. The queries are the corpus's own
 * country, city and topic names in every language (Chinese ones are substrings of running text
 * with no word spaces); some match a handful of rows, topic names match thousands.
 */
export type SearchLatency = { queries: number; p50: number; p95: number; max: number; meanHits: number }

export const searchQueries = (): { locale: Locale; q: string }[] =>
  (['zh', 'en', 'id'] as const).flatMap((locale) =>
    [...countries, ...cities, ...benchTopics.map((topic) => topic.name)].map((name) => ({ locale, q: name[locale] })),
  )

export const measureSearchLatency = async (baseUrl: string): Promise<SearchLatency> => {
  const times: number[] = []
  let hits = 0
  const seen = new Set<string>()
  for (const { locale, q } of searchQueries()) {
    const key = `${locale}:${q}`
    if (seen.has(key)) continue
    seen.add(key)
    const started = performance.now()
    const response = await fetch(`${baseUrl}/${locale}/search?q=${encodeURIComponent(q)}`)
    const html = await response.text()
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`search ${locale} "${q}" answered ${response.status}`)
    hits += (html.match(/class="excerpt"/g) ?? []).length
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { queries: times.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)!, meanHits: hits / times.length }
}
