import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOrSelfField } from '@/access/adminOrSelfField'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { hasRole, roles, type RoleBearer } from '@/access/roles'
import { isStaff } from '@/access/isStaff'
import { serverURL } from '@/lib/env'
import { clearSignInFailures, throttleSignIns } from '@/lib/security/throttles'

import { assignAdminToFirstUser } from './hooks/assignAdminToFirstUser'
import { adminLabel, adminLabels, adminOptions, languageOptions } from '@/lib/i18n/adminStrings'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: adminLabels('warta:collections:users'),
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    // Staff see who their colleagues are (names in the audit trail and the lock dialog); every
    // other field of an account is for admins and its owner (adminOrSelfField).
    read: isStaff,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'locales'],
    group: adminLabel('warta:groups:settings'),
    // Accounts are managed by admins; everyone else edits their own under "Account".
    hidden: ({ user }) => !hasRole(user as RoleBearer, 'admin'),
  },
  auth: {
    // Wrong passwords are throttled long before this (lib/security/throttles.ts); the lock is a
    // backstop the throttle never lets an attacker reach, so nobody can lock a colleague out.
    maxLoginAttempts: 20,
    lockTime: 15 * 60 * 1000,
    // Served over HTTPS (the public URL says so), the session cookie is never sent in clear.
    cookies: { secure: serverURL().startsWith('https://'), sameSite: 'Lax' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: adminLabel('warta:fields:name') },
    // Overrides the email field Payload adds to an auth collection (merged with its defaults).
    { name: 'email', type: 'email', access: { read: adminOrSelfField } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: adminLabel('warta:fields:roles'),
      options: adminOptions('roles', roles),
      // Roles decide what a session may do, so only admins hand them out; saved to the JWT so
      // access checks need no extra read per request.
      access: { read: adminOrSelfField, create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'locales',
      // The default table name `users_locales` is what Payload uses for localized fields.
      dbName: 'users_translation_locales',
      type: 'select',
      hasMany: true,
      label: adminLabel('warta:fields:locales'),
      options: languageOptions(),
      access: { read: adminOrSelfField, create: isAdminField, update: isAdminField },
      saveToJWT: true,
      admin: { description: adminLabel('warta:descriptions:userLocales') },
    },
  ],
  hooks: {
    beforeOperation: [throttleSignIns],
    beforeChange: [assignAdminToFirstUser],
    afterLogin: [clearSignInFailures],
  },
}
