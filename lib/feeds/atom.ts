import { Feed } from 'feed'

import type { Locale } from '@/lib/i18n/locales'

import { localeInfo } from '@/lib/i18n/locales'
import { escapeHtml } from '@/lib/richText/html'
import { absoluteUrl } from '@/lib/seo/metadata'

export type FeedEntry = {
  /** Plain text. */
  title: string
  path: string
  /** When this language was published, and last changed (ISO); null when not known. */
  published: string | null
  updated: string | null
  /** Plain text: who said it (the spokesperson), or the ministry for a release. */
  author: string
  /** Plain text. */
  summary?: string | null
  /** The whole text as HTML, already safe (lib/richText/html.ts). */
  contentHtml?: string | null
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'

/**
 * An Atom 1.0 document for one language, built by the `feed` library (escaping and date formats
 * are its job, not string concatenation's), with `xml:lang` on the root, which the library does
 * not write for Atom. Entries without a date are dated at the epoch rather than "now", so a feed
 * does not change between two requests with no publication.
 *
 * The library writes an entry's title, summary and content as `type="html"` in CDATA, so every
 * one of them is HTML here: plain text is escaped first. That also keeps `]]>` out of the CDATA
 * (its `>` is escaped), which the library would end the section at.
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
  const dated = entries.map((entry) => {
    const published = new Date(entry.published ?? entry.updated ?? 0)
    const updated = new Date(entry.updated ?? entry.published ?? 0)
    return { entry, published, updated: updated > published ? updated : published }
  })
  const updated = dated.reduce((latest, { updated: date }) => (date > latest ? date : latest), new Date(0))
  const feed = new Feed({
    id: absoluteUrl(path),
    title: `${title} · ${siteName}`,
    link: absoluteUrl(`/${locale}`),
    language: localeInfo[locale].bcp47,
    updated,
    generator: false,
    copyright: siteName,
    author: { name: siteName },
    feedLinks: { atom: absoluteUrl(path) },
  })
  for (const { entry, published, updated: entryUpdated } of dated) {
    feed.addItem({
      title: escapeHtml(entry.title),
      id: absoluteUrl(entry.path),
      link: absoluteUrl(entry.path),
      date: entryUpdated,
      published,
      author: [{ name: entry.author }],
      description: entry.summary ? escapeHtml(entry.summary) : undefined,
      content: entry.contentHtml || undefined,
    })
  }
  const xml = feed.atom1()
  if (!xml.includes(ATOM_ROOT)) throw new Error(`renderAtomFeed: the feed library's Atom root changed; cannot set xml:lang on ${path}`)
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${localeInfo[locale].bcp47}">`)
}

export const atomResponse = (xml: string): Response =>
  new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
