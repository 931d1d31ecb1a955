/**
 * The editorial vocabulary, shared by the state machine, the collections that store it, the
 * endpoint, the admin and the docs. Whitehall-style states, kept per document *and* per locale.
 */
export const workflowStates = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'scheduled',
  'published',
  'withdrawn',
  'unpublished',
] as const
export type WorkflowState = (typeof workflowStates)[number]

export const workflowActions = [
  'submit',
  'approve',
  'reject',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'withdraw',
  'force-publish',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** Events that are recorded in the audit trail but are not actions a person asks for. */
export type WorkflowEventKind = WorkflowAction | 'edit' | 'import' | 'seed' | 'confirm'

/**
 * What readers get for a locale, independent of the edition being worked on: `live` (published,
 * possibly with a newer draft in progress), `withdrawn` (text kept, with a public reason),
 * `unpublished` (gone: 410), or `none` (never public).
 */
export const publicationStates = ['none', 'live', 'withdrawn', 'unpublished'] as const
export type PublicationState = (typeof publicationStates)[number]

/** Publication states whose record readers may see: the public facts, nothing internal. */
export const publicPublicationStates: readonly PublicationState[] = ['live', 'withdrawn', 'unpublished']
