import type { ImportText } from '@/lib/import/2-merge/model'

import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { countWrites, createReferenceData, importFixture, readBriefing } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * Translations of one briefing arrive as separate texts (the ministry's Chinese and English pages
 * are unrelated): the importer joins them into one document's languages, and importing them again
 * changes nothing at all.
 */
let t: TestPayload
let runImport: typeof import('@/lib/import/run').runImport

const system = { system: true } as const
const zh = importFixture('import/translations/briefing-2024-10-08.zh.txt')
const en = importFixture('import/translations/briefing-2024-10-08.en.txt')
const id = importFixture('import/translations/briefing-2024-10-08.id.txt')

/** The same three texts dated a day later, for a briefing imported in a single run. */
const nextDay = (text: ImportText): ImportText => ({
  name: text.name.replace('10-08', '10-09'),
  content: new TextDecoder()
    .decode(text.content as Uint8Array)
    .replace('2024年10月8日', '2024年10月9日')
    .replace('October 8, 2024', 'October 9, 2024')
    .replace('8 Oktober 2024', '9 Oktober 2024'),
})

beforeAll(async () => {
  t = await startTestPayload('import-translations')
  ;({ runImport } = await import('@/lib/import/run'))
  await createReferenceData(t.payload)
})
afterAll(async () => t?.stop())

describe('a briefing imported in Indonesian, then in Chinese and English', () => {
  let briefingId: number | string

  beforeAll(async () => {
    const first = await runImport(t.payload, { texts: [id], dryRun: false, importer: system })
    briefingId = first.documents[0]!.outcome.id!
    await runImport(t.payload, { texts: [zh, en], dryRun: false, importer: system })
  })

  test('is one document with all three languages', async () => {
    const { totalDocs } = await t.payload.count({ collection: 'briefings' })
    const stored = await readBriefing(t.payload, briefingId)
    expect(totalDocs).toBe(1)
    expect(Object.keys(stored.title as unknown as Record<string, string>).sort()).toEqual(['en', 'id', 'zh'])
  })

  test('pairs each question with its translations on the same row', async () => {
    const stored = await readBriefing(t.payload, briefingId)
    const second = stored.items?.[1]
    expect(second?.key).toBe('q2')
    expect(second?.question).toMatchObject({
      id: expect.stringContaining('perjanjian kerja sama perikanan'),
      zh: expect.stringContaining('渔业合作协定'),
      en: expect.stringContaining('fisheries cooperation agreement'),
    })
  })

  test('links the outlet written as 总台央视, CCTV and CCTV to the one CCTV outlet', async () => {
    const stored = await readBriefing(t.payload, briefingId)
    const { docs } = await t.payload.find({ collection: 'outlets', where: { slug: { equals: 'cctv' } } })
    expect(stored.items?.[0]?.outlet).toBe(docs[0]?.id)
  })

  test('keeps the answer paragraphs of each language', async () => {
    const stored = await readBriefing(t.payload, briefingId)
    const answer = stored.items?.[0]?.answer as unknown as Record<string, unknown>
    expect(richTextToParagraphs(answer.en)).toHaveLength(2)
    expect(richTextToParagraphs(answer.zh)[1]).toBe('我们期待通过此访进一步深化两国传统友谊。')
  })

  test('importing the three texts again writes no version, no workflow record and no audit entry', async () => {
    const before = await countWrites(t.payload)
    const again = await runImport(t.payload, { texts: [id, zh, en], dryRun: false, importer: system })
    expect(again.documents.map(({ outcome }) => outcome.action)).toEqual(['unchanged'])
    expect(await countWrites(t.payload)).toEqual(before)
  })

  test('records the import of each language in the audit trail as the system’s, never as an edit', async () => {
    const { docs } = await t.payload.find({
      collection: 'workflow-events',
      where: { 'document.value': { equals: briefingId } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(new Set(docs.map(({ action, actorLabel }) => `${action} by ${actorLabel}`))).toEqual(new Set(['import by import']))
    expect(new Set(docs.map(({ locale }) => locale))).toEqual(new Set(['id', 'zh', 'en']))
  })

  test('leaves every language a draft', async () => {
    const stored = await readBriefing(t.payload, briefingId)
    expect(stored._status).toEqual({ id: 'draft', zh: 'draft', en: 'draft' })
  })
})

describe('the three texts of a briefing imported in one run', () => {
  test('create one document whose source language is Chinese', async () => {
    const report = await runImport(t.payload, { texts: [nextDay(id), nextDay(en), nextDay(zh)], dryRun: false, importer: system })
    expect(report.documents).toHaveLength(1)
    const [document] = report.documents
    expect(document?.outcome).toMatchObject({ action: 'create', locales: ['zh', 'id', 'en'] })
    const stored = await readBriefing(t.payload, document!.outcome.id!)
    expect(stored.sourceLocale).toBe('zh')
  })
})
