import type { ImportReport } from '@/lib/import/2-merge/model'

import fs from 'node:fs'
import path from 'node:path'

import { countWrites, createReferenceData } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createUsers, loginHeaders, type TestRole, type TestUser } from '@/tests/helpers/workflow'

/**
 * POST /api/import, the Import view's backend, through Payload's REST router with real login
 * cookies: only editors and admins import, a preview writes nothing, and a confirmed import
 * writes drafts as the signed-in editor.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>

const content = fs.readFileSync(path.resolve('tests/fixtures/import/release-2024-10-09.en.txt'), 'utf8')

const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.api('/api/import', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

const asRole = async (role: TestRole, body: unknown) => post(body, await loginHeaders(t, users[role].email))

const release = (dryRun: boolean) => ({ texts: [{ name: 'release.txt', content }], dryRun })

beforeAll(async () => {
  t = await startTestPayload('import-endpoint')
  await createReferenceData(t.payload)
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

test('refuses an anonymous request with 401 and writes nothing', async () => {
  const before = await countWrites(t.payload)
  expect((await post(release(false))).status).toBe(401)
  expect(await countWrites(t.payload)).toEqual(before)
})

test.each(['translator.zh', 'reviewer'] as const)('refuses a %s with 403 and writes nothing', async (role) => {
  const before = await countWrites(t.payload)
  expect((await asRole(role, release(false))).status).toBe(403)
  expect(await countWrites(t.payload)).toEqual(before)
})

test('rejects a body without texts with 400', async () => {
  const response = await asRole('editor', { dryRun: true })
  expect(response.status).toBe(400)
  expect((await response.json()).errors[0].message).toMatch(/"texts"/)
})

test('previews an editor’s text without writing anything', async () => {
  const before = await countWrites(t.payload)
  const response = await asRole('editor', release(true))
  const report = (await response.json()) as ImportReport
  expect(response.status).toBe(200)
  expect(report.documents.map(({ summary, outcome }) => [summary.kind, outcome.action])).toEqual([['press-release', 'create']])
  expect(await countWrites(t.payload)).toEqual(before)
})

test('imports an editor’s text as a draft linked from the report, recorded as the editor’s import', async () => {
  const report = (await (await asRole('editor', release(false))).json()) as ImportReport
  const [document] = report.documents
  expect(document?.outcome).toMatchObject({
    action: 'create',
    collection: 'press-releases',
    adminPath: `/admin/collections/press-releases/${document?.outcome.id}`,
  })
  const stored = await t.payload.findByID({ collection: 'press-releases', id: document!.outcome.id!, draft: true, locale: 'en' })
  const { docs } = await t.payload.find({ collection: 'workflow-events', where: { 'document.value': { equals: stored.id } }, depth: 0 })
  expect(stored._status).toBe('draft')
  expect(docs.map(({ action, actor }) => [action, actor])).toEqual([['import', users.editor.id]])
})

test('a question the transcript leaves unanswered is stored without an answer, never as an empty editor state the admin cannot open', async () => {
  const transcript = [
    'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on October 16, 2024',
    'CCTV: Could you share the program of the visit?',
    'Mao Ning: The two sides will sign cooperation documents in trade and education.',
    'Reuters: Will the leaders discuss maritime cooperation?',
  ].join('\n')
  const response = await asRole('editor', { texts: [{ name: 'unanswered.txt', content: transcript }], dryRun: false })
  const [document] = ((await response.json()) as ImportReport).documents
  expect(document?.outcome).toMatchObject({ action: 'create', collection: 'briefings' })
  const stored = await t.payload.findByID({ collection: 'briefings', id: document!.outcome.id!, draft: true, locale: 'en', depth: 0 })
  expect(stored.items?.map((item) => [item.question, item.answer === null || item.answer === undefined ? null : (item.answer.root.children?.length ?? 0) > 0])).toEqual([
    ['Could you share the program of the visit?', true],
    ['Will the leaders discuss maritime cooperation?', null],
  ])
})

test('a preview gives the summary’s numbers and the common messages as keys, for the view to say in the admin’s language', async () => {
  const siaranPers = [
    'SIARAN PERS',
    'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
    'Jakarta, 12 November 2026',
    'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang di Jakarta.',
    'Kementerian Luar Negeri Republik Indonesia',
  ].join('\n')
  const response = await asRole('editor', { texts: [{ name: 'pasted text', content: siaranPers }], dryRun: true })
  const report = (await response.json()) as ImportReport
  expect(report.counts).toEqual({ documents: 1, texts: 1, create: 1, update: 0, unchanged: 0, failed: 0, failedTexts: 0 })
  const [document] = report.documents
  expect(document?.summary.title).toEqual({ id: 'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang' })
  expect(document?.notes).toEqual({
    warnings: [
      { file: 'pasted text', line: 1, key: 'setAside', kind: 'genre label', text: 'SIARAN PERS' },
      { file: 'pasted text', line: 5, key: 'chrome', kind: 'site name', text: 'Kementerian Luar Negeri Republik Indonesia' },
    ],
    setAside: [
      { file: 'pasted text', line: 1, key: 'setAsideEntry', kind: 'genre label', text: 'SIARAN PERS' },
      { file: 'pasted text', line: 5, key: 'setAsideEntry', kind: 'site name', text: 'Kementerian Luar Negeri Republik Indonesia' },
    ],
  })
})
