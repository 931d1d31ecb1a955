import type { Endpoint, Where } from 'payload'

import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { errorResponse, signedInDocument } from '@/lib/api/errorBody'

/**
 * `DELETE /api/{collection}/{id}/lock`: the signed-in person gives up their own edit lock on the
 * document. Payload releases a lock when its holder saves or moves elsewhere in the admin, but a
 * closed tab or browser kept it for the whole lock duration, so a reviewer arriving next met
 * "currently editing" and had to take over from someone long gone. The edit view calls this as
 * the page goes away (components/admin/Workflow/ReleaseLockOnLeave.tsx). Only the caller's own
 * lock is removed; anyone else's stays, whoever asks.
 */
const ownLock = (collection: NewsroomCollection, id: string | number, user: { collection: string; id: string | number }): Where => ({
  and: [
    { 'document.relationTo': { equals: collection } },
    { 'document.value': { equals: id } },
    { 'user.relationTo': { equals: user.collection } },
    { 'user.value': { equals: user.id } },
  ],
})

export const releaseLockEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/lock',
  method: 'delete',
  handler: async (req) => {
    const signedIn = signedInDocument(req, 'Sign in to release a lock.')
    if (signedIn.refusal) return signedIn.refusal
    const { id, user } = signedIn
    const { docs } = await req.payload.delete({ collection: 'payload-locked-documents', where: ownLock(collection, id, user), req, overrideAccess: false })
    return Response.json({ released: docs.length })
  },
})

/**
 * `POST /api/{collection}/{id}/lock`: the signed-in person's open edit view says they are still
 * there. Locks last a short time (WARTA_EDIT_LOCK_SECONDS, 90 s), so a browser that crashed or
 * lost its network frees the document soon; while its holder is active the view renews the lock
 * (ReleaseLockOnLeave.tsx), and after five idle minutes it stops, as Payload's own lock would
 * expire. Only the caller's own lock is renewed; none is created (Payload takes the lock at the
 * first change). Answers `{ kept: 0 | 1 }`.
 */
export const keepLockEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/lock',
  method: 'post',
  handler: async (req) => {
    const signedIn = signedInDocument(req, 'Sign in to keep a lock.')
    if (signedIn.refusal) return signedIn.refusal
    const { id, user } = signedIn
    const { docs } = await req.payload.find({
      collection: 'payload-locked-documents',
      where: ownLock(collection, id, user),
      depth: 0,
      limit: 1,
      req,
      overrideAccess: false,
    })
    const lock = docs[0]
    // Payload renews its own locks the same way: the row's time is what counts.
    if (lock) await req.payload.db.updateOne({ collection: 'payload-locked-documents', id: lock.id, data: { updatedAt: new Date().toISOString() }, req, returning: false })
    return Response.json({ kept: lock ? 1 : 0 })
  },
})
