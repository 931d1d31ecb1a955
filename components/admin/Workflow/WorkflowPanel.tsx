import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { workflowPanelData } from '@/lib/admin/workflowPanelData'

import { editLockSeconds } from '@/lib/env'

import { NameLockHolder } from './NameLockHolder'
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
  const staff = req as PayloadRequest & { user: NonNullable<PayloadRequest['user']> }
  const { overview, glossary } = await workflowPanelData(staff, collectionSlug, id)
  return (
    <>
      <WorkflowActions
        collection={collectionSlug}
        id={String(id)}
        overview={overview}
        timeZone={newsroomTimeZone()}
        currentLocale={typeof req.locale === 'string' ? req.locale : null}
        glossary={glossary}
      />
      <ReleaseLockOnLeave collection={collectionSlug} id={String(id)} renewEveryMs={(editLockSeconds() * 1000) / 3} />
      <NameLockHolder collection={collectionSlug} id={String(id)} timeZone={newsroomTimeZone()} />
    </>
  )
}
