/**
 * A document's id: a number on SQLite, a 24-hex ObjectId string on MongoDB. Code that must work on
 * both (all of it: docs/database.md) types ids as `Id` and compares them as strings.
 */
export type Id = number | string

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const isObjectId = (value: unknown): value is { toHexString: () => string } =>
  isRecord(value) && typeof value.toHexString === 'function' && (value as { _bsontype?: unknown })._bsontype === 'ObjectId'

/** The id of a relationship value, whether Payload returned it as an id or populated (`{ id, … }`). */
export const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  // A raw MongoDB ObjectId: the adapter turns them into strings in relationship fields only, so a
  // list of ids kept in a JSON field (a search row's topics, written before they were strings) is read as these.
  if (isObjectId(value)) return value.toHexString()
  if (isRecord(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return value.id
  return null
}

/** The ids of a has-many relationship value; anything else is an empty list. */
export const idsOf = (values: unknown): Id[] => (Array.isArray(values) ? values.map(idOf).filter((id): id is Id => id !== null) : [])

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}
