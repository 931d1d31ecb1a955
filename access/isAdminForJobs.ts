import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { hasRole } from './roles'

/**
 * The job queue's REST endpoints (run, queue, cancel) are for admins; Payload lets any signed-in
 * user run due jobs early. Signed out: 401 (Payload's answer to `false`); signed in without the
 * role: 403 saying why. The server's own scheduler calls the Local API and needs no access.
 */
export const isAdminForJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  throw new APIError('Only an admin may run, queue or cancel jobs; scheduled publications run by themselves.', 403, null, true)
}
