import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'
import { adminLabel, adminLabels } from '@/lib/i18n/adminStrings'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: adminLabels('warta:collections:topics'),
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: adminLabel('warta:groups:reference') },
  fields: [{ name: 'name', type: 'text', localized: true, label: adminLabel('warta:fields:name') }, slugField({ from: 'name' })],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
