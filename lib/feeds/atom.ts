import { Feed } from 'feed'

import type { Locale } from '@/lib/i18n/locales'

import { localeInfo } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/seo/metadata'

export type FeedEntry = { title: string; path: string; date: string | null; summary?: string | null }

/**
 * An Atom 1.0 document for one language, built by the `feed` library (escaping and date
 * formats are its job, not string concatenation's). Entries without a date are dated at the
 * epoch rather than "now", so a feed does not change between two requests with no publication.
 */
export const renderAtomFeed = ({
  locale,
  title,
  path,
  siteName,
  entries,
}: {
  locale: Locale
  title: string
  path: string
  siteName: string
  entries: FeedEntry[]
}): string => {
  const dates = entries.map((entry) => new Date(entry.date ?? 0))
  const updated = dates.reduce((latest, date) => (date > latest ? date : latest), new Date(0))
  const feed = new Feed({
    id: absoluteUrl(path),
    title: `${title} · ${siteName}`,
    link: absoluteUrl(`/${locale}`),
    language: localeInfo[locale].bcp47,
    updated,
    generator: false,
    copyright: siteName,
    feedLinks: { atom: absoluteUrl(path) },
  })
  entries.forEach((entry, index) => {
    feed.addItem({
      title: entry.title,
      id: absoluteUrl(entry.path),
      link: absoluteUrl(entry.path),
      date: dates[index] ?? new Date(0),
      description: entry.summary ?? undefined,
    })
  })
  return feed.atom1()
}

export const atomResponse = (xml: string): Response =>
  new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
