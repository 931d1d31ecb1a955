import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff save drafts; nobody publishes with Payload's own controls. Payload asks this rule with
 * `_status: 'published'` to decide whether to show its Publish button, so answering no here hides
 * it: publishing goes through the workflow (lib/workflow), which runs with access overridden.
 */
export const staffDraftsOnly: Access = ({ req: { user }, data }) =>
  isStaffUser(user) && (data as { _status?: unknown } | undefined)?._status !== 'published'
