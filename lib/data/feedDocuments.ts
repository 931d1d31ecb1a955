import type { Locale } from '@/lib/i18n/locales'
import type { Id } from '@/lib/db/ids'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

import { readerQuery } from './cached'
import { listPublished } from './listing'
import { getLocalePublications, type Publication } from './publication'

/** A document as a feed carries it: its whole published text in one language, and that language's publication record. */
export type FeedDocument = { doc: Record<string, unknown>; publication: Publication | null }

/**
 * The newest documents of one type published in this language, whole (every text field and Q&A
 * item, the speaker and linked documents populated as on its page), newest first; optionally only
 * those tagged with a topic (types with a `topics` field: releases). Read as a reader: no drafts.
 */
export const listFeedDocuments = readerQuery(
  'feeds:documents',
  async ({
    collection,
    locale,
    limit,
    topicId,
  }: {
    collection: NewsroomCollection
    locale: Locale
    limit: number
    topicId?: Id
  }): Promise<FeedDocument[]> => {
    const type = newsroomType(collection)
    // The newest along the published list (listing.ts), of a topic too.
    const { docs } = await listPublished(collection, locale, { limit, topicId }, { depth: 1, populate: type.populate })
    const publications = await getLocalePublications({ collection, ids: docs.map((doc) => doc.id), locale })
    return docs.map((doc) => ({ doc: doc as unknown as Record<string, unknown>, publication: publications[String(doc.id)] ?? null }))
  },
)
