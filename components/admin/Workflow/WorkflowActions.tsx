'use client'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'
import type { WorkflowOverview } from '@/lib/workflow/overview'
import type { WorkflowAction } from '@/lib/workflow/states'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { formatAdminTime } from '@/lib/i18n/adminFormat'
import { wallClockToInstant } from '@/lib/time/newsroomTime'

import { stateGlyph } from './labels'
import { errorMessageOf } from '@/lib/api/errorBody'

type Props = {
  collection: string
  id: string
  overview: WorkflowOverview
  timeZone: string
  currentLocale: string | null
}

/**
 * Actions that put text in front of every reader at once: asked twice. A time typed into the
 * schedule field is not a reason to publish now (a reviewer did exactly that and broke an
 * embargo), so the question says so.
 */
const GO_LIVE: ReadonlySet<WorkflowAction> = new Set(['publish', 'force-publish'])

/** Actions whose note is required, and what the note is for. */
const notePrompts: Partial<Record<WorkflowAction, AdminKey>> = {
  reject: 'warta:workflow:notePrompts:reject',
  withdraw: 'warta:workflow:notePrompts:withdraw',
  'force-publish': 'warta:workflow:notePrompts:force-publish',
}

export function WorkflowActions({ collection, id, overview, timeZone, currentLocale }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [changeNotes, setChangeNotes] = useState<Record<string, string>>({})
  const [times, setTimes] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState<{ locale: string; action: WorkflowAction } | null>(null)
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const actionLabel = (action: WorkflowAction) => t(`warta:actions:${action}`)
  const formatTime = (instant: Date) => formatAdminTime(instant, timeZone, i18n.language)

  const ask = (locale: string, action: WorkflowAction) => {
    if (GO_LIVE.has(action) && (confirming?.locale !== locale || confirming.action !== action)) {
      setMessage(null)
      setConfirming({ locale, action })
      return
    }
    setConfirming(null)
    void run(locale, action)
  }

  const confirmation = (locale: string, action: WorkflowAction): string => {
    const typed = times[locale] ? wallClockToInstant(times[locale] ?? '', timeZone) : null
    return typed
      ? t('warta:workflow:confirmNowIgnoringTime', { action: actionLabel(action), locale, time: formatTime(typed) })
      : t('warta:workflow:confirmNow', { action: actionLabel(action), locale })
  }

  const run = async (locale: string, action: WorkflowAction) => {
    const at = action === 'schedule' ? wallClockToInstant(times[locale] ?? '', timeZone) : null
    if (action === 'schedule' && !at) {
      setMessage({ kind: 'error', text: t('warta:workflow:chooseTime', { timeZone, locale }) })
      return
    }
    setBusy(`${locale}:${action}`)
    setMessage(null)
    const changeNote = changeNotes[locale]?.trim()
    const response = await fetch(`/api/${collection}/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action,
        locale,
        note: notes[locale]?.trim() || undefined,
        changeNote: changeNote && changeNote !== 'minor' ? changeNote : undefined,
        minorChange: changeNote === 'minor' || undefined,
        at: at?.toISOString(),
      }),
    })
    setBusy(null)
    if (response.ok) {
      // A full reload: the form, the version list and this panel all change with the state.
      window.location.reload()
      return
    }
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    setMessage({ kind: 'error', text: errorMessageOf(body) ?? t('warta:workflow:serverAnswered', { status: response.status }) })
  }

  return (
    <section className="warta-workflow" aria-label={t('warta:workflow:heading')}>
      <h4 style={{ margin: '0 0 .5rem' }}>{t('warta:workflow:heading')}</h4>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`warta-workflow-message ${message.kind}`}>
          {message.text}
        </p>
      ) : null}
      {overview.locales.map((entry) => (
        <div
          key={entry.locale}
          className="warta-workflow-locale"
          data-locale={entry.locale}
          data-state={entry.display}
          style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '.5rem 0', fontWeight: entry.locale === currentLocale ? 600 : undefined }}
        >
          <div>
            <strong>{entry.locale}</strong>
            {entry.isSource ? ` ${t('warta:workflow:source')}` : ''} {stateGlyph(entry.display)}{' '}
            <span className="warta-state">{t(`warta:states:${entry.display}`)}</span>
            {entry.publication !== 'none' && entry.display !== entry.publication ? (
              <span> · {t('warta:workflow:readers', { publication: t(`warta:publication:${entry.publication}`) })}</span>
            ) : null}
          </div>
          {entry.scheduledAt ? (
            <div className={entry.isOverdue ? 'warta-overdue' : undefined}>
              {t('warta:workflow:scheduledFor', { time: formatTime(new Date(entry.scheduledAt)) })}
              {entry.isOverdue ? t('warta:workflow:overdue') : ''}
            </div>
          ) : null}
          {entry.note ? <div className="warta-review-note">{t('warta:workflow:reviewerNote', { note: entry.note })}</div> : null}
          {entry.stale ? (
            <details open className="warta-stale">
              <summary>{t('warta:workflow:staleSummary', { changed: entry.staleFields.length })}</summary>
              <ul>
                {entry.staleFields.map((field) => (
                  <li key={field.path}>
                    <code>{field.path}</code>: <del>{field.before || t('warta:workflow:empty')}</del> → <ins>{field.after || t('warta:workflow:empty')}</ins>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {entry.missingFields.length > 0 && entry.display !== 'missing' ? (
            <div className="warta-missing">{t('warta:workflow:stillEmpty', { fields: entry.missingFields.join(', ') })}</div>
          ) : null}
          {entry.actions.length > 0 ? (
            <div className="warta-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '.25rem', marginTop: '.25rem' }}>
              {entry.actions.some((action) => action in notePrompts || action === 'approve') ? (
                <input
                  aria-label={t('warta:workflow:noteFor', { locale: entry.locale })}
                  placeholder={t(entry.actions.map((action) => notePrompts[action]).find(Boolean) ?? 'warta:workflow:noteOptional')}
                  value={notes[entry.locale] ?? ''}
                  onChange={(event) => setNotes({ ...notes, [entry.locale]: event.target.value })}
                  style={{ width: '100%' }}
                />
              ) : null}
              {entry.publication !== 'none' && entry.actions.some((action) => action === 'publish' || action === 'schedule' || action === 'force-publish') ? (
                <input
                  aria-label={t('warta:workflow:changeNoteFor', { locale: entry.locale })}
                  placeholder={t('warta:workflow:changeNotePlaceholder')}
                  value={changeNotes[entry.locale] ?? ''}
                  onChange={(event) => setChangeNotes({ ...changeNotes, [entry.locale]: event.target.value })}
                  style={{ width: '100%' }}
                />
              ) : null}
              {entry.actions.includes('schedule') ? (
                <label style={{ width: '100%' }}>
                  {t('warta:workflow:scheduleFor', { timeZone })}{' '}
                  <input
                    type="datetime-local"
                    aria-label={t('warta:workflow:publicationTimeFor', { locale: entry.locale, timeZone })}
                    value={times[entry.locale] ?? ''}
                    onChange={(event) => setTimes({ ...times, [entry.locale]: event.target.value })}
                  />
                </label>
              ) : null}
              {entry.actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  data-action={action}
                  disabled={busy !== null}
                  onClick={() => ask(entry.locale, action)}
                >
                  {t('warta:workflow:button', { action: actionLabel(action), locale: entry.locale })}
                </button>
              ))}
            </div>
          ) : null}
          {confirming?.locale === entry.locale ? (
            <div className="warta-confirm" role="alertdialog" aria-label={t('warta:workflow:confirmLabel', { action: actionLabel(confirming.action), locale: entry.locale })} style={{ marginTop: '.5rem' }}>
              <p style={{ margin: '0 0 .25rem' }}>{confirmation(entry.locale, confirming.action)}</p>
              <button type="button" className="btn btn--style-primary btn--size-small" data-confirm="yes" disabled={busy !== null} onClick={() => ask(entry.locale, confirming.action)}>
                {t('warta:workflow:confirmYes', { action: actionLabel(confirming.action).toLocaleLowerCase(i18n.language), locale: entry.locale })}
              </button>{' '}
              <button type="button" className="btn btn--style-secondary btn--size-small" data-confirm="no" onClick={() => setConfirming(null)}>
                {t('warta:workflow:cancel')}
              </button>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  )
}
