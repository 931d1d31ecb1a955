import { demoBriefing, demoPeople, demoRelease } from '@/lib/seed/demoContent'
import { answerId, briefingTitleId, questionId, releaseBodyId } from '@/lib/seed/foundingDocumentId'
import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { createReferenceData, importFixture } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * The founding document (a release and a briefing excerpt, back to back, in Indonesian) imported
 * into an empty newsroom gives the structure the demo seed writes by hand: one release, one
 * briefing whose item q1 is the reporter's question and Mao Ning's two-paragraph answer.
 */
let t: TestPayload
let report: Awaited<ReturnType<typeof import('@/lib/import/run').runImport>>

beforeAll(async () => {
  t = await startTestPayload('import-founding')
  const { runImport } = await import('@/lib/import/run')
  await createReferenceData(t.payload)
  report = await runImport(t.payload, { texts: [importFixture('founding-document.id.txt')], dryRun: false, importer: { system: true } })
})
afterAll(async () => t?.stop())

const idOf = (collection: 'press-releases' | 'briefings') =>
  report.documents.find((document) => document.outcome.collection === collection)!.outcome.id!

const storedRelease = () =>
  t.payload.findByID({ collection: 'press-releases', id: idOf('press-releases'), locale: 'id', draft: true, depth: 1 })
const storedBriefing = () => t.payload.findByID({ collection: 'briefings', id: idOf('briefings'), locale: 'id', draft: true, depth: 1 })

test('creates exactly one release and one briefing, with no error', async () => {
  expect(report.documents.map(({ outcome }) => [outcome.collection, outcome.action])).toEqual([
    ['press-releases', 'create'],
    ['briefings', 'create'],
  ])
  expect(report.failed).toEqual([])
})

test('stores the release body as the seed’s five Indonesian paragraphs, dated 3 September 2024', async () => {
  const release = await storedRelease()
  expect(richTextToParagraphs(release.body)).toEqual(releaseBodyId)
  expect(release.eventDate).toBe(demoRelease.eventDate)
  // Imported years later, it keeps the ministry's day as its publication date (the page shows no time).
  expect(release.originalPublishedAt).toBe(demoRelease.originalPublishedAt)
})

test('gives the title-less release a working title from its first sentence and says so', async () => {
  const release = await storedRelease()
  expect(release.title).toBe(
    'Wakil Menteri Luar Negeri Ma Zhaoxu menyampaikan pidato video pada upacara pembukaan Seminar Peningkatan Kapasitas Kecerdasan Buatan',
  )
  expect(report.documents[0]?.summary.warnings.join('\n')).toMatch(/title was taken from the first sentence/)
})

test('stores the briefing’s title, date and spokesperson as the seed does', async () => {
  const briefing = await storedBriefing()
  expect(briefing.title).toBe(briefingTitleId)
  expect(briefing.date).toBe(demoBriefing.date)
  expect(typeof briefing.spokesperson === 'object' && briefing.spokesperson?.slug).toBe(demoPeople[0]?.slug)
})

test('stores one Q&A item q1: the reporter’s question, no outlet, and Mao Ning’s two-paragraph answer', async () => {
  const briefing = await storedBriefing()
  expect(briefing.items).toHaveLength(1)
  const [item] = briefing.items ?? []
  expect({ key: item?.key, outlet: item?.outlet ?? null, followUp: item?.followUp, question: item?.question }).toEqual({
    key: demoBriefing.items[0]!.key,
    outlet: null,
    followUp: false,
    question: questionId,
  })
  expect(richTextToParagraphs(item?.answer)).toEqual(answerId)
})

test('writes both documents in Indonesian only, as drafts whose source is Indonesian', async () => {
  const [release, briefing] = [await storedRelease(), await storedBriefing()]
  expect([release.sourceLocale, release._status, briefing.sourceLocale, briefing._status]).toEqual(['id', 'draft', 'id', 'draft'])
})
