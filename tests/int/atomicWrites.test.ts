import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { readAsReader } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftBriefing } from '@/tests/helpers/siteContent'
import { advance, createUsers, draftRelease, PASSWORD, stateOf, type TestRole, type TestUser } from '@/tests/helpers/workflow'

/**
 * Every write is all-or-nothing (docs/database.md): a document with its localized and array rows,
 * a workflow action with its record, audit entry, search rows and public-change log entry, a user
 * with its roles and sessions. Failures are injected with a hook that throws after Payload has
 * already rewritten the rows; on the adapter's default (no transactions on SQLite) the rows
 * deleted by that write were gone for good.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>

beforeAll(async () => {
  t = await startTestPayload('atomic-writes')
  users = await createUsers(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

/** Runs `body` with an extra hook on a collection, then removes it (the config lives in memory). */
const withHook = async <T,>(
  collection: 'briefings' | 'workflow-events' | 'press-releases',
  kind: 'afterChange' | 'beforeChange',
  hook: CollectionAfterChangeHook | CollectionBeforeChangeHook,
  body: () => Promise<T>,
): Promise<T> => {
  const hooks = t.payload.collections[collection].config.hooks[kind] as unknown[]
  hooks.push(hook)
  try {
    return await body()
  } finally {
    hooks.splice(hooks.indexOf(hook), 1)
  }
}

const failAfterWrite: CollectionAfterChangeHook = () => {
  throw new Error('injected failure after the rows were written')
}

const twentyItems = (label: string) =>
  Array.from({ length: 20 }, (_, index) => ({ question: `${label} question ${index + 1}`, answer: `${label} answer ${index + 1}` }))

const itemTexts = async (id: number, locale: 'id' | 'zh' | 'en') => {
  const doc = await t.payload.findByID({ collection: 'briefings', id, locale, draft: true, depth: 0 })
  return (doc.items ?? []).map((item) => item.question)
}

test('a save that fails after Payload rewrote a 20-item briefing’s rows leaves every locale’s Q&A as it was', async () => {
  const id = await createDraftBriefing(t.payload, 'atomic-briefing', {
    id: { title: 'Taklimat', opening: 'Pembukaan', items: twentyItems('id v1') },
    zh: { title: '记者会', opening: '开场', items: twentyItems('zh v1') },
  })
  const before = { id: await itemTexts(id, 'id'), zh: await itemTexts(id, 'zh') }
  expect(before.id).toHaveLength(20)

  const current = await t.payload.findByID({ collection: 'briefings', id, locale: 'id', draft: true, depth: 0 })
  await expect(
    withHook('briefings', 'afterChange', failAfterWrite, () =>
      t.payload.update({
        collection: 'briefings',
        id,
        locale: 'id',
        draft: true,
        data: { items: (current.items ?? []).slice(0, 5).map((row, index) => ({ ...row, question: `id v2 question ${index + 1}` })) },
      }),
    ),
  ).rejects.toThrow('injected failure')

  expect({ id: await itemTexts(id, 'id'), zh: await itemTexts(id, 'zh') }).toEqual(before)
})

