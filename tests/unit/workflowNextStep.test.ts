import type { LocaleOverview } from '@/lib/workflow/overview'

import { nextStepKey } from '@/components/admin/Workflow/nextStep'

/**
 * The panel's "Next step" line, shown where the person looking has no action on a language: it
 * names whose step it is, and says nothing where that would be false (a stale translation, whose
 * box says what to do; a language nobody has a step on).
 */
const entry = (overrides: Partial<LocaleOverview>): LocaleOverview => ({
  locale: 'zh',
  isSource: false,
  state: 'draft',
  publication: 'none',
  display: 'draft',
  stale: false,
  staleFields: [],
  scheduledAt: null,
  isOverdue: false,
  note: null,
  missingFields: [],
  actions: [],
  blocked: [],
  progress: null,
  canConfirm: false,
  ...overrides,
}) as LocaleOverview

const liveSource = entry({ locale: 'id', isSource: true, state: 'published', publication: 'live' })
const draftSource = entry({ locale: 'id', isSource: true, state: 'draft' })
const scheduledSource = entry({ locale: 'id', isSource: true, state: 'scheduled' })

test.each([
  ['a translation in draft', entry({ state: 'draft' }), liveSource, 'warta:workflow:nextStep:translatorSubmits'],
  ['a translation sent back', entry({ state: 'rejected' }), liveSource, 'warta:workflow:nextStep:translatorSubmits'],
  ['the source in draft', draftSource, draftSource, 'warta:workflow:nextStep:sourceSubmits'],
  ['a submitted translation', entry({ state: 'submitted' }), liveSource, 'warta:workflow:nextStep:reviewerApproves'],
  ['an approved translation, source live', entry({ state: 'approved' }), liveSource, 'warta:workflow:nextStep:reviewerPublishes'],
  ['an approved translation, source scheduled', entry({ state: 'approved' }), scheduledSource, 'warta:workflow:nextStep:reviewerPublishes'],
  ['an approved translation, source not yet public', entry({ state: 'approved' }), draftSource, 'warta:workflow:nextStep:sourceFirst'],
  ['an approved translation gone stale', entry({ state: 'approved', stale: true }), liveSource, null],
  ['a published translation', entry({ state: 'published', publication: 'live' }), liveSource, null],
  ['a scheduled translation', entry({ state: 'scheduled' }), liveSource, null],
  ['an unpublished translation', entry({ state: 'unpublished', publication: 'unpublished' }), liveSource, null],
] as const)('%s', (_name, language, source, expected) => {
  expect(nextStepKey(language, source)).toBe(expected)
})
