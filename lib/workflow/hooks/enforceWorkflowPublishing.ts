import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { APIError } from 'payload'

/**
 * Payload lets anyone with update access publish (its Publish button, `?draft=false`, restoring a
 * version). In Warta only the workflow publishes: content saves are drafts, and the workflow's own
 * writes carry `context.workflow`. Anything else that would change what readers see is refused
 * with a message that says where to go instead.
 */
export const enforceWorkflowPublishing =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, context, collection }) => {
    if (context?.workflow === true) return args
    const data = (args as { data?: { _status?: unknown } }).data
    const isDraft = (args as { draft?: boolean }).draft === true
    const endpoint = `POST /api/${collection.slug}/{id}/workflow`
    if (operation === 'create' && data?._status === 'published') {
      throw new APIError(`New documents start as drafts; publishing goes through the workflow (${endpoint}).`, 403, null, true)
    }
    if ((operation === 'update' || operation === 'restoreVersion') && !isDraft) {
      throw new APIError(
        `Save changes as a draft (draft=true). Publishing and unpublishing go through the workflow (${endpoint}).`,
        403,
        null,
        true,
      )
    }
    return args
  }
