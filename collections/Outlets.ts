import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'

/**
 * News organisations asking questions at briefings. Transcripts name the same outlet differently
 * per language and per year (CCTV / 总台央视 / 中央广播电视总台), so besides the localized display
 * name an outlet keeps every spelling seen in the wild as an alias for matching.
 */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Reference' },
  fields: [
    { name: 'name', type: 'text', localized: true },
    slugField({ from: 'name' }),
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'Other names used for this outlet in transcripts, in any language.' },
      fields: [{ name: 'alias', type: 'text', required: true }],
    },
  ],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
