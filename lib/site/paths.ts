import type { Locale } from '@/lib/i18n/locales'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

/**
 * Every public path of the reader site, built in one place: pages, feeds, the sitemap and the
 * search results link with these builders, so an address is spelled once.
 */

/** Path segment of each collection under `/[locale]`, the same in every language. */
export const collectionSegment = (collection: NewsroomCollection): string => newsroomType(collection).segment

export const sitePaths = {
  home: (locale: Locale) => `/${locale}`,
  list: (locale: Locale, collection: NewsroomCollection) => `/${locale}/${collectionSegment(collection)}`,
  document: (locale: Locale, collection: NewsroomCollection, slug: string) =>
    `/${locale}/${collectionSegment(collection)}/${slug}`,
  briefingArchive: (locale: Locale, period: string) => `/${locale}/briefings/archive/${period}`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}`,
  spokespeople: (locale: Locale) => `/${locale}/spokespeople`,
  spokesperson: (locale: Locale, slug: string) => `/${locale}/spokespeople/${slug}`,
  search: (locale: Locale) => `/${locale}/search`,
  feed: (locale: Locale, collection: NewsroomCollection) => `/${locale}/${collectionSegment(collection)}/feed.xml`,
  topicFeed: (locale: Locale, slug: string) => `/${locale}/topics/${slug}/feed.xml`,
  sitemap: '/sitemap.xml',
  /** One file of the sitemap, named by its index (lib/seo/sitemap.ts). */
  sitemapPart: (name: string) => `/sitemaps/${name}.xml`,
} as const
