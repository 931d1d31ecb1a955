import type { PublicChangeSet } from '@/lib/publicState/generation'

import { locales } from '@/lib/i18n/locales'

import { collectionOfSegment, isNewsroomCollection, newsroomTypes } from '@/lib/newsroom/registry'

/**
 * The tags a fronting cache (Varnish, docs/fronting-cache.md) files each public page under, sent in
 * `X-Cache-Tags`, and the tags a public change bans. Surrogate keys, as Drupal's Purge and
 * Fastly use them:
 * - `site`: every page (a topic, person or outlet renamed, or anything the change log cannot
 *   describe exactly, bans everything);
 * - `list`: every page that lists documents — home, lists, archives, topics, spokespeople, feeds,
 *   the sitemap, search (any publish may add or remove an entry);
 * - `doc:<collection>:<slug>`: a document's pages in every language, and every page that links to
 *   it (a related release's title, a briefing's link to a statement).
 */
export const SITE_TAG = 'site'
export const LIST_TAG = 'list'
export const documentTag = (collection: string, slug: string) => `doc:${collection}:${slug}`

const localePattern = locales.join('|')
const segments = newsroomTypes.map((type) => type.segment).join('|')
const DOCUMENT_PATH = new RegExp(`^/(?:${localePattern})/(${segments})/([a-z0-9-]+)$`)
const DOCUMENT_LINK = new RegExp(`href="/(?:${localePattern})/(${segments})/([a-z0-9-]+)[#"]`, 'g')

/** Tags of one rendered public page, from its canonical path and the documents it links to. */
export const tagsForPage = (path: string, html: string): string[] => {
  const tags = new Set([SITE_TAG])
  const own = DOCUMENT_PATH.exec(path)
  if (own) tags.add(documentTag(collectionOfSegment(own[1]!)!, own[2]!))
  else tags.add(LIST_TAG)
  for (const [, segment, slug] of html.matchAll(DOCUMENT_LINK)) tags.add(documentTag(collectionOfSegment(segment!)!, slug!))
  return [...tags]
}

/** What to ban for a set of public changes. */
export const tagsForChanges = (changes: PublicChangeSet): string[] => {
  if (changes.everything) return [SITE_TAG]
  const tags = new Set<string>()
  for (const { collection, slug, action } of changes.documents) {
    if (action === 'prune') continue
    if (!isNewsroomCollection(collection) || !slug) return [SITE_TAG]
    tags.add(documentTag(collection, slug))
    tags.add(LIST_TAG)
  }
  return [...tags]
}
