import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createUsers, draftRelease, loginHeaders, type TestRole, type TestUser } from '@/tests/helpers/workflow'

/**
 * Edit locks end with the visit: the edit view gives up its holder's lock as the page goes away
 * (tab closed, browser quit), so the next colleague is not told someone long gone "is editing".
 * Only the caller's own lock goes.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>

beforeAll(async () => {
  t = await startTestPayload('edit-locks')
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const lockBy = (role: TestRole, id: number) =>
  t.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'press-releases', value: id }, user: { relationTo: 'users', value: users[role].id } },
  })

const holders = async (id: number) => {
  const { docs } = await t.payload.find({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.relationTo': { equals: 'press-releases' } }, { 'document.value': { equals: id } }] },
    depth: 0,
  })
  return docs.map((doc) => (doc.user as { value: number }).value)
}

const release = async (id: number, role?: TestRole) =>
  t.api(`/api/press-releases/${id}/lock`, { method: 'DELETE', headers: role ? await loginHeaders(t, users[role].email) : { origin: 'http://localhost:3000' } })

test('the holder releases their own lock; nobody else’s lock moves, whoever asks', async () => {
  const mine = await draftRelease(t.payload, { id: { title: 'Dikunci', body: ['Isi.'] } })
  const theirs = await draftRelease(t.payload, { id: { title: 'Dikunci juga', body: ['Isi.'] } })
  await lockBy('translator.zh', mine)
  await lockBy('editor', theirs)

  const response = await release(mine, 'translator.zh')
  expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { released: 1 } })
  expect(await holders(mine)).toEqual([])

  const notTheirs = await release(theirs, 'translator.zh')
  expect({ status: notTheirs.status, body: await notTheirs.json() }).toEqual({ status: 200, body: { released: 0 } })
  expect(await holders(theirs)).toEqual([users.editor.id])
})

test('signed out, nothing is released', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Dikunci tamu', body: ['Isi.'] } })
  await lockBy('editor', id)
  expect((await release(id)).status).toBe(401)
  expect(await holders(id)).toEqual([users.editor.id])
})

const keep = async (id: number, role?: TestRole) =>
  t.api(`/api/press-releases/${id}/lock`, { method: 'POST', headers: role ? await loginHeaders(t, users[role].email) : { origin: 'http://localhost:3000' } })

const lockTime = async (id: number) => {
  const { docs } = await t.payload.find({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.relationTo': { equals: 'press-releases' } }, { 'document.value': { equals: id } }] },
    depth: 0,
  })
  return docs[0]?.updatedAt
}

test('locks are short (90 s) and the holder’s open edit view renews only its own', async () => {
  expect(t.payload.collections['press-releases'].config.lockDocuments).toEqual({ duration: 90 })
  const id = await draftRelease(t.payload, { id: { title: 'Dikunci lama', body: ['Isi.'] } })
  const lock = await lockBy('translator.zh', id)
  const old = new Date(Date.now() - 60_000).toISOString()
  await t.payload.db.updateOne({ collection: 'payload-locked-documents', id: lock.id, data: { updatedAt: old } })

  const other = await keep(id, 'editor')
  expect({ status: other.status, body: await other.json(), time: await lockTime(id) }).toEqual({ status: 200, body: { kept: 0 }, time: old })
  expect((await keep(id)).status).toBe(401)
  expect(await lockTime(id)).toBe(old)

  const before = Date.now()
  const mine = await keep(id, 'translator.zh')
  expect({ status: mine.status, body: await mine.json() }).toEqual({ status: 200, body: { kept: 1 } })
  expect(Date.parse((await lockTime(id))!)).toBeGreaterThanOrEqual(before - 1000)
  expect(await holders(id)).toEqual([users['translator.zh'].id])
})
