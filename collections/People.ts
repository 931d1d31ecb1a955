import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'
import { adminLabel, adminLabels } from '@/lib/i18n/adminStrings'

/** Spokespeople and officials, whose names have fixed renderings per language (毛宁 / Mao Ning). */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: adminLabels('warta:collections:people'),
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'slug'], group: adminLabel('warta:groups:reference') },
  fields: [
    { name: 'name', type: 'text', localized: true, label: adminLabel('warta:fields:name') },
    { name: 'role', type: 'text', localized: true, label: adminLabel('warta:fields:role') },
    slugField({ from: 'name' }),
  ],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
