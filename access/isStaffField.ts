import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
