import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftRelease } from '@/tests/helpers/documents'
import { publishThroughWorkflow, workflowAction } from '@/tests/helpers/siteContent'

/**
 * The release list's year filter offers exactly the years in which a release is published in the
 * page's language: not a year whose only release is a draft, unpublished, or published in another
 * language, and not a release without a date.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('release-years')
}, 120_000)
afterAll(async () => t?.stop())

const release = async (slug: string, eventDate: string | null, publishIn: ('en' | 'zh')[]) => {
  const id = await createDraftRelease(t.payload, slug, { en: { title: `EN ${slug}`, body: 'Text.' }, zh: { title: `中文 ${slug}`, body: '正文。' } })
  await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { eventDate } })
  for (const locale of publishIn) await publishThroughWorkflow(t.payload, 'press-releases', id, locale)
  return id
}

test('years with a release published in the language, newest first, from the first day of a year to the last', async () => {
  const { listPressReleaseYears } = await import('@/lib/data/pressReleases')
  await release('y2024-last-day', '2024-12-31T00:00:00.000Z', ['en', 'zh'])
  await release('y2024-first-day', '2024-01-01T00:00:00.000Z', ['en'])
  await release('y2021', '2021-06-15T00:00:00.000Z', ['en'])
  await release('y2019-zh-only', '2019-03-01T00:00:00.000Z', ['zh'])
  await release('y2018-draft', '2018-03-01T00:00:00.000Z', [])
  const withdrawn = await release('y2017-unpublished', '2017-03-01T00:00:00.000Z', ['en'])
  await workflowAction(t.payload, 'press-releases', withdrawn, 'en', 'unpublish', 'Published in error')
  await release('undated', null, ['en'])
  await release('y2016', '2016-02-29T00:00:00.000Z', ['en'])
  expect(await listPressReleaseYears({ locale: 'en' })).toEqual([2024, 2021, 2016])
  expect(await listPressReleaseYears({ locale: 'zh' })).toEqual([2024, 2019])
  expect(await listPressReleaseYears({ locale: 'id' })).toEqual([])
})
