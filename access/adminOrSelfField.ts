import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * A field of an account that only admins and its owner may see (email, roles, languages):
 * colleagues see each other's names (audit trail, lock dialog) and nothing else.
 */
export const adminOrSelfField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const owner = (doc as { id?: unknown } | undefined)?.id ?? id
  return owner !== undefined && String(owner) === String(user.id)
}
