import type { Locale } from '@/lib/i18n/locales'
import type { SiteCollection } from '@/lib/site/paths'

import { locales } from '@/lib/i18n/locales'

import { getBriefingBySlug } from './briefings'
import type { Preview } from './preview'
import { getPressReleaseBySlug } from './pressReleases'
import { getPublications, type Publications } from './publication'

export type DocumentLanguages = {
  /** Null when the document is readable in no language at all. */
  id: number | null
  /** Languages a reader can open, in the locale module's order. */
  published: Locale[]
  publications: Publications
}

const readerOf = (collection: SiteCollection) => (collection === 'press-releases' ? getPressReleaseBySlug : getBriefingBySlug)

/**
 * Which languages a document is published in, asked the way a reader would (one read per
 * locale, each access-controlled and cached under the document's tag). Drives the language
 * switcher, hreflang alternates and the honest 404.
 */
export const getDocumentLanguages = async ({
  collection,
  slug,
  preview = null,
}: {
  collection: SiteCollection
  slug: string
  preview?: Preview
}): Promise<DocumentLanguages> => {
  const read = readerOf(collection)
  const docs = await Promise.all(locales.map((locale) => read({ slug, locale, preview })))
  const published = locales.filter((_, index) => Boolean(docs[index]))
  const id = docs.find(Boolean)?.id ?? null
  const publications = id === null ? {} : await getPublications({ collection, id, slug })
  return { id, published, publications }
}
