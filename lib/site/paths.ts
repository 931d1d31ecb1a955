import type { Locale } from '@/lib/i18n/locales'

/**
 * Every public path of the reader site, built in one place: pages, feeds, the sitemap and the
 * search results link with these builders, so an address is spelled once.
 */

export type SiteCollection = 'press-releases' | 'briefings'

/** Path segment of each collection under `/[locale]`, the same in every language. */
export const collectionSegment: Record<SiteCollection, string> = {
  'press-releases': 'press-releases',
  briefings: 'briefings',
}

export const sitePaths = {
  home: (locale: Locale) => `/${locale}`,
  list: (locale: Locale, collection: SiteCollection) => `/${locale}/${collectionSegment[collection]}`,
  document: (locale: Locale, collection: SiteCollection, slug: string) =>
    `/${locale}/${collectionSegment[collection]}/${slug}`,
  briefingArchive: (locale: Locale, period: string) => `/${locale}/briefings/archive/${period}`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}`,
  spokesperson: (locale: Locale, slug: string) => `/${locale}/spokespeople/${slug}`,
  search: (locale: Locale) => `/${locale}/search`,
  feed: (locale: Locale, collection: SiteCollection) => `/${locale}/${collectionSegment[collection]}/feed.xml`,
  topicFeed: (locale: Locale, slug: string) => `/${locale}/topics/${slug}/feed.xml`,
  sitemap: '/sitemap.xml',
} as const
