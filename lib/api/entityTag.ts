import type { CollectionAfterReadHook, Payload, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { isLocale } from '@/lib/i18n/locales'

/**
 * Optimistic concurrency for API clients, the standard way: `GET /api/{collection}/{id}?locale=xx`
 * answers an `ETag` naming that document's version in that language, and a write sent with
 * `If-Match: <that tag>` is refused with 412 when the language changed since (rejectStaleWrite).
 * Without `If-Match` a write is last-write-wins, as Payload's API is documented.
 *
 * The tag is a hash of the document as stored in that language (its text in that language and
 * the fields shared by every language, read at depth 0 without timestamps), so it is the same
 * whether the client read with `depth=0` or `depth=2`, and a save in another language — which
 * moves the document's `updatedAt` — does not make it stale.
 */
export const entityTagOf = (args: { collection: string; id: number | string; locale: string; doc: Record<string, unknown> }): string => {
  const { updatedAt: _updatedAt, createdAt: _createdAt, ...content } = args.doc
  const digest = createHash('sha256').update(`${args.collection}\u0000${String(args.id)}\u0000${args.locale}\u0000${JSON.stringify(content)}`)
  return `"${digest.digest('base64url').slice(0, 27)}"`
}

/** Requests computing a tag right now: the read below runs the afterRead hooks again. */
const computing = new WeakSet<object>()

/**
 * The version a write in `locale` would replace, read the way a client reads it (in the write's
 * transaction). `asRequester` reads it with the requester's own access: the tag on a read must
 * name what that reader was sent — for a reader asking `?draft=true`, the published version, not
 * the newest draft (whose every save would otherwise change the tag a reader sees).
 */
export const currentEntityTag = async (args: {
  payload: Payload
  req: PayloadRequest
  collection: string
  id: number | string
  locale: string
  draft: boolean
  asRequester?: boolean
}): Promise<string | null> => {
  const { payload, req, collection, id, locale, draft, asRequester = false } = args
  const { locale: requestLocale, fallbackLocale } = req
  computing.add(req)
  try {
    const doc = (await payload.findByID({
      collection: collection as 'press-releases',
      id,
      locale: locale as 'id',
      fallbackLocale: false,
      draft,
      depth: 0,
      // A write has passed its own access check already; a read answers for its reader.
      overrideAccess: !asRequester,
      disableErrors: true,
      req,
    })) as Record<string, unknown> | null
    return doc ? entityTagOf({ collection, id, locale, doc }) : null
  } finally {
    computing.delete(req)
    // findByID leaves the locale it read on the request; the caller must keep its own.
    req.locale = requestLocale
    req.fallbackLocale = fallbackLocale
  }
}

/** Does an `If-Match` header value admit this tag? (`*`, or one of a comma-separated list.) */
export const ifMatchAdmits = (header: string, tag: string | null): boolean => {
  const candidates = header.split(',').map((value) => value.trim())
  if (candidates.includes('*')) return tag !== null
  return tag !== null && candidates.includes(tag)
}

/**
 * Sets `ETag` on a REST read or write of one document in one language (not on lists, not on
 * `locale=all`), from a depth-0 read of the same version: the response itself may be populated.
 */
export const setEntityTag: CollectionAfterReadHook = async ({ collection, doc, findMany, req }) => {
  if (findMany || req.payloadAPI !== 'REST' || !isLocale(req.locale) || computing.has(req)) return doc
  const { id } = doc as { id?: number | string }
  // Only the document the route names: populated relations run this hook too.
  if (id === undefined || String(req.routeParams?.id) !== String(id) || req.routeParams?.collection !== collection.slug) return doc
  const tag = await currentEntityTag({ payload: req.payload, req, collection: collection.slug, id, locale: req.locale, draft: isDraftWrite(req), asRequester: true })
  if (tag) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('ETag', tag)
  }
  return doc
}

/** Does this request read or write drafts (`?draft=true`)? */
export const isDraftWrite = (req: PayloadRequest): boolean => {
  const draft = (req.query as { draft?: unknown } | undefined)?.draft
  return draft === true || draft === 'true'
}
