import type { Role } from '@/access/roles'
import type { Locale } from '@/lib/i18n/locales'
import type { Said } from '@/lib/i18n/said'

import { sayInEnglish } from '@/lib/i18n/said'

import type { PublicationState, WorkflowAction, WorkflowState } from './states'

/**
 * The editorial state machine, pure and written as one table (`workflowRules`): for each action,
 * the states it starts from, who may ask, the checks in order, and the state it leads to. The
 * endpoint, the scheduler and the tests go through `decideTransition`; the admin's buttons through
 * `availableActions`, which reads the same table. docs/workflow.md draws it.
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
  /** When a scheduled locale goes live (ISO); absent or null otherwise. */
  scheduledAt?: string | null
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
  | { ok: false; status: 403 | 409 | 422; message: string; said: Said; missingFields?: readonly string[] }

/** `message` is the English sentence (logs, the scheduler); `said` renders it in the asker's language. */
type Refusal = { status: 403 | 409 | 422; message: string; said: Said; missingFields?: readonly string[] }

const refusal = (status: Refusal['status'], said: Said): Refusal => ({ status, said, message: sayInEnglish(said) })

const has = (actor: Actor, ...roles: Role[]) =>
  actor.kind === 'system' || actor.roles.some((role) => (roles as string[]).includes(role))

const isAdmin = (actor: Actor) => actor.kind === 'system' || actor.roles.includes('admin')

const sameUser = (actor: Actor, id: UserId | null) => actor.kind === 'user' && id !== null && String(actor.id) === String(id)

const isLive = (record: LocaleRecord) => record.publication === 'live' || record.publication === 'withdrawn'

/** States a translation's source must be in before the translation may be approved. */
const approvedSourceStates: readonly WorkflowState[] = ['approved', 'scheduled', 'published']

/** What every rule's parts are given: the request, plus facts derived from it once. */
type Context = TransitionRequest & { isSource: boolean; note: string; isRepublish: boolean; isAcceptingStale: boolean }

/**
 * A check refuses with a status: 403 (not this person), 409 (not in this state of the document),
 * or 422 (something the person can supply in the dialog: a note, a time, missing text). The
 * admin shows a button when only 422 checks would refuse, so the dialog can say what is missing.
 */
type Check = {
  status: Refusal['status']
  refuse: (context: Context) => Said | null
  withMissingFields?: boolean
  /** For a 403/409 check: names the reason so the admin can say it in the person's language. */
  reason?: BlockedReason
}

/**
 * Why an action this person may take in principle is not possible right now (the admin shows the
 * button disabled with this reason, in the admin language; the API answers with the check's message).
 */
export type BlockedReason = 'stale' | 'sourceNotLive' | 'sourceNotScheduled' | 'ownSubmission' | 'ownWriting' | 'sourceNotApproved'

type Rule = {
  from: readonly WorkflowState[]
  /** Null when the actor may ask; otherwise why not (403). */
  who: (context: Context) => Said | null
  checks: readonly Check[]
  to: (context: Context) => WorkflowState
  flagged?: boolean
}

const reviewer = (action: WorkflowAction) => (context: Context): Said | null =>
  has(context.actor, 'reviewer', 'admin') ? null : { key: 'warta:refusals:reviewerOnly', params: { action } }

const complete: Check = {
  status: 422,
  withMissingFields: true,
  refuse: ({ locale, missingFields }) =>
    missingFields.length > 0 ? { key: 'warta:refusals:missingFields', params: { language: locale, fields: missingFields.join(', ') } } : null,
}

const changeNoted: Check = {
  status: 422,
  refuse: ({ action, locale, isRepublish, changeNote, note, minorChange }) => {
    // For force-publish the note is the internal reason; elsewhere it may carry the change note.
    const given = (action === 'force-publish' ? changeNote : changeNote ?? note)?.trim()
    return isRepublish && !given && !minorChange
      ? { key: 'warta:refusals:changeNoteNeeded', params: { language: locale } }
      : null
  },
}

const notStale: Check = {
  status: 409,
  reason: 'stale',
  refuse: ({ locale, record }) => (record.stale ? { key: 'warta:refusals:stale', params: { language: locale } } : null),
}

