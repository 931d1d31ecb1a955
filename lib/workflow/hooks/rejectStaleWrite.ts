import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

/**
 * Payload is last-write-wins. A client that sends the `updatedAt` it loaded is refused with 409
 * when the document changed since, instead of silently overwriting someone else's work. (The
 * admin also locks a document while one person edits it.)
 */
export const rejectStaleWrite: CollectionBeforeValidateHook = ({ data, originalDoc, operation, context }) => {
  if (operation !== 'update' || context?.workflow === true) return data
  const basedOn = typeof data?.updatedAt === 'string' ? Date.parse(data.updatedAt) : Number.NaN
  const current = typeof originalDoc?.updatedAt === 'string' ? Date.parse(originalDoc.updatedAt) : Number.NaN
  if (!Number.isNaN(basedOn) && !Number.isNaN(current) && basedOn < current) {
    throw new APIError(
      `This document was changed at ${new Date(current).toISOString()}, after the version your edit is based on ` +
        `(${new Date(basedOn).toISOString()}). Reload it and apply your change again.`,
      409,
      null,
      true,
    )
  }
  return data
}
