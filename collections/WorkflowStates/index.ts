import type { CollectionConfig } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { isSystemOnly } from '@/access/isSystemOnly'
import { publicRecordOrStaff } from '@/access/publicRecordOrStaff'
import { newsroomCollections } from '@/lib/newsroom/registry'
import { publicationStates, workflowStates } from '@/lib/workflow/states'
import { adminLabel, adminLabels, adminOptions, languageOptions } from '@/lib/i18n/adminStrings'
import { inNewsroomTime, timestampFields } from '@/lib/fields/timestamps'

const staffOnly = { read: isStaffField }

/**
 * One record per document and locale: where that language stands in the editorial workflow.
 * Kept outside the document itself so that workflow bookkeeping never creates content versions
 * or rides along with a publish. Written only by `lib/workflow`; readers may see the public facts
 * of a locale that has been public (`publication`: live, withdrawn or unpublished): dates, change
 * notes, withdrawal reason. Internal fields (staleness, authors, notes) are staff-only.
 */
export const WorkflowStates: CollectionConfig<'workflow-states'> = {
  slug: 'workflow-states',
  // Written only by Warta's own code, never edited in the admin: no edit locks to check or clear on each write.
  lockDocuments: false,
  labels: adminLabels('warta:collections:workflow-states'),
  access: { create: isSystemOnly, read: publicRecordOrStaff, update: isSystemOnly, delete: isSystemOnly },
  admin: {
    group: adminLabel('warta:groups:workflow'),
    defaultColumns: ['document', 'locale', 'state', 'stale', 'scheduledAt', 'updatedAt'],
    description: adminLabel('warta:collectionDescriptions:workflow-states'),
  },
  typescript: { interface: 'WorkflowStateRecord' },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...newsroomCollections], required: true, index: true, label: adminLabel('warta:fields:document') },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: adminLabel('warta:fields:locale'),
      options: languageOptions(),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      label: adminLabel('warta:fields:state'),
      options: adminOptions('states', workflowStates),
      access: staffOnly,
      admin: { description: adminLabel('warta:descriptions:state') },
    },
    {
      // What readers get, independent of the edition being worked on: a published locale with a
      // new draft in progress is still live. Readers' access to this record keys off this field.
      name: 'publication',
      type: 'select',
      required: true,
      defaultValue: 'none',
      index: true,
      label: adminLabel('warta:fields:publication'),
      options: adminOptions('publication', publicationStates),
    },
    // Public facts of publication.
    {
      // The document's address when this language last went public or was taken down: once every
      // language is taken down the document is unreadable, and this is how its old address still
      // answers 410 Gone instead of a 404 that says it never existed.
      name: 'slug',
      type: 'text',
      index: true,
      label: adminLabel('warta:fields:slug'),
      admin: { readOnly: true },
    },
    { name: 'firstPublishedAt', type: 'date', label: adminLabel('warta:fields:firstPublishedAt') },
    { name: 'lastPublishedAt', type: 'date', label: adminLabel('warta:fields:lastPublishedAt') },
    {
      name: 'changeNotes',
      type: 'array',
      label: adminLabel('warta:fields:changeNotes'),
      labels: adminLabels('warta:rows:changeNote'),
      fields: [
        { name: 'at', type: 'date', required: true, label: adminLabel('warta:fields:at') },
        { name: 'note', type: 'text', required: true, label: adminLabel('warta:fields:note') },
      ],
    },
    { name: 'withdrawnAt', type: 'date', label: adminLabel('warta:fields:withdrawnAt') },
    { name: 'withdrawnReason', type: 'text', label: adminLabel('warta:fields:withdrawnReason') },
    // Internal bookkeeping, staff only.
    { name: 'stale', type: 'checkbox', defaultValue: false, index: true, label: adminLabel('warta:fields:stale'), access: staffOnly },
    {
      name: 'staleFields',
      type: 'array',
      label: adminLabel('warta:fields:staleFields'),
      labels: adminLabels('warta:rows:staleField'),
      access: staffOnly,
      admin: { description: adminLabel('warta:descriptions:staleFields') },
      fields: [
        { name: 'path', type: 'text', required: true, label: adminLabel('warta:fields:path') },
        { name: 'before', type: 'textarea', label: adminLabel('warta:fields:before') },
        { name: 'after', type: 'textarea', label: adminLabel('warta:fields:after') },
      ],
    },
    {
      name: 'sourceSnapshot',
      type: 'json',
      label: adminLabel('warta:fields:sourceSnapshot'),
      access: staffOnly,
      admin: { description: adminLabel('warta:descriptions:sourceSnapshot') },
    },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: adminLabel('warta:fields:submittedBy'), access: staffOnly },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: adminLabel('warta:fields:reviewedBy'), access: staffOnly },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: adminLabel('warta:fields:authors'),
      access: staffOnly,
      admin: { description: adminLabel('warta:descriptions:authors') },
    },
    { name: 'note', type: 'textarea', label: adminLabel('warta:fields:note'), access: staffOnly, admin: { description: adminLabel('warta:descriptions:reviewerNote') } },
    { name: 'pendingChangeNote', type: 'text', label: adminLabel('warta:fields:pendingChangeNote'), access: staffOnly },
    inNewsroomTime({ name: 'scheduledAt', type: 'date', index: true, label: adminLabel('warta:fields:scheduledAt'), access: staffOnly, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'PP HH:mm' } } }),
    { name: 'forcePublished', type: 'checkbox', defaultValue: false, label: adminLabel('warta:fields:forcePublished'), access: staffOnly },
    ...timestampFields,
  ],
}
