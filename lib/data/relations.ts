/** A populated relationship's display name; unpopulated ids (e.g. unpublished, or depth 0) give null. */
export const relationName = (value: unknown): string | null => {
  if (!value || typeof value !== 'object') return null
  const name = (value as { name?: unknown }).name
  return typeof name === 'string' && name.trim() ? name : null
}

export const relationNames = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(relationName).filter((name): name is string => Boolean(name)) : []
