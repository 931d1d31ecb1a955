import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isAdmin } from '@/access/isAdmin'
import { aliasesField } from '@/lib/fields/aliases'
import { slugField } from '@/lib/fields/slug'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'
import { adminLabel, adminLabels } from '@/lib/i18n/adminStrings'

/**
 * News organisations asking questions at briefings. Transcripts name the same outlet differently
 * per language and per year (CCTV / 总台央视 / 中央广播电视总台), so besides the localized display
 * name an outlet keeps every spelling seen in the wild as an alias for matching.
 */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  labels: adminLabels('warta:collections:outlets'),
  access: { create: isEditorOrAdmin, read: anyone, update: isEditorOrAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: adminLabel('warta:groups:reference') },
  fields: [
    { name: 'name', type: 'text', localized: true, label: adminLabel('warta:fields:name') },
    slugField({ from: 'name' }),
    aliasesField({ label: 'warta:fields:aliases', description: 'warta:descriptions:outletAliases' }),
  ],
  hooks: { afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
