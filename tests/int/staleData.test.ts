import { isStaleInLocale } from '@/lib/admin/staleData'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, createUsers, draftRelease, type TestUser } from '@/tests/helpers/workflow'

import type { TypedUser } from 'payload'

/**
 * The admin's "recently updated by another user" check, with per-locale drafts: a translator who
 * opened the zh draft is told about other people's zh edits, and never about the source language
 * having been published or saved before they opened it.
 */
let t: TestPayload
let users: Record<string, TestUser>
beforeAll(async () => {
  t = await startTestPayload('stale-data')
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const asUser = async (user: TestUser) => (await t.payload.findByID({ collection: 'users', id: user.id })) as TypedUser

/** What the edit view loads for one locale: the newest draft of that locale, through access control. */
const loadForEditing = async (id: number, locale: 'id' | 'zh', user: TestUser) =>
  t.payload.findByID({ collection: 'press-releases', id, locale, draft: true, depth: 0, overrideAccess: false, user: await asUser(user) })

test('a translator opening a zh draft of a document published in id is not told it is stale', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Sumber', body: ['Isi'] } })
  await advance(t.payload, id, [['submit', 'id'], ['approve', 'id'], ['publish', 'id']])
  const translator = await asUser(users['translator.zh']!)
  await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: '中文草稿' }, user: translator, overrideAccess: false })
  // The translator comes back to their draft: the published Indonesian document is older than it.
  const loaded = await loadForEditing(id, 'zh', users['translator.zh']!)
  expect(loaded.title).toBe('中文草稿')
  const check = { payload: t.payload, collection: 'press-releases' as const, id, originalUpdatedAt: loaded.updatedAt, user: translator }
  expect(await isStaleInLocale({ ...check, locale: 'zh' })).toEqual({ isStale: false, currentUpdatedAt: loaded.updatedAt })
})

test('someone else saving the same locale after the form loaded makes it stale, with the newer time', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Sumber', body: ['Isi'] }, zh: { title: '初稿', body: ['正文'] } })
  const loaded = await loadForEditing(id, 'zh', users['translator.zh']!)
  const translator = await asUser(users['translator.zh']!)
  const check = { payload: t.payload, collection: 'press-releases' as const, id, locale: 'zh' as const, originalUpdatedAt: loaded.updatedAt, user: translator }
  expect((await isStaleInLocale(check)).isStale).toBe(false)

  await new Promise((resolve) => setTimeout(resolve, 5)) // a distinct millisecond for the next save
  const saved = await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: '二稿' } })
  expect(await isStaleInLocale(check)).toEqual({ isStale: true, currentUpdatedAt: saved.updatedAt })
})
