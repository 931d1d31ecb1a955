import type { Role } from '@/access/roles'
import type { Locale } from '@/lib/i18n/locales'

import type { PublicationState, WorkflowAction, WorkflowState } from './states'

/**
 * The editorial state machine, pure: given who asks, what, for which locale and where that
 * locale stands, it says which state comes next or why not. The endpoint, the admin buttons, the
 * scheduler and the tests all go through `decideTransition`; docs/workflow.md draws it.
 */

export type UserId = number | string

export type Actor =
  | { kind: 'user'; id: UserId; roles: readonly (Role | string)[]; locales: readonly (Locale | string)[] }
  | { kind: 'system'; label: string }

export type LocaleRecord = {
  state: WorkflowState
  publication: PublicationState
  stale: boolean
  submittedBy: UserId | null
  authors: readonly UserId[]
}

export type TransitionRequest = {
  action: WorkflowAction
  locale: Locale
  sourceLocale: Locale
  actor: Actor
  record: LocaleRecord
  /** The source locale's record; for the source itself, the same as `record`. */
  sourceRecord: LocaleRecord
  /** Required fields still empty in this locale (see gates.ts). */
  missingFields: readonly string[]
  note?: string | null
  changeNote?: string | null
  minorChange?: boolean
  /** For `schedule`: the requested time, and the current time to compare it with. */
  at?: Date | null
  now: Date
}

export type TransitionDecision =
  | { ok: true; to: WorkflowState; flagged: boolean; isRepublish: boolean }
  | { ok: false; status: 403 | 409 | 422; message: string; missingFields?: readonly string[] }

const deny = (status: 403 | 409 | 422, message: string, missingFields?: readonly string[]): TransitionDecision => ({
  ok: false,
  status,
  message,
  ...(missingFields ? { missingFields } : {}),
})

const has = (actor: Actor, ...roles: Role[]) =>
  actor.kind === 'system' || actor.roles.some((role) => (roles as string[]).includes(role))

const isAdmin = (actor: Actor) => actor.kind === 'system' || actor.roles.includes('admin')

const sameUser = (actor: Actor, id: UserId | null) => actor.kind === 'user' && id !== null && String(actor.id) === String(id)

/** Which states each action may start from. */
export const allowedFrom: Record<WorkflowAction, readonly WorkflowState[]> = {
  submit: ['draft', 'rejected'],
  approve: ['submitted'],
  reject: ['submitted'],
  // A reviewer may publish a scheduled locale early; the scheduler publishes it on time.
  publish: ['approved', 'scheduled'],
  schedule: ['approved'],
  unschedule: ['scheduled'],
  unpublish: ['published', 'withdrawn'],
  withdraw: ['published'],
  'force-publish': ['draft', 'submitted', 'approved', 'rejected', 'scheduled', 'unpublished', 'withdrawn'],
}

const isLive = (record: LocaleRecord) => record.publication === 'live' || record.publication === 'withdrawn'

/** States a translation's source must be in before the translation may be approved. */
const approvedSourceStates: readonly WorkflowState[] = ['approved', 'scheduled', 'published']

const mayAct = (request: TransitionRequest): TransitionDecision | null => {
  const { action, actor, locale, sourceLocale } = request
  const isSource = locale === sourceLocale
  switch (action) {
    case 'submit':
      if (isAdmin(actor)) return null
      if (isSource && has(actor, 'editor')) return null
      if (!isSource && has(actor, 'translator') && actor.kind === 'user' && actor.locales.includes(locale)) return null
      return deny(
        403,
        isSource
          ? `Only an editor may submit the source language (${locale}).`
          : `Only a translator assigned to ${locale} may submit the ${locale} translation.`,
      )
    case 'force-publish':
      return isAdmin(actor) ? null : deny(403, 'Only an admin may force-publish.')
    default:
      return has(actor, 'reviewer', 'admin') ? null : deny(403, `Only a reviewer may ${action}.`)
  }
}

