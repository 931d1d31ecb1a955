import type { Locale } from '@/lib/i18n/locales'

export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof roles)[number]

/** The slice of a user the access rules look at; kept structural so tests and hooks can share it. */
export type RoleBearer = { roles?: readonly (Role | string)[] | null; locales?: readonly (Locale | string)[] | null }

export const hasRole = (user: RoleBearer | null | undefined, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))

/** Staff are signed-in users holding at least one newsroom role; an account without a role is not staff. */
export const isStaffUser = (user: RoleBearer | null | undefined): boolean =>
  hasRole(user, 'admin', 'editor', 'translator', 'reviewer')

/** Importing creates documents: editors and admins only (the endpoint, the view and the navigation). */
export const canImport = (user: RoleBearer | null | undefined): boolean => hasRole(user, 'admin', 'editor')

/**
 * A translator and nothing more: writes only translated text, in their assigned languages. An
 * editor or admin who also translates keeps an editor's rights.
 */
export const translatesOnly = (user: RoleBearer | null | undefined): boolean => hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor')