const sourceLive: Check = {
  status: 409,
  reason: 'sourceNotLive',
  refuse: ({ locale, sourceLocale, isSource, sourceRecord }) =>
    !isSource && !isLive(sourceRecord) ? { key: 'warta:refusals:sourceNotLive', params: { language: locale, source: sourceLocale } } : null,
}

/**
 * Scheduling a translation: its source is live, or scheduled no later than the translation (an
 * embargo in every language at once). The scheduler's publish checks `sourceLive` again at the
 * time, so a source unscheduled meanwhile keeps its translation from going live alone.
 */
const sourceLiveBy: Check = {
  status: 409,
  // Not "publish the source first": a reviewer planning an embargo would read that as an order to
  // publish the source now, when scheduling it is enough.
  reason: 'sourceNotScheduled',
  refuse: (context) => {
    const { locale, sourceLocale, isSource, sourceRecord, at } = context
    if (isSource || isLive(sourceRecord)) return null
    const sourceAt = sourceRecord.state === 'scheduled' && sourceRecord.scheduledAt ? Date.parse(sourceRecord.scheduledAt) : Number.NaN
    if (Number.isNaN(sourceAt)) return { key: 'warta:refusals:sourceNotScheduled', params: { language: locale, source: sourceLocale } }
    // Without a time yet (the admin's button), the time check asks for one; with one, not before the source's.
    return at && at.getTime() < sourceAt
      ? { key: 'warta:refusals:beforeSource', params: { language: locale, source: sourceLocale, time: new Date(sourceAt).toISOString() } }
      : null
  },
}

const reviewed: Check[] = [notStale, sourceLive]

/** The whole permission table. docs/workflow.md and tests/unit/workflowTable.test.ts follow it. */
export const workflowRules: Record<WorkflowAction, Rule> = {
  submit: {
    from: ['draft', 'rejected'],
    who: ({ actor, locale, isSource }) => {
      if (isAdmin(actor)) return null
      if (isSource && has(actor, 'editor')) return null
      if (!isSource && has(actor, 'translator') && actor.kind === 'user' && actor.locales.includes(locale)) return null
      return isSource
        ? { key: 'warta:refusals:editorSubmitsSource', params: { language: locale } }
        : { key: 'warta:refusals:translatorSubmits', params: { language: locale } }
    },
    checks: [complete],
    to: () => 'submitted',
  },
  approve: {
    from: ['submitted'],
    who: reviewer('approve'),
    checks: [
      {
        status: 403,
        reason: 'ownSubmission',
        refuse: ({ actor, locale, record }) =>
          sameUser(actor, record.submittedBy) ? { key: 'warta:refusals:ownSubmission', params: { language: locale } } : null,
      },
      {
        status: 403,
        reason: 'ownWriting',
        refuse: ({ actor, locale, record }) =>
          record.authors.some((author) => sameUser(actor, author))
            ? { key: 'warta:refusals:ownWriting', params: { language: locale } }
            : null,
      },
      {
        status: 409,
        reason: 'sourceNotApproved',
        refuse: ({ isSource, sourceLocale, sourceRecord }) =>
          !isSource && !approvedSourceStates.includes(sourceRecord.state)
            ? { key: 'warta:refusals:sourceNotApproved', params: { source: sourceLocale, state: sourceRecord.state } }
            : null,
      },
    ],
    // Accepting a stale translation as it stands keeps it where it is (approved, scheduled, live).
    to: ({ isAcceptingStale, record }) => (isAcceptingStale ? record.state : 'approved'),
  },
  reject: {
    from: ['submitted'],
    who: reviewer('reject'),
    checks: [{ status: 422, refuse: ({ note, locale }) => (note ? null : { key: 'warta:refusals:rejectNote', params: { language: locale } }) }],
    to: () => 'rejected',
  },
  publish: {
    // A reviewer may publish a scheduled locale early; the scheduler publishes it on time.
    from: ['approved', 'scheduled'],
    who: reviewer('publish'),
    checks: [complete, ...reviewed, changeNoted],
    to: () => 'published',
  },
  schedule: {
    from: ['approved'],
    who: reviewer('schedule'),
    checks: [
      complete,
      notStale,
      sourceLiveBy,
      {
        status: 422,
        refuse: ({ at, locale }) => (!at || Number.isNaN(at.getTime()) ? { key: 'warta:refusals:timeRequired', params: { language: locale } } : null),
      },
      {
        status: 422,
        refuse: ({ at, now }) => (at && at.getTime() <= now.getTime() ? { key: 'warta:refusals:timePast', params: { time: at.toISOString() } } : null),
      },
      changeNoted,
    ],
    to: () => 'scheduled',
  },
  unschedule: { from: ['scheduled'], who: reviewer('unschedule'), checks: [], to: () => 'approved' },
  unpublish: { from: ['published', 'withdrawn'], who: reviewer('unpublish'), checks: [], to: () => 'unpublished' },
  withdraw: {
    from: ['published'],
    who: reviewer('withdraw'),
    checks: [{ status: 422, refuse: ({ note, locale }) => (note ? null : { key: 'warta:refusals:withdrawReason', params: { language: locale } }) }],
    to: () => 'withdrawn',
  },
  'force-publish': {
    from: ['draft', 'submitted', 'approved', 'rejected', 'scheduled', 'unpublished', 'withdrawn'],
    who: ({ actor }) => (isAdmin(actor) ? null : { key: 'warta:refusals:adminOnlyForce' }),
    checks: [
      complete,
      { status: 422, refuse: ({ note }) => (note ? null : { key: 'warta:refusals:forceReason' }) },
      changeNoted,
    ],
    to: () => 'published',
    flagged: true,
  },
}

