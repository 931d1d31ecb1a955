import type { Locale } from '@/lib/i18n/locales'

import { collectionOfSegment, type NewsroomCollection } from '@/lib/newsroom/registry'

/**
 * The address being rendered, for the site header's language links. The App Router gives a
 * layout no pathname, so proxy.ts copies it into this request header (overwriting anything the
 * client sent). It is derived from the URL alone, so a page stays cacheable by its URL.
 */
export const CURRENT_PATH_HEADER = 'x-warta-path'

/** A document's page (`/<locale>/<segment>/<slug>`), as opposed to lists, feeds and archives. */
export const documentOfPath = (path: string): { collection: NewsroomCollection; slug: string } | null => {
  const [, , segment, slug, ...rest] = (path.split('?')[0] ?? '').split('/')
  if (!segment || !slug || rest.length > 0 || slug === 'feed.xml' || slug === 'archive') return null
  const collection = collectionOfSegment(segment)
  return collection ? { collection, slug: decodeURIComponent(slug) } : null
}

/** The same address in another language: only the leading locale changes, the query is kept. */
export const pathInLocale = (path: string, locale: Locale): string => {
  const match = /^\/[^/?#]+(.*)$/.exec(path)
  return `/${locale}${match ? match[1] : ''}`
}
