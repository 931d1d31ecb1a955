import type { CollectionBeforeChangeHook } from 'payload'

import type { ImportText } from '@/lib/import/2-merge/model'

import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { countWrites, createReferenceData, importFixture, readBriefing } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * Every write is a transaction (MongoDB's replica set, Warta's SQLite connection): an update that
 * fails in its second language takes the first one back too.
 */
let t: TestPayload
let runImport: typeof import('@/lib/import/run').runImport
let briefingId: number | string
let before: Awaited<ReturnType<typeof countWrites>>
let report: Awaited<ReturnType<typeof runImport>>

const zh = importFixture('import/translations/briefing-2024-10-08.zh.txt')
const en = importFixture('import/translations/briefing-2024-10-08.en.txt')
const OLD_ANSWER = '我目前没有可以发布的信息。'
const corrected: ImportText = {
  name: zh.name,
  content: new TextDecoder().decode(zh.content as Uint8Array).replace(OLD_ANSWER, '我没有可以发布的信息。'),
}

const refuseEnglish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.locale === 'en' && req.context.auditAction === 'import') throw new Error('disk full while saving English')
  return data
}

beforeAll(async () => {
  t = await startTestPayload('import-atomic-transactions')
  ;({ runImport } = await import('@/lib/import/run'))
  await createReferenceData(t.payload)
  briefingId = (await runImport(t.payload, { texts: [zh], dryRun: false, importer: { system: true } })).documents[0]!.outcome.id!
  const hooks = t.payload.collections.briefings.config.hooks
  hooks.beforeChange = [...(hooks.beforeChange ?? []), refuseEnglish]
  before = await countWrites(t.payload)
  report = await runImport(t.payload, { texts: [corrected, en], dryRun: false, importer: { system: true } })
})
afterAll(async () => t?.stop())

test('reports the update as failed with nothing saved', () => {
  expect(report.documents[0]?.outcome.action).toBe('failed')
  expect(report.documents[0]?.summary.errors.join('\n')).toContain('nothing of this document was saved): disk full while saving English')
})

test('keeps the Chinese text that was saved before the English failed out of the database', async () => {
  const stored = await readBriefing(t.payload, briefingId)
  const answer = stored.items?.[1]?.answer as unknown as Record<string, unknown>
  expect(richTextToParagraphs(answer.zh)).toEqual([OLD_ANSWER])
})

test('leaves no version, workflow record or audit entry behind', async () => {
  expect(await countWrites(t.payload)).toEqual(before)
})
