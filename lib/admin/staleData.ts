import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

type StaleDataCheck = {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  locale: Locale
  originalUpdatedAt: string
  user: TypedUser | null
}

/**
 * Has the document changed, in the language being edited, since the form loaded it? Read the way
 * the edit view reads it (the newest draft of that locale, through the user's access), so the
 * timestamps compare like with like.
 */
export const isStaleInLocale = async ({ payload, collection, id, locale, originalUpdatedAt, user }: StaleDataCheck) => {
  const current = await payload.findByID({
    collection,
    id,
    locale,
    draft: true,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  const updatedAt = (current as { updatedAt?: unknown } | null)?.updatedAt
  // A document the user can no longer read is not "stale": Payload's check says the same.
  const currentUpdatedAt = typeof updatedAt === 'string' ? updatedAt : originalUpdatedAt
  return { currentUpdatedAt, isStale: currentUpdatedAt !== originalUpdatedAt }
}
