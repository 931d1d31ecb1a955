import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Readers see only published text. With `localizeStatus` the `_status` field is per locale, so
 * this query is evaluated against the locale being read: a document whose Chinese version is
 * published but whose English version is a draft is found in `zh` and not found in `en`.
 * Returning a query (not filtering afterwards) keeps counts, pagination and GraphQL honest.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
