import type { FieldHook, TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '@/lib/text/slugify'

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

const generateSlug =
  ({ from, dateFrom }: SlugFieldOptions): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    // Never regenerate an existing slug: it is the document's address in every language.
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const date = dateFrom ? toDatePrefix(data?.[dateFrom] ?? originalDoc?.[dateFrom]) : ''
    const text = slugify(pickText(data?.[from] ?? originalDoc?.[from]))
    return [date, text].filter(Boolean).join('-') || value
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
  admin: {
    position: 'sidebar',
    description: 'The same web address in every language: a–z, 0–9 and hyphens. Filled in from the title when left empty.',
  },
  hooks: {
    beforeValidate: [generateSlug(options)],
    // A duplicate must not collide with its original's address.
    beforeDuplicate: [({ value }) => (typeof value === 'string' && value ? `${value}-copy-${Date.now().toString(36)}` : value)],
  },
  validate: (value: unknown) =>
    typeof value === 'string' && SLUG_PATTERN.test(value)
      ? true
      : 'Slug must use only a–z, 0–9 and single hyphens (a Chinese-only title cannot be turned into one: type a slug).',
})
