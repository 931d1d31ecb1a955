import type { Field, UIField } from 'payload'
import { adminLabel } from '@/lib/i18n/adminStrings'

/**
 * Admin-only fields that store nothing: the workflow panel (sidebar, plus the list column showing
 * every language's state) and the audit trail under the form.
 */
export const workflowFields: UIField[] = [
  {
    name: 'workflow',
    type: 'ui',
    label: adminLabel('warta:fields:workflow'),
    admin: {
      position: 'sidebar',
      components: {
        Field: '@/components/admin/Workflow/WorkflowPanel#WorkflowPanel',
        Cell: '@/components/admin/Workflow/WorkflowCell#WorkflowCell',
      },
    },
  },
  {
    name: 'auditTrail',
    type: 'ui',
    admin: {
      disableListColumn: true,
      components: { Field: '@/components/admin/Workflow/AuditTrail#AuditTrail' },
    },
  },
]

/** Shows the source language's text under a translated field while a translation is edited. */
export const withSourceText = <T extends Field>(field: T): T => ({
  ...field,
  admin: {
    ...field.admin,
    components: {
      ...(field.admin as { components?: Record<string, unknown> } | undefined)?.components,
      afterInput: ['@/components/admin/Workflow/SourceText#SourceText'],
    },
  },
})