const contextOf = (request: TransitionRequest): Context => {
  const { action, record } = request
  return {
    ...request,
    isSource: request.locale === request.sourceLocale,
    note: request.note?.trim() ?? '',
    isRepublish: isLive(record) || record.publication === 'unpublished',
    // Approving a stale locale that is already approved or live is the reviewer accepting the
    // translation as it stands against the changed source.
    isAcceptingStale: action === 'approve' && record.stale && approvedSourceStates.includes(record.state),
  }
}

/** The first refusal among who, from and the checks (only the checks `include` keeps), or null. */
const firstRefusal = (rule: Rule, context: Context, include: (check: Check) => boolean): (Refusal & { reason?: BlockedReason }) | null => {
  const notWho = rule.who(context)
  if (notWho) return refusal(403, notWho)
  const { action, locale, record } = context
  if (!context.isAcceptingStale && !rule.from.includes(record.state)) {
    return refusal(409, { key: 'warta:refusals:wrongState', params: { action, language: locale, state: record.state, from: rule.from } })
  }
  for (const check of rule.checks) {
    if (!include(check)) continue
    const said = check.refuse(context)
    if (said) {
      return {
        ...refusal(check.status, said),
        ...(check.withMissingFields ? { missingFields: context.missingFields } : {}),
        ...(check.reason ? { reason: check.reason } : {}),
      }
    }
  }
  return null
}

export const decideTransition = (request: TransitionRequest): TransitionDecision => {
  const rule = workflowRules[request.action]
  const context = contextOf(request)
  const refused = firstRefusal(rule, context, () => true)
  if (refused) return { ok: false, ...refused }
  const publishing = request.action === 'publish' || request.action === 'schedule' || request.action === 'force-publish'
  return { ok: true, to: rule.to(context), flagged: rule.flagged === true, isRepublish: publishing && context.isRepublish }
}

/**
 * The actions this actor could take on this locale right now (the admin's buttons): those whose
 * who, from and 403/409 checks pass. What only a 422 check would refuse (a missing note, time or
 * text) keeps its button; the dialog asks for it and the decision explains what is missing.
 */
export const availableActions = (request: Omit<TransitionRequest, 'action'>, actions: readonly WorkflowAction[]) =>
  actions.filter((action) => {
    const context = contextOf({ ...request, action })
    return firstRefusal(workflowRules[action], context, (check) => check.status !== 422) === null
  })

export type BlockedAction = { action: WorkflowAction; reason: BlockedReason; message: string; said: Said }

/**
 * Actions this actor may take in principle on this locale, from its current state, that a 403/409
 * check refuses right now (the source is not live yet, the translation is stale, four eyes): the
 * admin shows them disabled, with the reason, instead of hiding them without a word.
 */
export const blockedActions = (request: Omit<TransitionRequest, 'action'>, actions: readonly WorkflowAction[]): BlockedAction[] =>
  actions.flatMap((action) => {
    const refused = firstRefusal(workflowRules[action], contextOf({ ...request, action }), (check) => check.status !== 422)
    return refused?.reason ? [{ action, reason: refused.reason, message: refused.message, said: refused.said }] : []
  })
