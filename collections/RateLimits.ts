import type { CollectionConfig } from 'payload'

import { isSystemOnly } from '@/access/isSystemOnly'

/**
 * Counters of the login and password-reset throttles (lib/security/throttles.ts), kept in the
 * database so every server process shares them and a restart does not reset them. Written and
 * read only by the system; not in the admin or GraphQL.
 */
export const RateLimits: CollectionConfig<'rate-limits'> = {
  slug: 'rate-limits',
  access: { create: isSystemOnly, read: isSystemOnly, update: isSystemOnly, delete: isSystemOnly },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true },
    { name: 'expiresAt', type: 'date', index: true },
  ],
}
