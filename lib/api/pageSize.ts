import type { CollectionBeforeOperationHook } from 'payload'

/** The most documents one anonymous request may ask for. */
export const READER_PAGE_LIMIT = 100

/**
 * An anonymous REST or GraphQL read gets at most 100 documents a page: `limit=0` and
 * `pagination=false` mean "everything" to Payload, which on a ten-year archive is tens of
 * thousands of documents for one request. Staff (the admin) and our own code are not limited.
 */
export const capReaderPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || req.user) return args
  const { limit, pagination } = args as { limit?: number; pagination?: boolean }
  const capped = typeof limit !== 'number' ? limit : limit > 0 ? Math.min(limit, READER_PAGE_LIMIT) : READER_PAGE_LIMIT
  return { ...args, limit: capped, ...(pagination === false ? { pagination: true } : {}) }
}
