import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'

/**
 * Every cache tag and every public path of the reader site, built in one place. The data module
 * tags what it reads with these, and the publish hooks revalidate with the same builders, so a
 * page can never depend on data that a workflow action forgets to invalidate.
 */

export type SiteCollection = 'press-releases' | 'briefings'

/** Path segment of each collection under `/[locale]`, the same in every language. */
export const collectionSegment: Record<SiteCollection, string> = {
  'press-releases': 'press-releases',
  briefings: 'briefings',
}

export const cacheTags = {
  /** One document (all of its locales, and its publication records). */
  document: (collection: SiteCollection, slug: string) => `doc:${collection}:${slug}`,
  /** Anything that lists documents of a collection: home, lists, archives, topic and people pages. */
  list: (collection: SiteCollection) => `list:${collection}`,
  /** Reference data (topics, people, outlets) shown beside documents. */
  reference: 'reference',
  sitemap: 'sitemap',
  feeds: 'feeds',
} as const

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

export type RevalidationPlan = { tags: string[]; paths: string[] }

/**
 * What one workflow action on one document invalidates. Every locale's document path is
 * included, not only the ones the action touched: the language switcher and the honest 404 of
 * every other locale list which languages are published. The old slug is included so that a
 * renamed document's previous address stops answering with stale text.
 */
export const planDocumentRevalidation = ({
  collection,
  slug,
  previousSlug,
}: {
  collection: SiteCollection
  slug: string
  previousSlug?: string | null
}): RevalidationPlan => {
  const slugs = [slug, ...(previousSlug && previousSlug !== slug ? [previousSlug] : [])]
  const tags = [
    ...slugs.map((value) => cacheTags.document(collection, value)),
    cacheTags.list(collection),
    cacheTags.sitemap,
    cacheTags.feeds,
  ]
  const paths = locales.flatMap((locale) => [
    ...slugs.map((value) => sitePaths.document(locale, collection, value)),
    sitePaths.home(locale),
    sitePaths.list(locale, collection),
    sitePaths.feed(locale, collection),
  ])
  return { tags, paths: [...paths, sitePaths.sitemap] }
}