test('a publish that fails half-way changes neither the document, nor its record, nor the audit trail, nor the change log', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Siaran', body: ['Isi siaran.'] } })
  await advance(t.payload, id, [
    ['submit', 'id'],
    ['approve', 'id'],
  ])
  const eventsBefore = await t.payload.count({ collection: 'workflow-events' })
  const changesBefore = await t.payload.count({ collection: 'public-changes' })
  const searchBefore = await t.payload.count({ collection: 'search-entries' })
  let auditWrites = 0
  const failOnAudit: CollectionBeforeChangeHook = ({ data }) => {
    auditWrites += 1
    if (data.action === 'publish') throw new Error('injected failure while writing the audit entry')
    return data
  }
  await expect(
    withHook('workflow-events', 'beforeChange', failOnAudit, () => advance(t.payload, id, [['publish', 'id']])),
  ).rejects.toThrow('injected failure')

  expect(auditWrites).toBe(1)
  expect((await readAsReader(t.payload, id, 'id')).docs).toEqual([])
  expect((await stateOf(t.payload, id, 'id'))?.state).toBe('approved')
  expect((await stateOf(t.payload, id, 'id'))?.publication).toBe('none')
  expect((await t.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(eventsBefore.totalDocs)
  expect((await t.payload.count({ collection: 'public-changes' })).totalDocs).toBe(changesBefore.totalDocs)
  expect((await t.payload.count({ collection: 'search-entries' })).totalDocs).toBe(searchBefore.totalDocs)

  // The same action without the fault goes through, all of it.
  await advance(t.payload, id, [['publish', 'id']])
  expect((await readAsReader(t.payload, id, 'id')).docs).toHaveLength(1)
  expect((await stateOf(t.payload, id, 'id'))?.publication).toBe('live')
  expect((await t.payload.count({ collection: 'public-changes' })).totalDocs).toBe(changesBefore.totalDocs + 1)
})

const login = async (email: string) => {
  const response = await t.api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return { status: response.status, token: ((await response.json()) as { token?: string }).token }
}

test('12 simultaneous logins of one account leave 12 working sessions, and the account keeps its roles', async () => {
  const results = await Promise.all(Array.from({ length: 12 }, () => login(users.reviewer.email)))
  expect(results.map((result) => result.status)).toEqual(Array(12).fill(200))
  const tokens = results.map((result) => result.token!)
  expect(new Set(tokens).size).toBe(12)
  const whoAmI = await Promise.all(
    tokens.map(async (token) => {
      const response = await t.api('/api/users/me', { headers: { authorization: `JWT ${token}` } })
      return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
    }),
  )
  expect(whoAmI).toEqual(Array(12).fill(users.reviewer.email))
  const reviewer = await t.payload.findByID({ collection: 'users', id: users.reviewer.id, depth: 0 })
  expect(reviewer.roles).toEqual(['reviewer'])
})

test('a signed-in user changes their password over REST: the new one works, the old one not, and name, email and roles stay', async () => {
  const { token } = await login(users.editor.email)
  const changed = await t.api(`/api/users/${users.editor.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ password: 'a-new-password-42' }),
  })
  expect(changed.status).toBe(200)
  const oldPassword = await t.api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: users.editor.email, password: PASSWORD }),
  })
  const newPassword = await t.api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: users.editor.email, password: 'a-new-password-42' }),
  })
  expect([oldPassword.status, newPassword.status]).toEqual([401, 200])
  const editor = await t.payload.findByID({ collection: 'users', id: users.editor.id, depth: 0 })
  expect({ email: editor.email, name: editor.name, roles: editor.roles }).toEqual({ email: users.editor.email, name: expect.any(String), roles: ['editor'] })
  // Put it back for the other tests.
  await t.payload.update({ collection: 'users', id: users.editor.id, data: { password: PASSWORD } })
})

describe('ETag and If-Match on REST', () => {
  let id: number
  let headers: Record<string, string>
  beforeAll(async () => {
    id = await draftRelease(t.payload, { id: { title: 'Versi satu', body: ['Isi.'] }, zh: { title: '第一版', body: ['内容。'] } })
    const { token } = await login(users.editor.email)
    headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  })

  const read = async (locale: string) => {
    const response = await t.api(`/api/press-releases/${id}?locale=${locale}&draft=true&depth=0`, { headers })
    return { status: response.status, etag: response.headers.get('etag') }
  }
  const write = (locale: string, title: string, ifMatch?: string) =>
    t.api(`/api/press-releases/${id}?locale=${locale}&draft=true`, {
      method: 'PATCH',
      headers: { ...headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      body: JSON.stringify({ title }),
    })

  test('a read of one document in one language carries an ETag; the same version reads with the same tag', async () => {
    const first = await read('id')
    expect(first.status).toBe(200)
    expect(first.etag).toMatch(/^"[\w-]+"$/)
    expect((await read('id')).etag).toBe(first.etag)
    expect((await read('zh')).etag).not.toBe(first.etag)
  })

  test('a write with the current tag succeeds and answers the new tag; a write with the old one gets 412 naming the language', async () => {
    const { etag } = await read('id')
    const saved = await write('id', 'Versi dua', etag!)
    expect(saved.status).toBe(200)
    const newTag = saved.headers.get('etag')
    expect(newTag).toBeTruthy()
    expect(newTag).not.toBe(etag)
    expect((await read('id')).etag).toBe(newTag)

    const stale = await write('id', 'Versi tiga (from an old copy)', etag!)
    expect(stale.status).toBe(412)
    expect(((await stale.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/changed in "id"/)
    const doc = await t.payload.findByID({ collection: 'press-releases', id, locale: 'id', draft: true, depth: 0 })
    expect(doc.title).toBe('Versi dua')
  })

  test('a reader asking for ?draft=true gets the tag of the published version it is sent, unmoved by a draft save', async () => {
    await advance(t.payload, id, [['submit', 'id'], ['approve', 'id'], ['publish', 'id']])
    const anonymous = async () => {
      const response = await t.api(`/api/press-releases/${id}?locale=id&draft=true&depth=0`)
      return { etag: response.headers.get('etag'), title: ((await response.json()) as { title: string }).title }
    }
    const published = await t.api(`/api/press-releases/${id}?locale=id&depth=0`)
    const before = await anonymous()
    expect(before.etag).toBe(published.headers.get('etag'))
    expect((await write('id', 'Draf rahasia')).status).toBe(200)
    const after = await anonymous()
    expect(after).toEqual(before)
    expect(after.title).not.toBe('Draf rahasia')
    expect((await read('id')).etag).not.toBe(after.etag)
  })

  test('a save in another language does not make a client’s tag stale; without If-Match the last write wins', async () => {
    const { etag } = await read('id')
    expect((await write('zh', '第二版')).status).toBe(200)
    expect((await write('id', 'Versi empat', etag!)).status).toBe(200)
    expect((await write('id', 'Versi lima')).status).toBe(200)
  })
})
