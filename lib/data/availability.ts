import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { locales } from '@/lib/i18n/locales'

import { readDocumentBySlug } from './documents'
import type { Preview } from './preview'
import { getPublications, wasTakenDown, type Publications } from './publication'
import type { Id } from '@/lib/db/ids'

export type DocumentLanguages = {
  /** Null when the document is readable in no language at all. */
  id: Id | null
  /** Languages a reader can open, in the locale module's order. */
  published: Locale[]
  publications: Publications
  /** Readable in no language, but once public at this address and taken down since (410 Gone). */
  takenDown: boolean
}

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
  collection: NewsroomCollection
  slug: string
  preview?: Preview
}): Promise<DocumentLanguages> => {
  const read = readDocumentBySlug(collection)
  const docs = await Promise.all(locales.map((locale) => read({ slug, locale, preview })))
  const published = locales.filter((_, index) => Boolean(docs[index]))
  const id = docs.find(Boolean)?.id ?? null
  if (id === null) return { id, published, publications: {}, takenDown: await wasTakenDown({ collection, slug }) }
  return { id, published, publications: await getPublications({ collection, id, slug }), takenDown: false }
}
