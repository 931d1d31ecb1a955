import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'

/** Spokespeople and officials, whose names have fixed renderings per language (毛宁 / Mao Ning). */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'slug'], group: 'Reference' },
  fields: [
    { name: 'name', type: 'text', localized: true },
    { name: 'role', type: 'text', localized: true },
    slugField({ from: 'name' }),
  ],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