export const decideTransition = (request: TransitionRequest): TransitionDecision => {
  const { action, locale, sourceLocale, actor, record, sourceRecord, missingFields, now } = request
  const note = request.note?.trim() ?? ''
  const isSource = locale === sourceLocale

  const refusal = mayAct(request)
  if (refusal) return refusal

  // Approving a stale locale that is already approved or live is the reviewer accepting the
  // translation as it stands against the changed source.
  const isAcceptingStale =
    action === 'approve' && record.stale && (['approved', 'scheduled', 'published'] as WorkflowState[]).includes(record.state)

  if (!isAcceptingStale && !allowedFrom[action].includes(record.state)) {
    return deny(409, `Cannot ${action} ${locale}: it is ${record.state} (allowed from ${allowedFrom[action].join(', ')}).`)
  }

  const isRepublish = isLive(record) || record.publication === 'unpublished'

  switch (action) {
    case 'submit':
      if (missingFields.length > 0) {
        return deny(422, `${locale} is missing required fields: ${missingFields.join(', ')}.`, missingFields)
      }
      return { ok: true, to: 'submitted', flagged: false, isRepublish: false }

    case 'approve':
      if (sameUser(actor, record.submittedBy)) {
        return deny(403, `You submitted ${locale} yourself: another reviewer must approve it (four eyes).`)
      }
      if (record.authors.some((author) => sameUser(actor, author))) {
        return deny(403, `You wrote part of ${locale} yourself: another reviewer must approve it (four eyes).`)
      }
      if (!isSource && !approvedSourceStates.includes(sourceRecord.state)) {
        return deny(409, `Approve the source language (${sourceLocale}) first: it is ${sourceRecord.state}.`)
      }
      return { ok: true, to: isAcceptingStale ? record.state : 'approved', flagged: false, isRepublish: false }

    case 'reject':
      if (!note) return deny(422, `A note for the author is required to reject ${locale}.`)
      return { ok: true, to: 'rejected', flagged: false, isRepublish: false }

    case 'publish':
    case 'schedule':
    case 'force-publish': {
      if (missingFields.length > 0) {
        return deny(422, `${locale} is missing required fields: ${missingFields.join(', ')}.`, missingFields)
      }
      if (action === 'force-publish' && !note) {
        return deny(422, 'A written reason is required to force-publish without review.')
      }
      if (action !== 'force-publish') {
        if (record.stale) {
          return deny(409, `${locale} is stale: the source changed after it was approved. Update it, or approve it as is.`)
        }
        if (!isSource && !isLive(sourceRecord)) {
          return deny(409, `Publish the source language (${sourceLocale}) before its translation ${locale}.`)
        }
      }
      if (action === 'schedule') {
        if (!request.at || Number.isNaN(request.at.getTime())) {
          return deny(422, 'A time ("at", ISO 8601 with offset) is required to schedule.')
        }
        if (request.at.getTime() <= now.getTime()) return deny(422, `The scheduled time ${request.at.toISOString()} is in the past.`)
      }
      // For force-publish the note is the internal reason; elsewhere it may carry the change note.
      const changeNote = (action === 'force-publish' ? request.changeNote : request.changeNote ?? request.note)?.trim()
      if (isRepublish && !changeNote && !request.minorChange) {
        return deny(422, `${locale} was published before: give a change note for readers, or mark it a minor change.`)
      }
      return {
        ok: true,
        to: action === 'schedule' ? 'scheduled' : 'published',
        flagged: action === 'force-publish',
        isRepublish,
      }
    }

    case 'unschedule':
      return { ok: true, to: 'approved', flagged: false, isRepublish: false }

    case 'unpublish':
      return { ok: true, to: 'unpublished', flagged: false, isRepublish: false }

    case 'withdraw':
      if (!note) return deny(422, `A public reason is required to withdraw ${locale}.`)
      return { ok: true, to: 'withdrawn', flagged: false, isRepublish: false }
  }
}

/** The actions this actor could take on this locale right now (for the admin's buttons). */
export const availableActions = (request: Omit<TransitionRequest, 'action'>, actions: readonly WorkflowAction[]) =>
  actions.filter((action) => {
    const decision = decideTransition({ ...request, action, note: 'x', changeNote: 'x', at: new Date(request.now.getTime() + 60_000) })
    return decision.ok || decision.status === 422
  })
