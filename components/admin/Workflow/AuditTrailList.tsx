import type { AdminT } from '@/lib/i18n/adminStrings'
import type { WorkflowEventRecord } from '@/payload-types'

import { formatAdminTime } from '@/lib/i18n/adminFormat'

/** Labels the seed, the importer and the scheduler write as their `actorLabel` (lib/workflow/machine.ts Actor). */
const systemActors = ['seed', 'import', 'scheduler', 'system'] as const
const isSystemActor = (label: string): label is (typeof systemActors)[number] => (systemActors as readonly string[]).includes(label)

/** What the trail shows of each event (the document itself is not read: depth 1 is for the actor). */
export const auditEventFields = ['action', 'locale', 'fromState', 'toState', 'actor', 'actorLabel', 'flagged', 'note', 'changeNote', 'createdAt'] as const

export type AuditEvent = Pick<WorkflowEventRecord, 'id' | (typeof auditEventFields)[number]>

type Props = { events: readonly AuditEvent[]; t: AdminT; language: string; timeZone: string }

/**
 * The document's audit trail, newest first: who did what to which language, with notes. Times are
 * the newsroom's (where embargoes are set), written in the reader's admin language, and so are the
 * language acted on ("发布 印尼文", not "发布 id") and the processes that acted. No hooks: rendered by
 * the server with the page and by the client after a save (AuditTrailAfterSave).
 */
export function AuditTrailList({ events, t, language, timeZone }: Props) {
  return (
    <section className="warta-audit" aria-label={t('warta:audit:heading')}>
      <h4>{t('warta:audit:heading')}</h4>
      {events.length === 0 ? <p>{t('warta:audit:noEvents')}</p> : null}
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {events.map((event) => {
          // A person by name; a process by what it is, in the admin language ("seed" is a label in the code).
          const label = event.actorLabel
          const actor =
            typeof event.actor === 'object' && event.actor
              ? (event.actor.name ?? event.actor.email)
              : label && isSystemActor(label)
                ? t(`warta:audit:systemActors:${label}`)
                : label
          return (
            <li key={event.id} data-action={event.action} data-flagged={event.flagged ? 'true' : undefined} style={{ marginBottom: '.25rem' }}>
              <time dateTime={event.createdAt}>{formatAdminTime(new Date(event.createdAt), timeZone, language)}</time> ·{' '}
              <strong>{t(`warta:events:${event.action}`)}</strong>
              {event.locale ? ` ${t(`warta:languages:${event.locale}`)}` : ''}
              {event.fromState && event.toState && event.fromState !== event.toState ? ` ${t('warta:audit:transition', { from: t(`warta:states:${event.fromState}`), to: t(`warta:states:${event.toState}`) })}` : ''} ·{' '}
              {actor ?? t('warta:audit:unknownActor')}
              {event.flagged ? ` · ${t('warta:audit:flagged')}` : ''}
              {event.note ? <div>{t('warta:audit:note', { note: event.note })}</div> : null}
              {event.changeNote ? <div>{t('warta:audit:changeNote', { note: event.changeNote })}</div> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
