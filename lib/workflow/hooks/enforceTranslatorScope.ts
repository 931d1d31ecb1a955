import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '@/access/roles'

import { firstSharedChange } from '../sharedFields'

/**
 * Translators write only translated (localized) fields, only in their assigned locales. Payload's
 * field-level access would silently drop such writes; a translator deserves to know, so the whole
 * save is refused with 403 and the field or locale named. This covers the admin, REST, GraphQL,
 * copy-to-locale (an update in the target locale) and duplicate (a create, which translators may
 * not do at all).
 */

export const enforceTranslatorScope: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, collection, context }) => {
  const { user } = req
  if (context?.workflow === true || !user || !hasRole(user, 'translator') || hasRole(user, 'admin', 'editor')) return data
  if (operation === 'create') {
    throw new APIError('Translators cannot create or duplicate documents; an editor creates them.', 403, null, true)
  }
  const locale = req.locale
  const assigned = (user.locales ?? []) as string[]
  if (!locale || locale === 'all' || !assigned.includes(locale)) {
    throw new APIError(
      `You translate ${assigned.length ? assigned.join(', ') : 'no language yet'}; this save writes ${locale === 'all' || !locale ? 'every language' : locale}.`,
      403,
      null,
      true,
    )
  }
  const changed = firstSharedChange(collection.flattenedFields, data ?? {}, originalDoc ?? {})
  if (changed) {
    throw new APIError(
      `Translators can change only translated text; "${changed}" is shared by every language. Ask an editor to change it.`,
      403,
      null,
      true,
    )
  }
  return data
}
