import type { CollectionBeforeChangeHook } from 'payload'

import { countWrites, createReferenceData, importFixture } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * Each document is written completely or not at all: when saving one of its languages fails
 * (here the English one, refused by a hook added for the test), nothing of it stays behind —
 * neither the document created in Chinese a moment before, nor its versions, records or audit
 * entries — while the other documents of the run are written.
 */
let t: TestPayload
let report: Awaited<ReturnType<typeof import('@/lib/import/run').runImport>>
let before: Awaited<ReturnType<typeof countWrites>>

const refuseEnglish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.locale === 'en' && req.context.auditAction === 'import') throw new Error('disk full while saving English')
  return data
}

beforeAll(async () => {
  t = await startTestPayload('import-atomic')
  const { runImport } = await import('@/lib/import/run')
  await createReferenceData(t.payload)
  const hooks = t.payload.collections.briefings.config.hooks
  hooks.beforeChange = [...(hooks.beforeChange ?? []), refuseEnglish]
  before = await countWrites(t.payload)
  report = await runImport(t.payload, {
    texts: [
      importFixture('import/translations/briefing-2024-10-08.zh.txt'),
      importFixture('import/translations/briefing-2024-10-08.en.txt'),
      importFixture('import/release-2024-10-09.en.txt'),
    ],
    dryRun: false,
    importer: { system: true },
  })
})
afterAll(async () => t?.stop())

test('reports the briefing as failed, with the reason', () => {
  const briefing = report.documents.find(({ summary }) => summary.kind === 'briefing')
  expect(briefing?.outcome.action).toBe('failed')
  expect(briefing?.summary.errors.join('\n')).toContain('nothing of this document was saved): disk full while saving English')
})

test('leaves no trace of the failed briefing', async () => {
  const { totalDocs } = await t.payload.count({ collection: 'briefings' })
  const versions = await t.payload.countVersions({ collection: 'briefings' })
  const events = await t.payload.count({ collection: 'workflow-events', where: { 'document.relationTo': { equals: 'briefings' } } })
  expect([totalDocs, versions.totalDocs, events.totalDocs]).toEqual([0, 0, 0])
})

test('still writes the release imported in the same run', async () => {
  expect(report.documents.find(({ summary }) => summary.kind === 'press-release')?.outcome.action).toBe('create')
  expect((await countWrites(t.payload)).documents).toBe(before.documents + 1)
})

test('names both texts of the briefing as failed', () => {
  expect(report.failed).toEqual(['briefing-2024-10-08.zh.txt', 'briefing-2024-10-08.en.txt'])
})
