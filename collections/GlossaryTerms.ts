import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { aliasesField } from '@/lib/fields/aliases'
import { slugField } from '@/lib/fields/slug'
import { adminLabel, adminLabels, adminOptions } from '@/lib/i18n/adminStrings'

/**
 * Official names that are not people, outlets or topics (those collections are glossary entries
 * too): bodies, places, set phrases, each in its official form per language (外交部 / Kementerian
 * Luar Negeri / Ministry of Foreign Affairs). Accepted variants are other forms a translation may
 * use ("Foreign Ministry"). Translators are warned beside a field whose source uses a term while
 * their text has none of its forms (lib/glossary). Staff read it; editors keep it.
 */
export const GlossaryTerms: CollectionConfig<'glossary-terms'> = {
  slug: 'glossary-terms',
  labels: adminLabels('warta:collections:glossary-terms'),
  access: { create: isEditorOrAdmin, read: isStaff, update: isEditorOrAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug'],
    group: adminLabel('warta:groups:reference'),
    description: adminLabel('warta:collectionDescriptions:glossary-terms'),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: adminLabel('warta:fields:officialName') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'body',
      label: adminLabel('warta:fields:kind'),
      options: adminOptions('termKinds', ['body', 'place', 'title', 'phrase']),
    },
    slugField({ from: 'name' }),
    aliasesField({ label: 'warta:fields:acceptedForms', description: 'warta:descriptions:acceptedForms' }),
  ],
}
