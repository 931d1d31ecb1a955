import type { CollectionConfig } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { isSystemOnly } from '@/access/isSystemOnly'
import { publicRecordOrStaff } from '@/access/publicRecordOrStaff'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomCollections } from '@/lib/newsroom/registry'
import { publicationStates, workflowStates } from '@/lib/workflow/states'

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
  access: { create: isSystemOnly, read: publicRecordOrStaff, update: isSystemOnly, delete: isSystemOnly },
  admin: {
    group: 'Workflow',
    defaultColumns: ['document', 'locale', 'state', 'stale', 'scheduledAt', 'updatedAt'],
    description: 'Where each language of each document stands. Changed only through workflow actions.',
  },
  typescript: { interface: 'WorkflowStateRecord' },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...newsroomCollections], required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: [...workflowStates],
      access: staffOnly,
      admin: { description: 'The state of the current edition (a published locale edited again is back in draft).' },
    },
    {
      // What readers get, independent of the edition being worked on: a published locale with a
      // new draft in progress is still live. Readers' access to this record keys off this field.
      name: 'publication',
      type: 'select',
      required: true,
      defaultValue: 'none',
      index: true,
      options: [...publicationStates],
    },
    // Public facts of publication.
    { name: 'firstPublishedAt', type: 'date' },
    { name: 'lastPublishedAt', type: 'date' },
    {
      name: 'changeNotes',
      type: 'array',
      fields: [
        { name: 'at', type: 'date', required: true },
        { name: 'note', type: 'text', required: true },
      ],
    },
    { name: 'withdrawnAt', type: 'date' },
    { name: 'withdrawnReason', type: 'text' },
    // Internal bookkeeping, staff only.
    { name: 'stale', type: 'checkbox', defaultValue: false, index: true, access: staffOnly },
    {
      name: 'staleFields',
      type: 'array',
      access: staffOnly,
      admin: { description: 'Source-language changes made after this translation was approved.' },
      fields: [
        { name: 'path', type: 'text', required: true },
        { name: 'before', type: 'textarea' },
        { name: 'after', type: 'textarea' },
      ],
    },
    {
      name: 'sourceSnapshot',
      type: 'json',
      access: staffOnly,
      admin: { description: 'The source text this translation was approved against, per field.' },
    },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', access: staffOnly },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users', access: staffOnly },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: staffOnly,
      admin: { description: 'Who wrote this locale’s text since it was last approved (four eyes).' },
    },
    { name: 'note', type: 'textarea', access: staffOnly, admin: { description: 'The reviewer’s last note.' } },
    { name: 'pendingChangeNote', type: 'text', access: staffOnly },
    { name: 'scheduledAt', type: 'date', index: true, access: staffOnly, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'forcePublished', type: 'checkbox', defaultValue: false, access: staffOnly },
  ],
}
