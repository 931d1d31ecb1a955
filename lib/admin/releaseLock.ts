import type { Endpoint } from 'payload'

import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { errorResponse } from '@/lib/api/errorBody'

/**
 * `DELETE /api/{collection}/{id}/lock`: the signed-in person gives up their own edit lock on the
 * document. Payload releases a lock when its holder saves or moves elsewhere in the admin, but a
 * closed tab or browser kept it for the whole lock duration, so a reviewer arriving next met
 * "currently editing" and had to take over from someone long gone. The edit view calls this as
 * the page goes away (components/admin/Workflow/ReleaseLockOnLeave.tsx). Only the caller's own
 * lock is removed; anyone else's stays, whoever asks.
 */
export const releaseLockEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/lock',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Sign in to release a lock.')
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return errorResponse(400, 'Missing document id.')
    const { docs } = await req.payload.delete({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { equals: id } },
          { 'user.relationTo': { equals: req.user.collection } },
          { 'user.value': { equals: req.user.id } },
        ],
      },
      req,
      overrideAccess: false,
    })
    return Response.json({ released: docs.length })
  },
})
