import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isSystemOnly } from '@/access/isSystemOnly'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomCollections } from '@/lib/newsroom/registry'
import { workflowActions, workflowStates } from '@/lib/workflow/states'

/**
 * The audit trail: append-only. Entries are written by `lib/workflow` alone; no API (REST,
 * GraphQL, admin, Local API with access control) can create, edit or delete one.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  access: { create: isSystemOnly, read: isStaff, update: isSystemOnly, delete: isSystemOnly },
  admin: {
    group: 'Workflow',
    defaultColumns: ['createdAt', 'document', 'locale', 'action', 'actor', 'flagged'],
    description: 'Who did what, when, to which language. Append-only.',
  },
  defaultSort: '-createdAt',
  typescript: { interface: 'WorkflowEventRecord' },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...newsroomCollections], required: true, index: true },
    { name: 'locale', type: 'select', options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })) },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [...workflowActions, 'edit', 'import', 'seed'],
    },
    { name: 'fromState', type: 'select', options: [...workflowStates] },
    { name: 'toState', type: 'select', options: [...workflowStates] },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', type: 'text', admin: { description: 'Who acted when it was not a person (scheduler, seed).' } },
    { name: 'note', type: 'textarea' },
    { name: 'changeNote', type: 'text' },
    {
      name: 'flagged',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Skipped review (force-publish): needs a second look.' },
    },
    { name: 'details', type: 'json' },
  ],
}
