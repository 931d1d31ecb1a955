import { createLocalReq } from 'payload'

import { runWorkflowAction } from '@/lib/workflow/engine'
import { getTodoItems } from '@/lib/workflow/todo'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, createUsers, draftRelease, type TestRole, type TestUser } from '@/tests/helpers/workflow'

/**
 * The work the dashboard and the to-do view list for each person (issue 12, item 8), read through
 * the person's own access: an overdue schedule is everyone's business, and a translation not yet
 * titled is said to be untitled, with the source's title to recognise it by.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>

beforeAll(async () => {
  t = await startTestPayload('todo-items')
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const todoOf = async (role: TestRole) => {
  const user = await t.payload.findByID({ collection: 'users', id: users[role].id })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, t.payload)
  return getTodoItems(t.payload, req, users[role].actor)
}

test('an overdue schedule is on everyone’s list, not only the reviewers’', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Terjadwal terlambat', body: ['Isi.'] } })
  const anHourAgo = new Date(Date.now() - 3_600_000)
  await advance(t.payload, id, [['submit', 'id'], ['approve', 'id']])
  // Scheduled for a minute after "now" an hour ago: its time has passed and no scheduler ran.
  await runWorkflowAction(t.payload, {
    collection: 'press-releases',
    id,
    action: 'schedule',
    locale: 'id',
    at: new Date(anHourAgo.getTime() + 60_000).toISOString(),
    now: anHourAgo,
    actor: { kind: 'system', label: 'test setup' },
  })
  for (const role of ['reviewer', 'editor', 'translator.zh'] as const) {
    const overdue = (await todoOf(role)).filter((item) => item.id === id && item.reason === 'overdue')
    expect({ role, overdue: overdue.map(({ locale }) => locale) }).toEqual({ role, overdue: ['id'] })
  }
})

test('a translation without a title is marked untitled and carries the source title', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Sumber tanpa terjemahan', body: ['Isi.'] } })
  await advance(t.payload, id, [['submit', 'id'], ['approve', 'id'], ['publish', 'id']])
  const item = (await todoOf('translator.zh')).find((entry) => entry.id === id)
  expect(item).toMatchObject({ locale: 'zh', reason: 'missing', isUntitled: true, title: 'Sumber tanpa terjemahan' })
})
