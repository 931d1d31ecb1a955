'use client'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'
import type { Locale } from '@/lib/i18n/locales'
import type { LocaleOverview, WorkflowOverview } from '@/lib/workflow/overview'
import type { GlossaryFinding } from '@/lib/glossary/glossary'
import type { WorkflowAction } from '@/lib/workflow/states'

import { useFormModified, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { errorMessageOf } from '@/lib/api/errorBody'
import { formatAdminTime } from '@/lib/i18n/adminFormat'
import { formatOffset, wallClockToInstant, zoneOffsetMinutes } from '@/lib/time/newsroomTime'

import { DiffText } from './DiffText'
import { stalePathParts, stateGlyph } from './labels'
import { useWorkflowAfterSave } from './useWorkflowAfterSave'
import { nextStepKey } from './nextStep'

type Props = {
  collection: string
  id: string
  overview: WorkflowOverview
  timeZone: string
  currentLocale: string | null
  /** Per translation, official names its source uses that it does not (lib/glossary). */
  glossary?: Partial<Record<Locale, GlossaryFinding[]>>
}

/**
 * Actions that put text in front of every reader at once: asked twice, naming the language. A
 * time typed into the schedule field is not a reason to publish now (a reviewer did exactly that
 * and broke an embargo), so the question says the time will be ignored.
 */
const GO_LIVE: ReadonlySet<WorkflowAction> = new Set(['publish', 'force-publish'])
/**
 * Asked twice too: taking a live language away from readers (a reviewer withdrew one with a single
 * click, meaning to look at the reason field first).
 */
const TAKE_DOWN: ReadonlySet<WorkflowAction> = new Set(['withdraw', 'unpublish'])

/** Actions whose note is required, and what the note is for. */
const notePrompts: Partial<Record<WorkflowAction, AdminKey>> = {
  reject: 'warta:workflow:notePrompts:reject',
  withdraw: 'warta:workflow:notePrompts:withdraw',
  'force-publish': 'warta:workflow:notePrompts:force-publish',
}

/** Buttons in the order a person reads them; publishing now and scheduling are separate groups. */
const reviewActions: readonly WorkflowAction[] = ['submit', 'approve', 'reject', 'unpublish', 'withdraw']
const publishNowActions: readonly WorkflowAction[] = ['publish', 'force-publish']

/** Actions that put a new edition in front of readers; after an earlier publication they need a change note. */
const REPUBLISHING: ReadonlySet<WorkflowAction> = new Set(['publish', 'schedule', 'force-publish'])

/** What the panel says after the reload that follows a successful action. */
const DONE_KEY = 'warta-workflow-done'
const DONE_SHOWN_MS = 15_000
/**
 * What was typed into the panel for the other languages (notes, change notes, "minor change",
 * publication times), kept across the reload that shows an action's result: a change note typed
 * for Chinese was gone once English was published.
 */
const TYPED_KEY = 'warta-workflow-typed'
type Typed = {
  document: string
  at: number
  notes: Record<string, string>
  changeNotes: Record<string, string>
  minorChanges: Record<string, boolean>
  times: Record<string, string>
}

export function WorkflowActions({ collection, id, overview: rendered, timeZone, currentLocale, glossary: renderedGlossary = {} }: Props) {
  // After a Save Draft, the states as the save left them; until then, the page's.
  const afterSave = useWorkflowAfterSave(collection, id)
  const overview = afterSave?.overview ?? rendered
  const glossary = afterSave?.glossary ?? renderedGlossary
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [changeNotes, setChangeNotes] = useState<Record<string, string>>({})
  const [minorChanges, setMinorChanges] = useState<Record<string, boolean>>({})
  const [times, setTimes] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState<{ locale: Locale; action: WorkflowAction } | null>(null)
  // Every action works on the saved text: pressed with changes on the page unsaved, it acted on the
  // text before them, and the reload that shows its result then asked to leave without saving them.
  const unsaved = useFormModified()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const language = (locale: Locale) => t(`warta:languages:${locale}`)
  const sourceEntry = overview.locales.find((entry) => entry.isSource)
  // "bahasa Tionghoa" inside a sentence, "Bahasa Tionghoa" as a heading.
  const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1)
  // "Q&A item 3 · Answer" rather than the stored path items.q3.answer.
  const staleFieldName = (path: string): string => {
    // A required choice ("openingStatements or items": one of them must have text).
    const choice = path.split(' or ')
    if (choice.length > 1) return new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(choice.map(staleFieldName))
    const { field, item } = stalePathParts(path)
    const name = t(`warta:fields:${field}` as AdminKey)
    return item === null ? name : t('warta:workflow:staleItemField', { number: item, field: name })
  }
  const fieldNames = (paths: readonly string[]) => paths.map(staleFieldName).join(', ')
  const formatTime = (instant: Date) => formatAdminTime(instant, timeZone, i18n.language)
  const typedTime = (locale: Locale) => (times[locale] ? wallClockToInstant(times[locale] ?? '', timeZone) : null)
  const document = `${collection}/${id}`

  // The confirmation of the last action survives the reload that shows its result (and a remount
  // of the panel right after it): kept for a few seconds, then forgotten.
  useEffect(() => {
    const stored = window.sessionStorage.getItem(DONE_KEY)
    if (!stored) return
    const done = JSON.parse(stored) as { document: string; text: string; at: number }
    if (Date.now() - done.at > DONE_SHOWN_MS) {
      window.sessionStorage.removeItem(DONE_KEY)
      return
    }
    if (done.document === document) setMessage({ kind: 'ok', text: done.text })
  }, [document])

  useEffect(() => {
    const stored = window.sessionStorage.getItem(TYPED_KEY)
    if (!stored) return
    let typed: Typed
    try {
      typed = JSON.parse(stored) as Typed
    } catch {
      window.sessionStorage.removeItem(TYPED_KEY)
      return
    }
    // Kept for as long as the confirmation, not removed on first read: the panel can mount again
    // right after the reload (as the confirmation's comment above says), and would then lose it.
    if (Date.now() - typed.at > DONE_SHOWN_MS) {
      window.sessionStorage.removeItem(TYPED_KEY)
      return
    }
    if (typed.document !== document) return
    setNotes(typed.notes)
    setChangeNotes(typed.changeNotes)
    setMinorChanges(typed.minorChanges)
    setTimes(typed.times)
  }, [document])

  /** Reloads to show an action's result, keeping what was typed for languages other than `done` (the one acted on). */
  const reloadKeepingTyped = (done: Locale | null) => {
    const others = <T,>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([locale]) => locale !== done))
    const typed: Typed = { document, at: Date.now(), notes: others(notes), changeNotes: others(changeNotes), minorChanges: others(minorChanges), times: others(times) }
    window.sessionStorage.setItem(TYPED_KEY, JSON.stringify(typed))
    window.location.reload()
  }

  /**
   * A language readers have had needs, for its new edition, a change note they will see or an
   * explicit "minor change". The server refuses without one (422), but said so only after the
   * "publish now?" question had been answered, naming a control that did not exist; the panel asks
   * first, next to the field and the checkbox.
   */
  const lacksChangeNote = (locale: Locale, action: WorkflowAction) => {
    const wasPublic = overview.locales.some((entry) => entry.locale === locale && entry.publication !== 'none')
    return wasPublic && REPUBLISHING.has(action) && !changeNotes[locale]?.trim() && !minorChanges[locale]
  }

  const ask = (locale: Locale, action: WorkflowAction) => {
    if (lacksChangeNote(locale, action)) {
      setConfirming(null)
      setMessage({ kind: 'error', text: t('warta:workflow:changeNoteNeeded', { language: capitalized(language(locale)) }) })
      return
    }
    if ((GO_LIVE.has(action) || TAKE_DOWN.has(action)) && (confirming?.locale !== locale || confirming.action !== action)) {
      setMessage(null)
      setConfirming({ locale, action })
      return
    }
    setConfirming(null)
    void run(locale, action)
  }

  /**
   * The question, and its yes. Publishing a scheduled language now ends its embargo early: the
   * question names the scheduled time (it said only "publish now?" beside "Scheduled for …").
   */
  const confirmation = (entry: LocaleOverview, action: WorkflowAction): { question: string; yes: string; label: string } => {
    const named = { language: language(entry.locale) }
    if (action === 'withdraw' || action === 'unpublish') {
      return {
        question: t(`warta:workflow:confirmTakeDown:${action}`, named),
        yes: t(`warta:workflow:confirmTakeDownYes:${action}`, named),
        label: t(`warta:workflow:confirmTakeDownLabel:${action}`, named),
      }
    }
    const typed = typedTime(entry.locale)
    const question = entry.scheduledAt
      ? t('warta:workflow:confirmNowBeforeSchedule', { ...named, time: formatTime(new Date(entry.scheduledAt)) })
      : typed
        ? t('warta:workflow:confirmNowIgnoringTime', { ...named, time: formatTime(typed) })
        : t('warta:workflow:confirmNow', named)
    return { question, yes: t('warta:workflow:confirmYes', named), label: t('warta:workflow:confirmLabel', named) }
  }

  const run = async (locale: Locale, action: WorkflowAction) => {
    const at = action === 'schedule' ? typedTime(locale) : null
    if (action === 'schedule' && !at) {
      setMessage({ kind: 'error', text: t('warta:workflow:chooseTime', { timeZone, language: language(locale) }) })
      return
    }
    setBusy(`${locale}:${action}`)
    setMessage(null)
    const isMinorChange = minorChanges[locale] === true
    const changeNote = isMinorChange ? undefined : changeNotes[locale]?.trim() || undefined
    const response = await fetch(`/api/${collection}/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action,
        locale,
        note: notes[locale]?.trim() || undefined,
        changeNote,
        minorChange: isMinorChange || undefined,
        at: at?.toISOString(),
      }),
    })
    setBusy(null)
    if (response.ok) {
      const text = t(`warta:workflow:done:${action}`, { language: language(locale), time: at ? formatTime(at) : '' })
      window.sessionStorage.setItem(DONE_KEY, JSON.stringify({ document, text, at: Date.now() }))
      // A full reload: the form, the version list and this panel all change with the state.
      reloadKeepingTyped(locale)
      return
    }
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string; missingFields?: Partial<Record<Locale, string[]>> }[] }
    // The server names empty fields by path and in English; the panel says it in the admin language.
    const missing = body.errors?.[0]?.missingFields?.[locale]
    const text = missing?.length
      ? t('warta:workflow:refusedMissing', { language: capitalized(language(locale)), fields: fieldNames(missing) })
      : errorMessageOf(body)
    setMessage({ kind: 'error', text: text ?? t('warta:workflow:serverAnswered', { status: response.status }) })
  }

  /** "Still correct": one stale part of a translation holds as it is; the page reloads to show the rest. */
  const confirmPart = async (locale: Locale, path: string) => {
    setBusy(`${locale}:confirm:${path}`)
    setMessage(null)
    const response = await fetch(`/api/${collection}/${id}/confirm`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale, path }),
    })
    setBusy(null)
    if (response.ok) {
      const text = t('warta:workflow:confirmedPart', { part: staleFieldName(path) })
      window.sessionStorage.setItem(DONE_KEY, JSON.stringify({ document, text, at: Date.now() }))
      reloadKeepingTyped(null)
      return
    }
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    setMessage({ kind: 'error', text: errorMessageOf(body) ?? t('warta:workflow:serverAnswered', { status: response.status }) })
  }

  /** An action's button: enabled when allowed now, disabled with its reason when only not yet. */
  const button = (entry: LocaleOverview, action: WorkflowAction, label?: string) => {
    const blocked = entry.blocked.find((item) => item.action === action)
    if (!entry.actions.includes(action) && !blocked) return null
    const text = label ?? t(`warta:workflow:buttons:${action}`, { language: language(entry.locale) })
    if (blocked) {
      const reasonId = `warta-blocked-${entry.locale}-${action}`
      const reason = t('warta:workflow:notYet', {
        reason: t(`warta:workflow:blocked:${blocked.reason}`, {
          language: language(entry.locale),
          source: language(overview.sourceLocale),
        }),
      })
      return (
        <span key={action} className="warta-blocked" data-blocked={action} style={{ width: '100%' }}>
          <button type="button" className="btn btn--style-secondary btn--size-small" data-action={action} disabled aria-describedby={reasonId} title={reason} style={{ margin: 0, opacity: 0.5, cursor: 'not-allowed' }}>
            {text}
          </button>{' '}
          <small id={reasonId} className="warta-blocked-reason">
            {reason}
          </small>
        </span>
      )
    }
    return (
      <button
        key={action}
        type="button"
        className={`btn btn--size-small ${GO_LIVE.has(action) ? 'btn--style-primary' : 'btn--style-secondary'}`}
        data-action={action}
        disabled={busy !== null || unsaved}
        aria-describedby={unsaved ? 'warta-workflow-unsaved' : undefined}
        onClick={() => ask(entry.locale, action)}
        style={unsaved ? { margin: 0, opacity: 0.5, cursor: 'not-allowed' } : { margin: 0 }}
      >
        {text}
      </button>
    )
  }

  const offset = formatOffset(zoneOffsetMinutes(new Date(), timeZone))

  return (
    <section className="warta-workflow" aria-label={t('warta:workflow:heading')}>
      <h4 style={{ margin: '0 0 .25rem' }}>{t('warta:workflow:heading')}</h4>
      <p className="warta-timezone" style={{ margin: '0 0 .5rem', fontSize: '.85em' }}>
        {t('warta:workflow:timeZone', { timeZone, offset })}
      </p>
      {unsaved ? (
        <p id="warta-workflow-unsaved" className="warta-workflow-unsaved" role="status" style={{ padding: '.5rem', borderRadius: 4, background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' }}>
          {t('warta:workflow:unsaved')}
        </p>
      ) : null}
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`warta-workflow-message ${message.kind}`}
          style={{
            padding: '.5rem',
            borderRadius: 4,
            background: message.kind === 'error' ? 'var(--theme-error-100)' : 'var(--theme-success-100)',
            color: message.kind === 'error' ? 'var(--theme-error-800)' : 'var(--theme-success-800)',
          }}
        >
          {message.text}
        </p>
      ) : null}
      {overview.locales.map((entry) => {
        const typed = typedTime(entry.locale)
        const canSchedule = entry.actions.includes('schedule')
        const asked = confirming?.locale === entry.locale ? confirmation(entry, confirming.action) : null
        return (
          <div
            key={entry.locale}
            className="warta-workflow-locale"
            data-locale={entry.locale}
            data-state={entry.display}
            style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '.5rem 0', fontWeight: entry.locale === currentLocale ? 600 : undefined }}
          >
            <div>
              <strong>{capitalized(language(entry.locale))}</strong>
              {entry.isSource ? ` ${t('warta:workflow:source')}` : ''} {stateGlyph(entry.display)}{' '}
              <span className="warta-state">{t(`warta:states:${entry.display}`)}</span>
              {entry.publication !== 'none' && entry.display !== entry.publication ? (
                <span> · {t('warta:workflow:readers', { publication: t(`warta:publication:${entry.publication}`) })}</span>
              ) : null}
              {entry.progress && entry.progress.total > 0 ? (
                <span className="warta-progress" data-done={entry.progress.done} data-total={entry.progress.total}>
                  {' '}
                  · {t('warta:workflow:progress', { done: entry.progress.done, total: entry.progress.total })}
                </span>
              ) : null}
            </div>
            {entry.scheduledAt ? (
              <div className={`warta-scheduled${entry.isOverdue ? ' warta-overdue' : ''}`} style={{ display: 'flex', flexWrap: 'wrap', gap: '.25rem', alignItems: 'center' }}>
                <span>
                  {t('warta:workflow:scheduledFor', { time: formatTime(new Date(entry.scheduledAt)) })}
                  {entry.isOverdue ? t('warta:workflow:overdue') : ''}
                </span>
                {button(entry, 'unschedule')}
              </div>
            ) : null}
            {entry.note ? <div className="warta-review-note">{t('warta:workflow:reviewerNote', { note: entry.note })}</div> : null}
            {entry.stale ? (
              <details open className="warta-stale">
                <summary>{t('warta:workflow:staleSummary', { changed: entry.staleFields.length })}</summary>
                <ul>
                  {entry.staleFields.map((field) => (
                    <li key={field.path} data-path={field.path}>
                      <strong>{staleFieldName(field.path)}</strong>: <DiffText before={field.before} after={field.after} empty={t('warta:workflow:empty')} />
                      {entry.canConfirm ? (
                        <div>
                          <button
                            type="button"
                            className="btn btn--style-secondary btn--size-small"
                            data-confirm-part={field.path}
                            disabled={busy !== null || unsaved}
                            onClick={() => void confirmPart(entry.locale, field.path)}
                            style={{ margin: '.25rem 0 0' }}
                          >
                            {t('warta:workflow:stillCorrect')}
                          </button>
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
                <p style={{ margin: 0, fontSize: '.85em', opacity: 0.8 }}>{t('warta:workflow:staleHint')}</p>
              </details>
            ) : null}
            {glossary[entry.locale]?.length ? (
              <details open className="warta-glossary-unresolved">
                <summary>⚠ {t('warta:glossary:panelSummary', { number: glossary[entry.locale]!.length })}</summary>
                <ul>
                  {glossary[entry.locale]!.map((finding) => (
                    <li key={`${finding.path}:${finding.source}`} data-path={finding.path}>
                      {t('warta:glossary:panelItem', { part: staleFieldName(finding.path), source: finding.source, target: finding.target })}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {entry.missingFields.length > 0 && entry.display !== 'missing' ? (
              <div className="warta-missing">{t('warta:workflow:stillEmpty', { fields: fieldNames(entry.missingFields) })}</div>
            ) : null}
            {entry.actions.length === 0 && entry.blocked.length === 0 && entry.display !== 'missing' && nextStepKey(entry, sourceEntry) ? (
              // Nothing here for this person: say whose step it is, so an edit never ends without a word.
              <div className="warta-next-step" data-next-step={entry.state} style={{ fontWeight: 'normal', fontSize: '.9em', opacity: 0.85, marginTop: '.25rem' }}>
                {t(nextStepKey(entry, sourceEntry)!, { language: language(entry.locale), source: language(overview.sourceLocale) })}
              </div>
            ) : null}
            {entry.actions.length > 0 || entry.blocked.length > 0 ? (
              <div className="warta-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '.25rem', marginTop: '.25rem', alignItems: 'center' }}>
                {entry.actions.some((action) => action in notePrompts || action === 'approve') ? (
                  <input
                    aria-label={t('warta:workflow:noteFor', { language: language(entry.locale) })}
                    placeholder={t(entry.actions.map((action) => notePrompts[action]).find(Boolean) ?? 'warta:workflow:noteOptional')}
                    value={notes[entry.locale] ?? ''}
                    onChange={(event) => setNotes({ ...notes, [entry.locale]: event.target.value })}
                    style={{ width: '100%' }}
                  />
                ) : null}
                {entry.publication !== 'none' && entry.actions.some((action) => action === 'publish' || action === 'schedule' || action === 'force-publish') ? (
                  <div className="warta-change-note" style={{ width: '100%', display: 'flex', flexDirection: 'column', gap: '.25rem' }}>
                    <input
                      aria-label={t('warta:workflow:changeNoteFor', { language: language(entry.locale) })}
                      title={t('warta:workflow:changeNoteFor', { language: language(entry.locale) })}
                      placeholder={t('warta:workflow:changeNotePlaceholder')}
                      value={changeNotes[entry.locale] ?? ''}
                      disabled={minorChanges[entry.locale] === true}
                      onChange={(event) => setChangeNotes({ ...changeNotes, [entry.locale]: event.target.value })}
                      style={{ width: '100%' }}
                    />
                    <label style={{ display: 'flex', gap: '.375rem', alignItems: 'center', fontWeight: 'normal' }}>
                      <input
                        type="checkbox"
                        checked={minorChanges[entry.locale] === true}
                        onChange={(event) => setMinorChanges({ ...minorChanges, [entry.locale]: event.target.checked })}
                      />
                      {t('warta:workflow:minorChange')}
                    </label>
                  </div>
                ) : null}
                {reviewActions.map((action) => button(entry, action))}
                {publishNowActions.map((action) => button(entry, action))}
                {canSchedule ? (
                  <div className="warta-schedule" style={{ width: '100%', display: 'flex', flexWrap: 'wrap', gap: '.25rem', alignItems: 'center' }}>
                    <input
                      type="datetime-local"
                      aria-label={t('warta:workflow:publicationTimeFor', { language: language(entry.locale), timeZone })}
                      title={t('warta:workflow:publicationTimeFor', { language: language(entry.locale), timeZone })}
                      value={times[entry.locale] ?? ''}
                      onChange={(event) => setTimes({ ...times, [entry.locale]: event.target.value })}
                    />
                    {button(
                      entry,
                      'schedule',
                      typed ? t('warta:workflow:scheduleAt', { language: language(entry.locale), time: formatTime(typed) }) : undefined,
                    )}
                  </div>
                ) : (
                  button(entry, 'schedule')
                )}
              </div>
            ) : null}
            {asked && confirming ? (
              <div className="warta-confirm" role="alertdialog" aria-label={asked.label} style={{ marginTop: '.5rem' }}>
                <p style={{ margin: '0 0 .25rem' }}>{asked.question}</p>
                <button type="button" className="btn btn--style-primary btn--size-small" data-confirm="yes" disabled={busy !== null} onClick={() => ask(entry.locale, confirming.action)}>
                  {asked.yes}
                </button>{' '}
                <button type="button" className="btn btn--style-secondary btn--size-small" data-confirm="no" onClick={() => setConfirming(null)}>
                  {t('warta:workflow:cancel')}
                </button>
              </div>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
