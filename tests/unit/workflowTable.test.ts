import type { Locale } from '@/lib/i18n/locales'
import type { Actor, LocaleRecord, TransitionRequest } from '@/lib/workflow/machine'
import type { WorkflowAction, WorkflowState } from '@/lib/workflow/states'

import { availableActions, decideTransition } from '@/lib/workflow/machine'
import { workflowActions, workflowStates } from '@/lib/workflow/states'

/**
 * The whole permission table of docs/workflow.md ("Who may do what" and the state diagram),
 * checked against the pure machine for every action × person × language role × state, in
 * milliseconds. The HTTP matrix (tests/int/workflowMatrix.test.ts) keeps only what HTTP adds.
 */

type Person = 'editor' | 'translator' | 'reviewer' | 'admin'

// Written from the docs' table, not from the code.
const mayAsk: Record<WorkflowAction, (person: Person, isSource: boolean) => boolean> = {
  submit: (person, isSource) => person === 'admin' || (isSource ? person === 'editor' : person === 'translator'),
  approve: (person) => person === 'reviewer' || person === 'admin',
  reject: (person) => person === 'reviewer' || person === 'admin',
  publish: (person) => person === 'reviewer' || person === 'admin',
  schedule: (person) => person === 'reviewer' || person === 'admin',
  unschedule: (person) => person === 'reviewer' || person === 'admin',
  unpublish: (person) => person === 'reviewer' || person === 'admin',
  withdraw: (person) => person === 'reviewer' || person === 'admin',
  'force-publish': (person) => person === 'admin',
}

// The state diagram: where each action may start and where it leads.
const edges: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  publish: { from: ['approved', 'scheduled'], to: 'published' },
  schedule: { from: ['approved'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'approved' },
  unpublish: { from: ['published', 'withdrawn'], to: 'unpublished' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  'force-publish': { from: workflowStates.filter((state) => state !== 'published'), to: 'published' },
}

const now = new Date('2024-09-03T03:00:00Z')

const actorFor = (person: Person): Actor => ({
  kind: 'user',
  id: `${person}-1`,
  roles: [person],
  locales: person === 'translator' ? ['zh', 'en'] : [],
})

/** A locale in `state`; its source (when it is a translation) live and published, nobody's own work. */
const requestFor = (action: WorkflowAction, person: Person, isSource: boolean, state: WorkflowState): TransitionRequest => {
  const record: LocaleRecord = {
    state,
    publication: state === 'published' ? 'live' : state === 'withdrawn' ? 'withdrawn' : state === 'unpublished' ? 'unpublished' : 'none',
    stale: false,
    submittedBy: 'someone-else',
    authors: [],
  }
  const sourceRecord: LocaleRecord = { state: 'published', publication: 'live', stale: false, submittedBy: null, authors: [] }
  const locale: Locale = isSource ? 'id' : 'zh'
  return {
    action,
    locale,
    sourceLocale: 'id',
    actor: actorFor(person),
    record,
    sourceRecord: isSource ? record : sourceRecord,
    missingFields: [],
    note: 'A note',
    changeNote: 'Corrected a date.',
    at: new Date(now.getTime() + 3_600_000),
    now,
  }
}

const people: Person[] = ['editor', 'translator', 'reviewer', 'admin']
const cases = workflowActions.flatMap((action) =>
  people.flatMap((person) => [true, false].flatMap((isSource) => workflowStates.map((state) => ({ action, person, isSource, state })))),
)

test(`the machine follows the documented table in all ${cases.length} cases`, () => {
  const wrong = cases.flatMap(({ action, person, isSource, state }) => {
    const decision = decideTransition(requestFor(action, person, isSource, state))
    const expected = !mayAsk[action](person, isSource)
      ? { status: 403 }
      : !edges[action].from.includes(state)
        ? { status: 409 }
        : { to: edges[action].to }
    const got = decision.ok ? { to: decision.to } : { status: decision.status }
    return JSON.stringify(got) === JSON.stringify(expected) ? [] : [{ action, person, isSource, state, expected, got }]
  })
  expect(wrong).toEqual([])
})

test('the admin shows exactly the buttons whose decision would succeed once the dialog is filled in', () => {
  for (const { person, isSource, state } of cases.filter((entry) => entry.action === 'submit')) {
    const { action: _ignored, ...base } = requestFor('submit', person, isSource, state)
    // Without a note, a time or complete text: those are asked for in the dialog, so they never hide a button.
    const bare = { ...base, note: null, changeNote: null, at: null, missingFields: ['title'] }
    const shown = availableActions(bare, workflowActions)
    const succeeding = workflowActions.filter((action) => decideTransition({ ...base, action }).ok)
    expect({ person, isSource, state, shown }).toEqual({ person, isSource, state, shown: succeeding })
  }
})

test('refusals that depend on the document, not the person, hide the button too', () => {
  const stale = requestFor('publish', 'reviewer', false, 'approved')
  stale.record = { ...stale.record, stale: true }
  const { action: _a, ...staleBase } = stale
  expect(availableActions(staleBase, ['publish', 'approve'])).toEqual(['approve'])
  expect(decideTransition(stale)).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/stale/) })

  const ownWork = requestFor('approve', 'reviewer', true, 'submitted')
  ownWork.record = { ...ownWork.record, submittedBy: 'reviewer-1' }
  const { action: _b, ...ownBase } = ownWork
  expect(availableActions(ownBase, ['approve', 'reject'])).toEqual(['reject'])
  expect(decideTransition(ownWork)).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/four eyes/) })

  const early = requestFor('publish', 'reviewer', false, 'approved')
  early.sourceRecord = { ...early.sourceRecord, state: 'approved', publication: 'none' }
  const { action: _c, ...earlyBase } = early
  expect(availableActions(earlyBase, ['publish'])).toEqual([])
  expect(decideTransition(early)).toMatchObject({ ok: false, status: 409, message: 'Publish the source language (Indonesian) before its translation (Chinese).' })
})

test('what the dialog supplies is checked in the documented order, each refusal naming what is missing', () => {
  const publish = requestFor('publish', 'reviewer', true, 'approved')
  expect(decideTransition({ ...publish, missingFields: ['body'] })).toEqual({
    ok: false,
    status: 422,
    message: 'Indonesian is missing required fields: body.',
    said: { key: 'warta:refusals:missingFields', params: { language: 'id', fields: 'body' } },
    missingFields: ['body'],
  })
  const republish = { ...requestFor('publish', 'reviewer', true, 'approved'), note: null, changeNote: null }
  republish.record = { ...republish.record, publication: 'live' }
  expect(decideTransition(republish)).toMatchObject({ status: 422, message: expect.stringMatching(/change note/) })
  expect(decideTransition({ ...republish, minorChange: true })).toEqual({ ok: true, to: 'published', flagged: false, isRepublish: true })
  expect(decideTransition({ ...requestFor('schedule', 'reviewer', true, 'approved'), at: new Date(now.getTime() - 1) })).toMatchObject({
    status: 422,
    message: expect.stringMatching(/in the past/),
  })
  expect(decideTransition({ ...requestFor('reject', 'reviewer', true, 'submitted'), note: '  ' })).toMatchObject({ status: 422 })
  expect(decideTransition({ ...requestFor('withdraw', 'reviewer', true, 'published'), note: null })).toMatchObject({ status: 422 })
  expect(decideTransition({ ...requestFor('force-publish', 'admin', true, 'draft'), note: '' })).toMatchObject({ status: 422 })
  expect(decideTransition(requestFor('force-publish', 'admin', true, 'draft'))).toEqual({ ok: true, to: 'published', flagged: true, isRepublish: false })
})
