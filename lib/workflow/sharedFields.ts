import type { FlattenedField } from 'payload'

const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/** A relationship value as something to compare: `collection:id`, or the id as a string. */
const comparable = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo: unknown; value: unknown }
    return `${String(relationTo)}:${String(comparable(inner))}`
  }
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return typeof value === 'number' ? String(value) : value
}

const normalize = (field: FlattenedField, value: unknown): unknown => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (field.type === 'relationship' || field.type === 'upload') {
    return Array.isArray(value) ? value.map(comparable) : comparable(value)
  }
  if (field.type === 'date' && typeof value === 'string') return Date.parse(value)
  return value
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The first field shared by every language (not localized, at any depth: dates, relationships,
 * the Q&A rows and their outlets) whose value in `incoming` differs from `stored`, as a path; null
 * when only translated text differs. Fields absent from `incoming` are not compared (a partial
 * update leaves them alone).
 */
export const firstSharedChange = (
  fields: FlattenedField[],
  incoming: Record<string, unknown>,
  stored: Record<string, unknown>,
  prefix = '',
): string | null => {
  for (const field of fields) {
    if (!('name' in field) || ignored.has(field.name) || field.localized || !(field.name in incoming)) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'array') {
      // The admin's form sends an array without rows as its row count (0), not as [].
      const rowsOf = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])
      const rows = rowsOf(incoming[field.name])
      const storedRows = rowsOf(stored[field.name])
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
    // A field never written holds its default (a checkbox's false, a date's time zone): the admin
    // sends that default, which is no change.
    const fallback = 'defaultValue' in field && typeof field.defaultValue !== 'function' ? field.defaultValue : undefined
    if (!sameValue(normalize(field, incoming[field.name]), normalize(field, stored[field.name] ?? fallback))) return path
  }
  return null
}
