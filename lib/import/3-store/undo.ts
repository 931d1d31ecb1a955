import type { Payload, Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { Id } from '@/lib/db/ids'

/** What has been saved so far, to say (or undo) what a failure left behind. */
export type Progress = { createdId: Id | null; locales: Locale[] }

export const adminPath = (collection: NewsroomCollection, id: Id | null) => (id === null ? null : `/admin/collections/${collection}/${id}`)

/**
 * Without a transaction (SQLite, where Payload leaves them off by default) a document created
 * before a later language failed is removed again, with the workflow records and audit entries
 * its saves produced: the import of it never happened. An update cannot be taken back that way;
 * the error then names the languages that were saved.
 */
const undoCreate = async (payload: Payload, collection: NewsroomCollection, id: Id): Promise<void> => {
  const system = { overrideAccess: true } as const
  const ofDocument: Where = { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] }
  await payload.delete({ collection: 'workflow-events', where: ofDocument, ...system })
  await payload.delete({ collection: 'workflow-states', where: ofDocument, ...system })
  await payload.delete({ collection, id, ...system })
}

/** The error for a document whose writing failed, after taking back what can be taken back. */
export const failureMessage = async (
  payload: Payload,
  collection: NewsroomCollection,
  progress: Progress,
  ownsTransaction: boolean,
  reason: string,
) => {
  if (ownsTransaction || progress.locales.length === 0) return `not written (nothing of this document was saved): ${reason}`
  if (progress.createdId !== null) {
    try {
      await undoCreate(payload, collection, progress.createdId)
      return `not written (nothing of this document was saved): ${reason}`
    } catch (undoError) {
      const why = undoError instanceof Error ? undoError.message : String(undoError)
      return `${reason}; the half-written document ${adminPath(collection, progress.createdId)} could not be removed (${why}): delete it by hand.`
    }
  }
  return `${reason}; only ${progress.locales.join(', ')} had been saved: check the draft and import again.`
}
