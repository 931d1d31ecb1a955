import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { currentEntityTag, ifMatchAdmits, isDraftWrite } from '@/lib/api/entityTag'
import { isLocale } from '@/lib/i18n/locales'

/** The header (REST) or context key (Local API) in which a client names the version its edit is based on. */
export const BASE_VERSION_HEADER = 'x-base-updated-at'

/**
 * Payload is last-write-wins. Two ways for a client to say which version its edit is based on,
 * and be refused instead of silently overwriting someone else's work:
 * - `If-Match: <ETag>` (the standard; lib/api/entityTag.ts): 412 when the document changed in the
 *   language being written since the client read it. Checked inside the write's transaction.
 * - `X-Base-Updated-At` (or `context.baseUpdatedAt` in the Local API): 409 when the document
 *   changed at all since that time.
 *
 * The body's own `updatedAt` is deliberately not used: with per-locale drafts the admin form of a
 * translation carries that language's draft time, which is older than the document's after any
 * save in another language, and every translator's save would be refused. The admin relies on
 * Payload's document locking and its own stale-form check instead.
 */
export const rejectStaleWrite: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, operation, context, req }) => {
  if (operation !== 'update' || context?.workflow === true) return data
  const ifMatch = req.headers?.get?.('if-match') ?? null
  if (ifMatch && originalDoc?.id !== undefined && isLocale(req.locale)) {
    const current = await currentEntityTag({ payload: req.payload, req, collection: collection.slug, id: originalDoc.id, locale: req.locale, draft: isDraftWrite(req) })
    if (!ifMatchAdmits(ifMatch, current)) {
      throw new APIError(
        `This document changed in "${req.locale}" since the version your edit is based on (If-Match: ${ifMatch}; now ${current ?? 'none'}). ` +
          'Read it again and apply your change to the current version.',
        412,
        null,
        true,
      )
    }
  }
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
