import type { CollectionBeforeValidateHook, FlattenedField } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Translators write only translated (localized) fields, only in their assigned locales. Payload's
 * field-level access would silently drop such writes; a translator deserves to know, so the whole
 * save is refused with 403 and the field or locale named. This covers the admin, REST, GraphQL,
 * copy-to-locale (an update in the target locale) and duplicate (a create, which translators may
 * not do at all).
 */

const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

const idOf = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo: unknown; value: unknown }
    return `${String(relationTo)}:${String(idOf(inner))}`
  }
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return typeof value === 'number' ? String(value) : value
}

const normalize = (field: FlattenedField, value: unknown): unknown => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (field.type === 'relationship' || field.type === 'upload') {
    return Array.isArray(value) ? value.map(idOf) : idOf(value)
  }
  if (field.type === 'date' && typeof value === 'string') return Date.parse(value)
  return value
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The first non-localized field whose incoming value differs from the stored one, as a path. */
const firstSharedChange = (
  fields: FlattenedField[],
  incoming: Record<string, unknown>,
  stored: Record<string, unknown>,
  prefix = '',
): string | null => {
  for (const field of fields) {
    if (!('name' in field) || ignored.has(field.name) || field.localized || !(field.name in incoming)) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'array') {
      const rows = (incoming[field.name] as Record<string, unknown>[] | null) ?? []
      const storedRows = (stored[field.name] as Record<string, unknown>[] | null) ?? []
      if (rows.length !== storedRows.length) return `${path} (rows added or removed)`
      for (const [index, row] of rows.entries()) {
        const storedRow = storedRows[index]!
        if (row.id !== undefined && String(row.id) !== String(storedRow.id)) return `${path} (rows reordered)`
        const change = firstSharedChange(field.flattenedFields, row, storedRow, `${path}.${index}.`)
        if (change) return change
      }
      continue
    }
    if (field.type === 'group' && 'flattenedFields' in field) {
      const change = firstSharedChange(
        field.flattenedFields,
        (incoming[field.name] as Record<string, unknown>) ?? {},
        (stored[field.name] as Record<string, unknown>) ?? {},
        `${path}.`,
      )
      if (change) return change
      continue
    }
    if (!sameValue(normalize(field, incoming[field.name]), normalize(field, stored[field.name]))) return path
  }
  return null
}

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
