import crypto from 'node:crypto'

import { resolvePayloadSecret } from '@/lib/env'

/**
 * The shared secret between a background job and the server's own revalidation route: derived
 * from PAYLOAD_SECRET, so there is nothing extra to configure and nothing guessable to call.
 */
export const revalidationToken = (): string =>
  crypto.createHmac('sha256', resolvePayloadSecret()).update('warta:revalidate').digest('hex')

export const isValidRevalidationToken = (token: string | null): boolean => {
  if (!token) return false
  const expected = Buffer.from(revalidationToken())
  const given = Buffer.from(token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
