import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins manage every account; everyone else may only see and edit their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
