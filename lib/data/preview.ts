import type { TypedUser } from 'payload'

import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaffUser } from '@/access/roles'

import { getPayloadClient } from './payload'

/**
 * Who a page reads on behalf of. Readers (`preview: null`) get cached, published-only reads.
 * A staff member in draft mode gets uncached reads of the newest drafts, still through the
 * access rules (`overrideAccess: false` with their user), never with access switched off.
 */
export type Preview = { user: TypedUser } | null

/**
 * Draft mode is only honoured for a signed-in staff member: a stray or forged draft cookie
 * without a staff session reads exactly what an anonymous reader reads.
 */
export const getPreview = cache(async (): Promise<Preview> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? { user } : null
})
