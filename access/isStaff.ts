import type { Access } from 'payload'

import { isStaffUser } from './roles'

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
