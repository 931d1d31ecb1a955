import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'
import { getWorkflowOverview } from '@/lib/workflow/overview'
import { actorFromUser } from '@/lib/workflow/records'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { glossaryFindingsFor } from '@/lib/admin/documentReads'

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
  const [overview, findings] = await Promise.all([
    getWorkflowOverview(req.payload, req, collectionSlug, id, actorFromUser(req.user)),
    glossaryFindingsFor(staff, collectionSlug, id),
  ])
  // Only what is unresolved reaches the panel: the reviewer sees it before approving.
  const glossary = Object.fromEntries(Object.entries(findings).map(([locale, list]) => [locale, list.filter((finding) => !finding.used)]))
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
