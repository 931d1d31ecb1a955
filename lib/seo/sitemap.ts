import type { MetadataRoute } from 'next'

import type { Locale } from '@/lib/i18n/locales'

import { readerQuery } from '@/lib/data/cached'
import { countPublished, listPublished, monthBounds, publishedYears, yearBounds, type PublishedFilter } from '@/lib/data/listing'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { escapeHtml } from '@/lib/richText/html'
import { collectionOfSegment, newsroomCollections, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { collectionSegment, sitePaths } from '@/lib/site/paths'

import { absoluteUrl, languageAlternates } from './metadata'

/**
 * The sitemap: an index at `/sitemap.xml` naming one file per document type and year
 * (`/sitemaps/press-releases-2024.xml`), plus one of the home pages.
 *
 * Why not one file: the sitemap protocol (sitemaps.org, and Google with it) takes at most 50,000
 * addresses a file, and ten years of a ministry's output in three languages is about 70,000. The
 * single file also took 2.0–2.4 s to render on the 10× benchmark corpus, with nothing copying it,
 * so any crawler could keep a core busy. A year's file holds ~3,000 addresses, is rendered from
 * one walk along the search rows' (language, type, date) index per language, and is kept by the
 * page cache and the fronting cache until a public change like every list (cacheTags.ts).
 * A year with more than SPLIT_ABOVE addresses of one type is split into months.
 */
export type SitemapPart =
  | { kind: 'home' }
  | { kind: 'documents'; collection: NewsroomCollection; year: number; month?: number }
  | { kind: 'undated'; collection: NewsroomCollection }

export type SitemapEntry = MetadataRoute.Sitemap[number]

/** The protocol's limit of addresses in one file. */
export const MAX_URLS = 50_000

/**
 * Above this many addresses, a year of one type is split into months. A file costs ~0.05 ms an
 * address to render (a year of 1,000 releases in three languages: ~115 ms on the 1× benchmark
 * corpus); a year of the 10× corpus (10,000 releases, ~30,000 addresses) took 1.4 s as one file,
 * well inside the protocol's limit but 12× the cost of the same file at 1×. Months keep a file near
 * a few thousand addresses however dense the archive grows.
 */
export const SPLIT_ABOVE = 5_000

const two = (value: number) => String(value).padStart(2, '0')

export const sitemapPartName = (part: SitemapPart): string => {
  if (part.kind === 'home') return 'home'
  const segment = collectionSegment(part.collection)
  if (part.kind === 'undated') return `${segment}-undated`
  return part.month ? `${segment}-${part.year}-${two(part.month)}` : `${segment}-${part.year}`
}

/** The part a file name (`briefings-2024`, `press-releases-2024-03`) names, or null. */
export const parseSitemapPartName = (name: string): SitemapPart | null => {
  if (name === 'home') return { kind: 'home' }
  const match = /^([a-z-]+?)-(?:(undated)|(\d{4})(?:-(0[1-9]|1[0-2]))?)$/.exec(name)
  const collection = match ? collectionOfSegment(match[1]!) : null
  if (!match || !collection) return null
  if (match[2]) return { kind: 'undated', collection }
  return { kind: 'documents', collection, year: Number(match[3]), ...(match[4] ? { month: Number(match[4]) } : {}) }
}

export const sitemapPartPath = (part: SitemapPart): string => sitePaths.sitemapPart(sitemapPartName(part))

const rangeOf = (part: SitemapPart): Omit<PublishedFilter, 'topicId'> => {
  if (part.kind === 'undated') return { undated: true }
  if (part.kind !== 'documents') return {}
  return part.month ? monthBounds(part.year, part.month) : yearBounds(part.year)
}

/** Addresses a part of one type would hold: each document once per language it is published in. */
const addressesIn = async (collection: NewsroomCollection, filter: Omit<PublishedFilter, 'topicId'>): Promise<number> =>
  (await Promise.all(locales.map((locale) => countPublished(collection, locale, filter)))).reduce((sum, count) => sum + count, 0)

/**
 * The sitemap's files, newest year first for each type: the years come from a walk along the
 * index (one one-row query per year and language), the counts from the same index.
 */
export const listSitemapParts = readerQuery('sitemap:parts', async ({ maxUrls = SPLIT_ABOVE }: { maxUrls?: number }): Promise<SitemapPart[]> => {
  const parts: SitemapPart[] = [{ kind: 'home' }]
  for (const collection of newsroomCollections) {
    const years = new Set((await Promise.all(locales.map((locale) => publishedYears(collection, locale)))).flat())
    for (const year of [...years].sort((a, b) => b - a)) {
      if ((await addressesIn(collection, yearBounds(year))) <= maxUrls) {
        parts.push({ kind: 'documents', collection, year })
        continue
      }
      for (let month = 12; month >= 1; month--) {
        if ((await addressesIn(collection, monthBounds(year, month))) > 0) parts.push({ kind: 'documents', collection, year, month })
      }
    }
    if ((await addressesIn(collection, { undated: true })) > 0) parts.push({ kind: 'undated', collection })
  }
  return parts
})

/**
 * The part a file name (without `.xml`) names, if the index names it: a year split into months
 * (or a month of a year that is not) is not served, so a crawler holding an old address gets a 404,
 * not a render of a whole split year (1.4 s at 10×) that nothing else asks for.
 */
export const listedSitemapPart = async (name: string): Promise<SitemapPart | null> =>
  (await listSitemapParts({})).find((listed) => sitemapPartName(listed) === name) ?? null

const homeEntries = (): SitemapEntry[] =>
  locales.map((locale) => ({
    url: absoluteUrl(sitePaths.home(locale)),
    alternates: {
      languages: {
        ...Object.fromEntries(locales.map((code) => [localeInfo[code].bcp47, absoluteUrl(sitePaths.home(code))])),
        // `/` picks a language by the reader's Accept-Language.
        'x-default': absoluteUrl('/'),
      },
    },
  }))

/**
 * One part's entries, or null when it holds nothing (a year after its last document was taken
 * down): one entry per published (document, language), each listing as hreflang alternates
 * exactly the languages that document is published in, so search engines are never pointed at a
 * translation that does not exist yet, and as `x-default` one of those (its source language when
 * published: `xDefaultLocale`). Documents are found along the published list and read as a reader
 * reads them (listing.ts: access control on), so a file lists exactly the pages a reader can open.
 */
export const buildSitemapPart = async (part: SitemapPart): Promise<SitemapEntry[] | null> => {
  if (part.kind === 'home') return homeEntries()
  const { collection } = part
  const perLocale = await Promise.all(
    locales.map((locale) =>
      listPublished(collection, locale, { ...rangeOf(part), limit: MAX_URLS }, { select: { slug: true, updatedAt: true, sourceLocale: true }, depth: 0 }),
    ),
  )
  const bySlug = new Map<string, { published: { locale: Locale; updatedAt: string }[]; sourceLocale: Locale }>()
  perLocale.forEach(({ docs }, index) => {
    const locale = locales[index]!
    for (const doc of docs) {
      const known = bySlug.get(doc.slug) ?? { published: [], sourceLocale: sourceLocaleOf(doc) }
      known.published.push({ locale, updatedAt: doc.updatedAt })
      bySlug.set(doc.slug, known)
    }
  })
  if (bySlug.size === 0) return null
  const entries: SitemapEntry[] = []
  for (const [slug, { published, sourceLocale }] of bySlug) {
    const languages = languageAlternates(
      collection,
      slug,
      published.map(({ locale }) => locale),
      sourceLocale,
    )
    for (const { locale, updatedAt } of published) {
      entries.push({ url: absoluteUrl(sitePaths.document(locale, collection, slug)), lastModified: updatedAt, alternates: { languages } })
    }
  }
  return entries
}

// HTML's five escapes are XML's too (`&#39;` for the apostrophe).
const escapeXml = escapeHtml

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The index at `/sitemap.xml`: one `<sitemap>` per part. */
export const renderSitemapIndex = (parts: readonly SitemapPart[]): string =>
  XML_HEADER +
  '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
  parts.map((part) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapPartPath(part)))}</loc></sitemap>\n`).join('') +
  '</sitemapindex>\n'

/** One part's `<urlset>`, with the hreflang alternates as `xhtml:link`s. */
export const renderUrlSet = (entries: readonly SitemapEntry[]): string =>
  XML_HEADER +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
  entries
    .map((entry) => {
      const lastModified = entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
      const links = Object.entries(entry.alternates?.languages ?? {})
        .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(String(href))}"/>`)
        .join('')
      return `<url><loc>${escapeXml(entry.url)}</loc>${lastModified}${links}</url>\n`
    })
    .join('') +
  '</urlset>\n'

/** How both routes answer: the index and each file are XML. */
export const sitemapResponse = (xml: string): Response => new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
