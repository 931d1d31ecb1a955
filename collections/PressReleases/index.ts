import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/lib/fields/slug'
import { sourceLocaleField } from '@/lib/fields/sourceLocale'
import { hideUnpublishedLocalesFromReaders, ignoreDraftAndFallbackForReaders } from '@/lib/hooks/readerSafety'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  access: {
    create: isEditorOrAdmin,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'eventDate', 'sourceLocale', '_status', 'updatedAt'],
    group: 'Newsroom',
  },
  defaultSort: '-eventDate',
  fields: [
    // Translated text. None of it is `required`: Payload's duplicate, restore and unpublish write
    // partial documents. Completeness is a per-locale publishing gate instead.
    { name: 'title', type: 'text', localized: true },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'location', type: 'text', localized: true },
    { name: 'body', type: 'richText', localized: true },
    slugField({ from: 'title' }),
    {
      name: 'eventDate',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    sourceLocaleField,
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'relatedReleases',
      type: 'relationship',
      relationTo: 'press-releases',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
  hooks: {
    beforeOperation: [ignoreDraftAndFallbackForReaders<'press-releases'>()],
    afterRead: [hideUnpublishedLocalesFromReaders],
  },
  versions: {
    drafts: { localizeStatus: true },
    maxPerDoc: 100,
  },
}
