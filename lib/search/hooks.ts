import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SiteCollection } from '@/lib/revalidation/tags'

import { indexDocument, removeFromSearchIndex } from './indexDocument'

/**
 * Keeps the search index in step with what readers may read: any save may publish, unpublish or
 * change a locale's text, so the document is re-indexed in every locale. Bulk scripts pass
 * `context: { disableSearchIndex: true }` and rebuild the index once at the end.
 */
const indexAfterChange =
  (collection: SiteCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (req.context.disableSearchIndex) return doc
    await indexDocument({ payload: req.payload, req, collection, id: (doc as { id: number }).id })
    return doc
  }

const removeAfterDelete =
  (collection: SiteCollection): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context.disableSearchIndex) return doc
    await removeFromSearchIndex({ payload: req.payload, req, collection, id: (doc as { id: number }).id })
    return doc
  }

export const indexPressReleaseForSearch = indexAfterChange('press-releases')
export const removePressReleaseFromSearch = removeAfterDelete('press-releases')
export const indexBriefingForSearch = indexAfterChange('briefings')
export const removeBriefingFromSearch = removeAfterDelete('briefings')
