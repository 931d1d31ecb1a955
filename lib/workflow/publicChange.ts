import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { revalidateDocument } from '@/lib/revalidation/revalidateDocument'

import type { WorkflowAction, WorkflowCollection } from './states'

/** Actions after which what readers see may differ. */
const publicActions: readonly WorkflowAction[] = ['publish', 'force-publish', 'unpublish', 'withdraw']

/**
 * After a committed workflow action, tells the reader site which pages changed, so the next
 * request after the action returns already sees it.
 */
export const notifyPublicChange = (
  payload: Payload,
  change: { collection: WorkflowCollection; slug: string | null; action: WorkflowAction; locales: readonly Locale[] },
): void => {
  if (!publicActions.includes(change.action) || !change.slug) return
  try {
    revalidateDocument({ collection: change.collection, slug: change.slug, locales: change.locales })
  } catch (error) {
    // The change is committed; a failed cache purge must not turn it into an error for the user.
    payload.logger.error({ err: error, msg: `Revalidation after ${change.action} of ${change.collection}/${change.slug} failed` })
  }
}
