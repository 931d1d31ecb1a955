import type { Access } from 'payload'

import { publicPublicationStates } from '@/lib/workflow/states'

import { isStaffUser } from './roles'

/** Readers see a locale's publication record only once it has been public (dates, notes, withdrawal). */
export const publicRecordOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { publication: { in: [...publicPublicationStates] } }
}
