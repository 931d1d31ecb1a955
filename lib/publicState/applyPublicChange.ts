import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { indexDocument, removeFromSearchIndex } from '@/lib/search/indexDocument'

import { recordPublicChange } from './sync'

/**
 * The one path for "what readers may see has changed", run inside the transaction of the change:
 * the document's search rows are rebuilt from what readers may now read in the languages changed
 * (and any other whose rows no longer match it, see indexDocument), or removed, and the
 * change is logged, which is what makes every server process empty its caches once the
 * transaction commits (lib/publicState/sync.ts). Draft saves never come here: they change nothing
 * a reader can see.
 */
export const applyPublicChange = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  change: { collection: NewsroomCollection; id: number | string; slug: string | null; action: string; locales: readonly Locale[] },
): Promise<void> => {
  if (change.action === 'delete') await removeFromSearchIndex({ payload, req, collection: change.collection, id: change.id })
  else await indexDocument({ payload, req, collection: change.collection, id: change.id, locales: change.locales })
  await recordPublicChange(payload, req, {
    action: change.action,
    collection: change.collection,
    documentId: change.id,
    slug: change.slug,
    locales: change.locales,
  })
}

type Slugged = { id: number | string; slug?: string | null }

/** A deleted press release or briefing leaves the site, its search rows and every cache. */
export const withdrawDeletedDocument =
  (collection: NewsroomCollection): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const { id, slug } = doc as Slugged
    await applyPublicChange(req.payload, req, { collection, id, slug: slug ?? null, action: 'delete', locales: [] })
    return doc
  }

/**
 * Topics, people, outlets and media are shown on public pages (names, alt texts): any change to
 * one is a public change. Their names are not in the search rows, so only the caches are emptied.
 */
export const recordReferenceChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const { id, slug } = doc as Slugged
  await recordPublicChange(req.payload, req, { action: operation, collection: collection.slug, documentId: id, slug: slug ?? null })
  return doc
}

export const recordReferenceDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const { id, slug } = doc as Slugged
  await recordPublicChange(req.payload, req, { action: 'delete', collection: collection.slug, documentId: id, slug: slug ?? null })
  return doc
}
