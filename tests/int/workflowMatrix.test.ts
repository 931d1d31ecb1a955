import type { Locale } from '@/lib/i18n/locales'
import type { WorkflowAction } from '@/lib/workflow/states'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import {
  advance,
  createUsers,
  draftRelease,
  loginHeaders,
  stateOf,
  type TestRole,
  type TestUser,
} from '@/tests/helpers/workflow'

/**
 * What HTTP adds to the workflow's rules: every action for every role in the states where it
 * matters, over REST with a real login cookie — 401 for the signed-out, the rules' refusals as
 * 403/409 with a message in the error body, and the states after a 200. The expected statuses are
 * written out by hand from the permission table in docs/workflow.md; the whole table itself is
 * checked against the pure rules in tests/unit/workflowTable.test.ts.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>
const sessions = new Map<TestRole, Record<string, string>>()

beforeAll(async () => {
  t = await startTestPayload('workflow-matrix')
  users = await createUsers(t.payload)
  for (const role of Object.keys(users) as TestRole[]) sessions.set(role, await loginHeaders(t, users[role].email))
})
afterAll(async () => t?.stop())

const future = () => new Date(Date.now() + 3_600_000).toISOString()

type Setup = [WorkflowAction, Locale][]
const setups: Record<string, Setup> = {
  'id draft': [],
  'id submitted': [['submit', 'id']],
  'id approved': [
    ['submit', 'id'],
    ['approve', 'id'],
  ],
  'id scheduled': [
    ['submit', 'id'],
    ['approve', 'id'],
    ['schedule', 'id'],
  ],
  'id published': [
    ['submit', 'id'],
    ['approve', 'id'],
    ['publish', 'id'],
  ],
  'zh draft': [],
  'zh submitted, id draft': [['submit', 'zh']],
  'zh submitted, id approved': [
    ['submit', 'id'],
    ['approve', 'id'],
    ['submit', 'zh'],
  ],
  'zh approved, id approved': [
    ['submit', 'id'],
    ['approve', 'id'],
    ['submit', 'zh'],
    ['approve', 'zh'],
  ],
}

type Row = { action: WorkflowAction; locale: Locale; from: keyof typeof setups; expect: Partial<Record<TestRole | 'anonymous', number>> }

const rows: Row[] = [
  { action: 'submit', locale: 'id', from: 'id draft', expect: { editor: 200, 'translator.zh': 403, reviewer: 403, admin: 200, anonymous: 401 } },
  { action: 'submit', locale: 'zh', from: 'zh draft', expect: { editor: 403, 'translator.zh': 200, 'translator.en': 403, reviewer: 403, admin: 200, anonymous: 401 } },
  { action: 'submit', locale: 'id', from: 'id published', expect: { editor: 409 } },
  { action: 'approve', locale: 'id', from: 'id submitted', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200, anonymous: 401 } },
  { action: 'approve', locale: 'id', from: 'id draft', expect: { reviewer: 409 } },
  { action: 'approve', locale: 'zh', from: 'zh submitted, id draft', expect: { reviewer: 409 } },
  { action: 'approve', locale: 'zh', from: 'zh submitted, id approved', expect: { 'translator.zh': 403, reviewer: 200, admin: 200 } },
  { action: 'reject', locale: 'id', from: 'id submitted', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200, anonymous: 401 } },
  { action: 'reject', locale: 'id', from: 'id approved', expect: { reviewer: 409 } },
  { action: 'publish', locale: 'id', from: 'id approved', expect: { editor: 403, 'translator.zh': 403, 'translator.en': 403, reviewer: 200, admin: 200, anonymous: 401 } },
  { action: 'publish', locale: 'id', from: 'id submitted', expect: { reviewer: 409 } },
  { action: 'publish', locale: 'zh', from: 'zh approved, id approved', expect: { reviewer: 409 } },
  { action: 'schedule', locale: 'id', from: 'id approved', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200 } },
  { action: 'schedule', locale: 'id', from: 'id draft', expect: { reviewer: 409 } },
  { action: 'unschedule', locale: 'id', from: 'id scheduled', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200 } },
  { action: 'unschedule', locale: 'id', from: 'id approved', expect: { reviewer: 409 } },
  { action: 'unpublish', locale: 'id', from: 'id published', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200, anonymous: 401 } },
  { action: 'unpublish', locale: 'id', from: 'id draft', expect: { reviewer: 409 } },
  { action: 'withdraw', locale: 'id', from: 'id published', expect: { editor: 403, 'translator.zh': 403, reviewer: 200, admin: 200 } },
  { action: 'withdraw', locale: 'id', from: 'id approved', expect: { reviewer: 409 } },
  { action: 'force-publish', locale: 'id', from: 'id draft', expect: { editor: 403, 'translator.zh': 403, reviewer: 403, admin: 200, anonymous: 401 } },
  { action: 'force-publish', locale: 'id', from: 'id published', expect: { admin: 409 } },
]

const cases = rows.flatMap((row) =>
  Object.entries(row.expect).map(([role, status]) => [`${row.action} ${row.locale} from "${row.from}" as ${role} → ${status}`, row, role, status] as const),
)

const bodyFor = (action: WorkflowAction, locale: Locale) => ({
  action,
  locale,
  note: action === 'reject' || action === 'withdraw' || action === 'force-publish' ? 'A reason' : undefined,
  at: action === 'schedule' ? future() : undefined,
})

test.each(cases)('%s', async (_name, row, role, status) => {
  const id = await draftRelease(t.payload, {
    id: { title: 'Judul', body: ['Isi'] },
    zh: { title: '标题', body: ['正文'] },
  })
  await advance(
    t.payload,
    id,
    setups[row.from]!.map(([action, locale]) => [action, locale, bodyFor(action, locale)]),
  )
  const before = (await stateOf(t.payload, id, row.locale))?.state ?? 'draft'

  const session = role === 'anonymous' ? {} : sessions.get(role as TestRole)
  const response = await t.api(`/api/press-releases/${id}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify(bodyFor(row.action, row.locale)),
  })
  const actual = response.status
  const json = (await response.json()) as { errors?: { message: string }[]; locales?: Record<string, { state: string }> }
  if (actual === 200) expect(json.locales?.[row.locale]?.state).toBe((await stateOf(t.payload, id, row.locale))?.state)
  else expect(json.errors?.[0]?.message).toEqual(expect.any(String))
  expect(actual).toBe(status)
  const after = (await stateOf(t.payload, id, row.locale))?.state ?? 'draft'
  // A refused action changes nothing; an allowed one moves the state.
  if (status === 200) expect(after).not.toBe(before)
  else expect(after).toBe(before)
})
