import type { FieldAccess } from 'payload'

import { translatesOnly, type RoleBearer } from './roles'

/**
 * A translated field is written by a translator only in their assigned languages: opened in the
 * source language (or another translator's), the admin shows it read-only instead of an editable
 * field whose save is then refused, with everything typed lost. enforceTranslatorScope still
 * answers an API client that writes another language with 403.
 */
export const translatedFieldWrite: FieldAccess = ({ req: { user, locale } }) =>
  !translatesOnly(user) || Boolean(locale && ((user as RoleBearer | null)?.locales ?? []).includes(locale))
