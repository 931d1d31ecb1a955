import type { MetadataRoute } from 'next'

import type { Locale } from '@/lib/i18n/locales'

import { readerQuery } from '@/lib/data/cached'
import { getPayloadClient } from '@/lib/data/payload'
import { readArgs } from '@/lib/data/readArgs'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomCollections, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

import { absoluteUrl } from './metadata'

type PublishedDoc = { slug: string; updatedAt: string }

/** Every document published in one language, as a reader sees it (access control on). */
const listPublishedSlugs = readerQuery(
  'sitemap:slugs',
  async ({ collection, locale }: { collection: NewsroomCollection; locale: Locale }): Promise<PublishedDoc[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      ...readArgs(locale),
      depth: 0,
      pagination: false,
      select: { slug: true, updatedAt: true },
    })
    return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
  },
)

/**
 * One sitemap entry per published (document, language), each listing as hreflang alternates
 * exactly the languages that document is published in, so search engines are never pointed at a
 * translation that does not exist yet.
 */
export const buildSitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const entries: MetadataRoute.Sitemap = locales.map((locale) => ({
    url: absoluteUrl(sitePaths.home(locale)),
    alternates: {
      languages: Object.fromEntries(locales.map((code) => [localeInfo[code].bcp47, absoluteUrl(sitePaths.home(code))])),
    },
  }))
  for (const collection of newsroomCollections) {
    const perLocale = await Promise.all(locales.map((locale) => listPublishedSlugs({ collection, locale })))
    const bySlug = new Map<string, { locale: Locale; updatedAt: string }[]>()
    perLocale.forEach((docs, index) => {
      const locale = locales[index]
      if (!locale) return
      for (const doc of docs) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), { locale, updatedAt: doc.updatedAt }])
    })
    for (const [slug, published] of bySlug) {
      const languages = Object.fromEntries(
        published.map(({ locale }) => [localeInfo[locale].bcp47, absoluteUrl(sitePaths.document(locale, collection, slug))]),
      )
      for (const { locale, updatedAt } of published) {
        entries.push({
          url: absoluteUrl(sitePaths.document(locale, collection, slug)),
          lastModified: updatedAt,
          alternates: { languages },
        })
      }
    }
  }
  return entries
}
