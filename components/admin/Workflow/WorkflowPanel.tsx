import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'
import { getWorkflowOverview } from '@/lib/workflow/overview'
import { actorFromUser } from '@/lib/workflow/records'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

import { ReleaseLockOnLeave } from './ReleaseLockOnLeave'
import { WorkflowActions } from './WorkflowActions'

type Props = { id?: number | string; collectionSlug?: string; req?: PayloadRequest }

/**
 * The edit view's workflow panel: every language's state, what changed in the source since a
 * translation was approved, the reviewer's note, and the buttons this person may use. Rendered on
 * the server so the buttons come from the same rules the endpoint enforces.
 */
export async function WorkflowPanel({ id, collectionSlug, req }: Props) {
  if (!collectionSlug || !isNewsroomCollection(collectionSlug) || !req?.user) return null
  if (!id) {
    return <p className="warta-workflow-hint">{adminT(req.i18n)('warta:workflow:saveFirst')}</p>
  }
  const overview = await getWorkflowOverview(req.payload, req, collectionSlug, id, actorFromUser(req.user))
  return (
    <>
      <WorkflowActions
        collection={collectionSlug}
        id={String(id)}
        overview={overview}
        timeZone={newsroomTimeZone()}
        currentLocale={typeof req.locale === 'string' ? req.locale : null}
      />
      <ReleaseLockOnLeave collection={collectionSlug} id={String(id)} />
    </>
  )
}
