import type { CollectionConfig } from 'payload'

import { isSystemOnly } from '@/access/isSystemOnly'

/**
 * The log of changes to what readers may see, one row per public change, written in the same
 * transaction as the change and polled by every server process to know when to empty its caches
 * (lib/publicState/sync.ts). Written and read only by the system; not in the admin or GraphQL.
 */
export const PublicChanges: CollectionConfig<'public-changes'> = {
  slug: 'public-changes',
  // Written only by Warta's own code, never edited in the admin: no edit locks to check or clear on each write.
  lockDocuments: false,
  access: { create: isSystemOnly, read: isSystemOnly, update: isSystemOnly, delete: isSystemOnly },
  admin: { hidden: true },
  graphQL: false,
  fields: [
    { name: 'action', type: 'text', required: true },
    { name: 'sourceCollection', type: 'text', required: true },
    { name: 'documentId', type: 'text' },
    { name: 'slug', type: 'text' },
    { name: 'locales', type: 'json' },
  ],
}
