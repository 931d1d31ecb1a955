import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Reference' },
  fields: [{ name: 'name', type: 'text', localized: true }, slugField({ from: 'name' })],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
