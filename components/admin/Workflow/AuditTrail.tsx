import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

import { AuditTrailAfterSave } from './AuditTrailAfterSave'
import { AuditTrailList, auditEventFields } from './AuditTrailList'

type Props = { id?: number | string; collectionSlug?: string; req?: PayloadRequest }

/** The document's audit trail (AuditTrailList), read again after each save (AuditTrailAfterSave). */
export async function AuditTrail({ id, collectionSlug, req }: Props) {
  if (!id || !collectionSlug || !isNewsroomCollection(collectionSlug) || !req?.user) return null
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ 'document.relationTo': { equals: collectionSlug } }, { 'document.value': { equals: id } }] },
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    select: Object.fromEntries(auditEventFields.map((field) => [field, true])),
    user: req.user,
    overrideAccess: false,
    req,
  })
  const timeZone = newsroomTimeZone()
  return (
    <AuditTrailAfterSave collection={collectionSlug} id={String(id)} timeZone={timeZone}>
      <AuditTrailList events={docs} t={adminT(req.i18n)} language={req.i18n.language} timeZone={timeZone} />
    </AuditTrailAfterSave>
  )
}
