import type { MetadataRoute } from 'next'

import type { Locale } from '@/lib/i18n/locales'

import { readerQuery } from '@/lib/data/cached'
import { getPayloadClient } from '@/lib/data/payload'
import { readArgs } from '@/lib/data/readArgs'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomCollections, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { sitePaths } from '@/lib/site/paths'

import { absoluteUrl, languageAlternates } from './metadata'

type PublishedDoc = { slug: string; updatedAt: string; sourceLocale: Locale }

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
      select: { slug: true, updatedAt: true, sourceLocale: true },
    })
    return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt, sourceLocale: sourceLocaleOf(doc) }))
  },
)

/**
 * One sitemap entry per published (document, language), each listing as hreflang alternates
 * exactly the languages that document is published in, so search engines are never pointed at a
 * translation that does not exist yet, and as `x-default` one of those (its source language when
 * published: `xDefaultLocale`). The home pages' `x-default` is `/`, which picks a language by the
 * reader's Accept-Language.
 */
export const buildSitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const entries: MetadataRoute.Sitemap = locales.map((locale) => ({
    url: absoluteUrl(sitePaths.home(locale)),
    alternates: {
      languages: {
        ...Object.fromEntries(locales.map((code) => [localeInfo[code].bcp47, absoluteUrl(sitePaths.home(code))])),
        'x-default': absoluteUrl('/'),
      },
    },
  }))
  for (const collection of newsroomCollections) {
    const perLocale = await Promise.all(locales.map((locale) => listPublishedSlugs({ collection, locale })))
    const bySlug = new Map<string, { published: { locale: Locale; updatedAt: string }[]; sourceLocale: Locale }>()
    perLocale.forEach((docs, index) => {
      const locale = locales[index]
      if (!locale) return
      for (const doc of docs) {
        const known = bySlug.get(doc.slug) ?? { published: [], sourceLocale: doc.sourceLocale }
        known.published.push({ locale, updatedAt: doc.updatedAt })
        bySlug.set(doc.slug, known)
      }
    })
    for (const [slug, { published, sourceLocale }] of bySlug) {
      const languages = languageAlternates(
        collection,
        slug,
        published.map(({ locale }) => locale),
        sourceLocale,
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
