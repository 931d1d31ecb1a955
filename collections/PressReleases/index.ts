import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { staffDraftsOnly } from '@/access/staffDraftsOnly'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/lib/fields/slug'
import { sourceLocaleField } from '@/lib/fields/sourceLocale'
import { withSourceText, workflowFields } from '@/lib/fields/workflowFields'
import {
  defaultRequestLocale,
  hideUnpublishedLocalesFromReaders,
  ignoreDraftAndFallbackForReaders,
} from '@/lib/hooks/readerSafety'
import { setEntityTag } from '@/lib/api/entityTag'
import { previewUrl } from '@/lib/seo/previewUrl'
import { workflowEndpoint } from '@/lib/workflow/endpoint'
import { enforceTranslatorScope } from '@/lib/workflow/hooks/enforceTranslatorScope'
import { enforceWorkflowPublishing } from '@/lib/workflow/hooks/enforceWorkflowPublishing'
import { recordLocaleEdit } from '@/lib/workflow/hooks/recordLocaleEdit'
import { rejectStaleWrite } from '@/lib/workflow/hooks/rejectStaleWrite'
import { withdrawDeletedDocument } from '@/lib/publicState/applyPublicChange'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  access: {
    create: isEditorOrAdmin,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: staffDraftsOnly,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'eventDate', 'workflow', 'updatedAt'],
    group: 'Newsroom',
    preview: previewUrl('press-releases'),
  },
  defaultSort: '-eventDate',
  endpoints: [workflowEndpoint('press-releases')],
  fields: [
    // Translated text. None of it is `required`: Payload's duplicate, restore and unpublish write
    // partial documents. Completeness is a per-locale publishing gate instead.
    withSourceText({ name: 'title', type: 'text', localized: true }),
    withSourceText({ name: 'summary', type: 'textarea', localized: true }),
    withSourceText({ name: 'location', type: 'text', localized: true }),
    withSourceText({ name: 'body', type: 'richText', localized: true }),
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
    ...workflowFields,
  ],
  hooks: {
    beforeOperation: [
      defaultRequestLocale<'press-releases'>(),
      ignoreDraftAndFallbackForReaders<'press-releases'>(),
      enforceWorkflowPublishing<'press-releases'>(),
    ],
    beforeValidate: [rejectStaleWrite, enforceTranslatorScope],
    afterRead: [hideUnpublishedLocalesFromReaders, setEntityTag],
    afterChange: [recordLocaleEdit],
    afterDelete: [withdrawDeletedDocument('press-releases')],
  },
  versions: {
    drafts: { localizeStatus: true },
    maxPerDoc: 100,
  },
}
