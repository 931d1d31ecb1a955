import type { Actor, LocaleRecord } from '@/lib/workflow/machine'

import { availableActions, blockedActions } from '@/lib/workflow/machine'
import { workflowActions } from '@/lib/workflow/states'

/**
 * What the admin shows disabled, with a reason, rather than hiding (issue 12, item 7): actions the
 * person may take in principle, from this state, that a rule refuses only for now.
 */
const reviewer: Actor = { kind: 'user', id: 7, roles: ['reviewer'], locales: [] }
const translator: Actor = { kind: 'user', id: 8, roles: ['translator'], locales: ['zh'] }
const record = (state: LocaleRecord['state'], extra: Partial<LocaleRecord> = {}): LocaleRecord => ({
  state,
  publication: 'none',
  stale: false,
  submittedBy: null,
  authors: [],
  ...extra,
})
const now = new Date('2030-01-01T00:00:00Z')
const request = (actor: Actor, zh: LocaleRecord, id: LocaleRecord) => ({
  locale: 'zh' as const,
  sourceLocale: 'id' as const,
  actor,
  record: zh,
  sourceRecord: id,
  missingFields: [],
  now,
})

test('publishing an approved translation before its source is live is blocked, with the reason', () => {
  const asked = request(reviewer, record('approved'), record('approved'))
  expect(availableActions(asked, workflowActions)).toEqual([])
  expect(blockedActions(asked, workflowActions).map(({ action, reason }) => ({ action, reason }))).toEqual([
    { action: 'publish', reason: 'sourceNotLive' },
    { action: 'schedule', reason: 'sourceNotScheduled' },
  ])
  expect(blockedActions(asked, ['publish'])[0]?.message).toBe('Publish the source language (Indonesian) before its translation (Chinese).')
  // Scheduling the source is enough to schedule the translation: the reason must not say "publish".
  expect(blockedActions(asked, ['schedule'])[0]?.message).toBe(
    'Schedule or publish the source language (Indonesian) before scheduling its translation (Chinese).',
  )
  const sourceScheduled = record('scheduled', { scheduledAt: '2030-02-01T03:00:00.000Z' })
  expect(availableActions(request(reviewer, record('approved'), sourceScheduled), workflowActions)).toContain('schedule')
})

test('a reviewer who submitted a translation sees approve blocked by four eyes', () => {
  const asked = request(reviewer, record('submitted', { submittedBy: 7 }), record('published', { publication: 'live' }))
  expect(blockedActions(asked, workflowActions).map(({ action, reason }) => ({ action, reason }))).toEqual([
    { action: 'approve', reason: 'ownSubmission' },
  ])
})

test('nothing is shown blocked to a person the action is not for, nor from a state it cannot start in', () => {
  expect(blockedActions(request(translator, record('approved'), record('approved')), workflowActions)).toEqual([])
  expect(blockedActions(request(reviewer, record('draft'), record('draft')), workflowActions)).toEqual([])
})
