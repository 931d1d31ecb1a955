import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The admin's "create first user" screen makes an account before any admin exists to grant a
 * role; without this the only account would be locked out of every collection. An account
 * created with explicit roles keeps exactly those.
 */
export const assignAdminToFirstUser: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data.roles) && data.roles.length > 0)) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) {
    req.payload.logger.info(`First account ${String(data.email)} made admin`)
    return { ...data, roles: ['admin'] }
  }
  return data
}
