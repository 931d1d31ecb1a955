import type { ImportText } from '@/lib/import/2-merge/model'

import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { countWrites, createReferenceData, importFixture, readBriefing } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, stateOf } from '@/tests/helpers/workflow'

/**
 * A corrected source text imported again updates the draft of the changed language only, and the
 * workflow then marks exactly the translated field whose source changed as stale.
 */
let t: TestPayload
let runImport: typeof import('@/lib/import/run').runImport
let briefingId: number
let before: Awaited<ReturnType<typeof countWrites>>
let report: Awaited<ReturnType<typeof runImport>>

const zh = importFixture('import/translations/briefing-2024-10-08.zh.txt')
const en = importFixture('import/translations/briefing-2024-10-08.en.txt')
const OLD_ANSWER = '我目前没有可以发布的信息。'
const NEW_ANSWER = '我目前没有可以发布的信息。请向主管部门了解。'
const corrected: ImportText = { name: zh.name, content: new TextDecoder().decode(zh.content as Uint8Array).replace(OLD_ANSWER, NEW_ANSWER) }

beforeAll(async () => {
  t = await startTestPayload('import-changed')
  ;({ runImport } = await import('@/lib/import/run'))
  await createReferenceData(t.payload)
  const first = await runImport(t.payload, { texts: [zh, en], dryRun: false, importer: { system: true } })
  briefingId = first.documents[0]!.outcome.id as number
  // The Chinese source and its English translation are both approved before the correction arrives.
  await advance(
    t.payload,
    briefingId,
    [
      ['submit', 'zh'],
      ['approve', 'zh'],
      ['submit', 'en'],
      ['approve', 'en'],
    ],
    'briefings',
  )
  before = await countWrites(t.payload)
  report = await runImport(t.payload, { texts: [corrected, en], dryRun: false, importer: { system: true } })
})
afterAll(async () => t?.stop())

test('updates the stored briefing in Chinese only', () => {
  expect(report.documents.map(({ outcome }) => [outcome.action, outcome.id, outcome.locales])).toEqual([['update', briefingId, ['zh']]])
})

test('saves the corrected answer as a new draft version', async () => {
  const stored = await readBriefing(t.payload, briefingId)
  const answer = stored.items?.[1]?.answer as unknown as Record<string, unknown>
  expect(richTextToParagraphs(answer.zh)).toEqual([NEW_ANSWER])
  expect((await countWrites(t.payload)).versions).toBe(before.versions + 1)
})

test('marks the English answer to that question stale, and nothing else', async () => {
  const record = await stateOf(t.payload, briefingId, 'en', 'briefings')
  expect(record?.stale).toBe(true)
  expect(record?.staleFields?.map(({ path, before: was, after }) => ({ path, was, after }))).toEqual([
    { path: 'items.q2.answer', was: OLD_ANSWER, after: NEW_ANSWER },
  ])
})

test('returns the edited Chinese to draft, recorded as an import', async () => {
  const record = await stateOf(t.payload, briefingId, 'zh', 'briefings')
  const { docs } = await t.payload.find({ collection: 'workflow-events', sort: '-createdAt', limit: 1, depth: 0 })
  expect(record?.state).toBe('draft')
  expect(docs[0]).toMatchObject({ action: 'import', locale: 'zh', actorLabel: 'import', fromState: 'approved', toState: 'draft' })
})
