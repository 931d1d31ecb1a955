import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { roles } from '@/access/roles'
import { serverURL } from '@/lib/env'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { clearSignInFailures, throttleSignIns } from '@/lib/security/throttles'

import { assignAdminToFirstUser } from './hooks/assignAdminToFirstUser'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'locales'],
    group: 'Settings',
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
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      // Roles decide what a session may do, so only admins hand them out; saved to the JWT so
      // access checks need no extra read per request.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'locales',
      // The default table name `users_locales` is what Payload uses for localized fields.
      dbName: 'users_translation_locales',
      type: 'select',
      hasMany: true,
      options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
      admin: { description: 'Languages this person may translate into.' },
    },
  ],
  hooks: {
    beforeOperation: [throttleSignIns],
    beforeChange: [assignAdminToFirstUser],
    afterLogin: [clearSignInFailures],
  },
}
