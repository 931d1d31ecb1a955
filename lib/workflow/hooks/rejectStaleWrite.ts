import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

/** The header (REST) or context key (Local API) in which a client names the version its edit is based on. */
export const BASE_VERSION_HEADER = 'x-base-updated-at'

/**
 * Payload is last-write-wins. A client that names the `updatedAt` its edit is based on (header
 * `X-Base-Updated-At`, or `context.baseUpdatedAt` in the Local API) is refused with 409 when the
 * document changed since, instead of silently overwriting someone else's work.
 *
 * The body's own `updatedAt` is deliberately not used: with per-locale drafts the admin form of a
 * translation carries that language's draft time, which is older than the document's after any
 * save in another language, and every translator's save would be refused. The admin relies on
 * Payload's document locking instead.
 */
export const rejectStaleWrite: CollectionBeforeValidateHook = ({ data, originalDoc, operation, context, req }) => {
  if (operation !== 'update' || context?.workflow === true) return data
  const declared = (typeof context?.baseUpdatedAt === 'string' ? context.baseUpdatedAt : null) ?? req.headers?.get?.(BASE_VERSION_HEADER) ?? null
  const basedOn = declared ? Date.parse(declared) : Number.NaN
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
