import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, createUsers, draftRelease, loginHeaders } from '@/tests/helpers/workflow'

import type { WorkflowPanelData } from '@/lib/admin/workflowPanelData'

/**
 * `GET /api/{collection}/{id}/workflow`, which the admin's workflow panel and status line read
 * again after each Save Draft: the panel's data for the signed-in person, never for anyone else.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('workflow-status-endpoint')
  await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const read = async (id: number | string, headers: Record<string, string> = {}) => t.api(`/api/press-releases/${id}/workflow`, { headers })

test('answers signed-out callers with 401 and no workflow data', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Rahasia', body: ['Isi'] } })
  const response = await read(id)
  expect(response.status).toBe(401)
  expect(await response.text()).not.toContain('Rahasia')
})

test('gives a translator the panel as they see it: every language, their own actions only', async () => {
  const id = await draftRelease(t.payload, { id: { title: 'Sumber', body: ['Isi'] } })
  await advance(t.payload, id, [['submit', 'id'], ['approve', 'id'], ['publish', 'id']])
  await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: '中文' } })
  const response = await read(id, await loginHeaders(t, 'translator.zh@test.example'))
  expect(response.status).toBe(200)
  const { overview } = (await response.json()) as WorkflowPanelData
  const byLocale = Object.fromEntries(overview.locales.map((entry) => [entry.locale, { state: entry.state, actions: entry.actions }]))
  expect(byLocale).toEqual({
    id: { state: 'published', actions: [] },
    zh: { state: 'draft', actions: ['submit'] },
    en: { state: 'draft', actions: [] },
  })
})

test('answers 404 for a document that does not exist', async () => {
  expect((await read(999_999, await loginHeaders(t, 'editor@test.example'))).status).toBe(404)
})
