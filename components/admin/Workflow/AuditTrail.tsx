import type { PayloadRequest } from 'payload'

import { formatNewsroomTime, newsroomTimeZone } from '@/lib/time/newsroomTime'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

type Props = { id?: number | string; collectionSlug?: string; req?: PayloadRequest }

/** The document's audit trail, newest first: who did what to which language, with notes. */
export async function AuditTrail({ id, collectionSlug, req }: Props) {
  if (!id || !collectionSlug || !isNewsroomCollection(collectionSlug) || !req?.user) return null
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ 'document.relationTo': { equals: collectionSlug } }, { 'document.value': { equals: id } }] },
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const timeZone = newsroomTimeZone()
  return (
    <section className="warta-audit" aria-label="Audit trail">
      <h4>Audit trail</h4>
      {docs.length === 0 ? <p>No events yet.</p> : null}
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {docs.map((event) => {
          const actor = typeof event.actor === 'object' && event.actor ? (event.actor.name ?? event.actor.email) : event.actorLabel
          return (
            <li key={event.id} data-action={event.action} data-flagged={event.flagged ? 'true' : undefined} style={{ marginBottom: '.25rem' }}>
              <time dateTime={event.createdAt}>{formatNewsroomTime(new Date(event.createdAt), timeZone)}</time> ·{' '}
              <strong>{event.action}</strong>
              {event.locale ? ` ${event.locale}` : ''}
              {event.fromState && event.toState && event.fromState !== event.toState ? ` (${event.fromState} → ${event.toState})` : ''} ·{' '}
              {actor ?? 'unknown'}
              {event.flagged ? ' · ⚑ flagged for review' : ''}
              {event.note ? <div>Note: {event.note}</div> : null}
              {event.changeNote ? <div>Change note: {event.changeNote}</div> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
