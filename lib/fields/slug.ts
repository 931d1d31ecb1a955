import type { FieldHook, TextField } from 'payload'

import { MAX_TYPED_SLUG_LENGTH, SLUG_PATTERN, slugify } from '@/lib/text/slugify'
import { adminLabel } from '@/lib/i18n/adminStrings'

type SlugFieldOptions = {
  /** Sibling field whose default-locale text seeds the slug when the editor leaves it empty. */
  from: string
  /** Prefix the slug with this sibling date field's YYYY-MM-DD, e.g. briefings. */
  dateFrom?: string
}

const toDatePrefix = (value: unknown): string => {
  if (typeof value !== 'string' && !(value instanceof Date)) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}

const pickText = (value: unknown): string => {
  if (typeof value === 'string') return value
  // A `locale: 'all'` write sends { id: '…', zh: '…' }; any Latin-script version will do.
  if (value && typeof value === 'object') {
    for (const text of Object.values(value)) if (typeof text === 'string' && slugify(text)) return text
  }
  return ''
}

/**
 * The slug is the document's address in every language, so a save never changes it by accident:
 * - the stored slug, sent back unchanged (every admin form save sends it), is kept exactly as it
 *   is — re-normalizing it on each save once cut an 89-character slug to 80, which made a
 *   translator's save look like a change to a shared field (refused, text lost) and moved the
 *   address at publishing;
 * - a slug someone types is normalized (lower case, hyphens), never cut: a too-long one is refused;
 * - left empty, it is made once from the date and the title, at most 80 characters in all.
 */
const generateSlug =
  ({ from, dateFrom }: SlugFieldOptions): FieldHook =>
  ({ value, data, originalDoc }) => {
    const stored = typeof originalDoc?.slug === 'string' && originalDoc.slug ? originalDoc.slug : null
    if (typeof value === 'string' && value.trim()) return value === stored ? stored : slugify(value, { maxLength: Number.POSITIVE_INFINITY })
    if (stored) return stored
    const date = dateFrom ? toDatePrefix(data?.[dateFrom] ?? originalDoc?.[dateFrom]) : ''
    return slugify([date, pickText(data?.[from] ?? originalDoc?.[from])].filter(Boolean).join(' ')) || value
  }

/**
 * One locale-independent, unique slug: `/id/…/<slug>`, `/zh/…/<slug>` and `/en/…/<slug>` are
 * the same document.
 */
export const slugField = (options: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  required: true,
  label: adminLabel('warta:fields:slug'),
  admin: {
    position: 'sidebar',
    description: adminLabel('warta:descriptions:slug'),
  },
  hooks: {
    beforeValidate: [generateSlug(options)],
    // A duplicate must not collide with its original's address.
    beforeDuplicate: [({ value }) => (typeof value === 'string' && value ? `${value}-copy-${Date.now().toString(36)}` : value)],
  },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
      return 'Slug must use only a–z, 0–9 and single hyphens (a Chinese-only title cannot be turned into one: type a slug).'
    }
    return value.length <= MAX_TYPED_SLUG_LENGTH ? true : `Slug is ${value.length} characters long; at most ${MAX_TYPED_SLUG_LENGTH}.`
  },
})
