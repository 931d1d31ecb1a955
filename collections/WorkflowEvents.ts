import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isSystemOnly } from '@/access/isSystemOnly'
import { newsroomCollections } from '@/lib/newsroom/registry'
import { workflowActions, workflowStates } from '@/lib/workflow/states'
import { adminLabel, adminLabels, adminOptions, languageOptions } from '@/lib/i18n/adminStrings'
import { timestampFields } from '@/lib/fields/timestamps'

/**
 * The audit trail: append-only. Entries are written by `lib/workflow` alone; no API (REST,
 * GraphQL, admin, Local API with access control) can create, edit or delete one.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  // Written only by Warta's own code, never edited in the admin: no edit locks to check or clear on each write.
  lockDocuments: false,
  labels: adminLabels('warta:collections:workflow-events'),
  access: { create: isSystemOnly, read: isStaff, update: isSystemOnly, delete: isSystemOnly },
  admin: {
    group: adminLabel('warta:groups:workflow'),
    defaultColumns: ['createdAt', 'document', 'locale', 'action', 'actor', 'flagged'],
    description: adminLabel('warta:collectionDescriptions:workflow-events'),
  },
  defaultSort: '-createdAt',
  typescript: { interface: 'WorkflowEventRecord' },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...newsroomCollections], required: true, index: true, label: adminLabel('warta:fields:document') },
    { name: 'locale', type: 'select', label: adminLabel('warta:fields:locale'), options: languageOptions() },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: adminLabel('warta:fields:action'),
      options: adminOptions('events', [...workflowActions, 'edit', 'import', 'seed', 'confirm']),
    },
    { name: 'fromState', type: 'select', label: adminLabel('warta:fields:fromState'), options: adminOptions('states', workflowStates) },
    { name: 'toState', type: 'select', label: adminLabel('warta:fields:toState'), options: adminOptions('states', workflowStates) },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: adminLabel('warta:fields:actor') },
    { name: 'actorLabel', type: 'text', label: adminLabel('warta:fields:actorLabel'), admin: { description: adminLabel('warta:descriptions:actorLabel') } },
    { name: 'note', type: 'textarea', label: adminLabel('warta:fields:note') },
    { name: 'changeNote', type: 'text', label: adminLabel('warta:fields:changeNote') },
    {
      name: 'flagged',
      type: 'checkbox',
      label: adminLabel('warta:fields:flagged'),
      defaultValue: false,
      index: true,
      admin: { description: adminLabel('warta:descriptions:flagged') },
    },
    { name: 'details', type: 'json', label: adminLabel('warta:fields:details') },
    ...timestampFields,
  ],
}
