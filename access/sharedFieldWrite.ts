import type { FieldAccess } from 'payload'

import { translatesOnly } from './roles'

/**
 * Fields shared by every language (the day, the address, who spoke, which outlet asked) are
 * written by editors; a translator sees them read-only in the admin instead of an editable field
 * whose save is then refused. Payload keeps the stored value when this says no, and
 * enforceTranslatorScope still answers an API client that sends a changed value with 403.
 */
export const sharedFieldWrite: FieldAccess = ({ req: { user } }) => !translatesOnly(user)
