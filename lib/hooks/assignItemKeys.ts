import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

const KEY_PATTERN = /^q([1-9]\d*)$/

type ItemRow = { key?: string | null } & Record<string, unknown>

/**
 * Gives each Q&A item a stable key (q1, q2, …) the first time it is saved. Keys are never
 * renumbered, so a shared link to #q3 keeps pointing at the same exchange in every language even
 * when an item is later inserted or removed.
 */
export const assignItemKeys: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const items = data.items as ItemRow[] | undefined
  if (!Array.isArray(items)) return data
  const seen = new Set<string>()
  let highest = 0
  items.forEach((item, index) => {
    const key = item.key?.trim()
    if (!key) return
    const match = KEY_PATTERN.exec(key)
    if (!match) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: `items.${index}.key`, message: `Q&A item ${index + 1}: key "${key}" must look like q1, q2, …` }],
        req,
      })
    }
    if (seen.has(key)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: `items.${index}.key`, message: `Q&A item ${index + 1}: key "${key}" is used twice` }],
        req,
      })
    }
    seen.add(key)
    highest = Math.max(highest, Number(match[1]))
  })
  return {
    ...data,
    items: items.map((item) => (item.key?.trim() ? item : { ...item, key: `q${++highest}` })),
  }
}
