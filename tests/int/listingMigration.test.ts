import { sql } from '@payloadcms/db-sqlite'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftRelease } from '@/tests/helpers/documents'
import { publishThroughWorkflow } from '@/tests/helpers/siteContent'

/**
 * The migration that lets the reader lists walk the search rows (`listing_indexes`) gives rows
 * written before it their document's creation time: the lists order a day's documents by it, and
 * a row re-indexed by a republish before the upgrade carried the time of that republish, which
 * put its document ahead of the others of its day. SQLite only: it is a SQLite migration.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('listing-migration')
}, 120_000)
afterAll(async () => t?.stop())

type Drizzle = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<Record<string, unknown>[]> }
// A SQLite migration: on MongoDB there is nothing to migrate.
const sqliteTest = process.env.MONGODB_URI ? test.skip : test

const drizzle = () => (t.payload.db as unknown as { drizzle: Drizzle }).drizzle

sqliteTest('rows indexed before the upgrade take their document’s creation time, and the day’s order comes back', async () => {
  const { listPressReleases } = await import('@/lib/data/pressReleases')
  const { backfillEntryCreationTimes } = await import('@/migrations/20261202_024446_listing_indexes')
  const ids: number[] = []
  for (const slug of ['first-of-the-day', 'second-of-the-day']) {
    const id = await createDraftRelease(t.payload, slug, { en: { title: slug, body: 'Text.' } })
    await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { eventDate: '2024-07-01T00:00:00.000Z' } })
    await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
    ids.push(id)
  }
  const order = async () => (await listPressReleases({ locale: 'en' })).docs.map((doc) => doc.slug)
  expect(await order()).toEqual(['second-of-the-day', 'first-of-the-day'])
  // As the previous version indexed: the first release, republished later, has newer rows.
  await drizzle().run(sql.raw(`UPDATE search_entries SET created_at = '2030-01-01T00:00:00.000Z' WHERE document_id = '${ids[0]}'`))
  expect(await order()).toEqual(['first-of-the-day', 'second-of-the-day'])

  await backfillEntryCreationTimes(drizzle() as never)
  expect(await order()).toEqual(['second-of-the-day', 'first-of-the-day'])
  for (const id of ids) {
    const { createdAt } = await t.payload.findByID({ collection: 'press-releases', id, depth: 0 })
    const rows = await t.payload.find({ collection: 'search-entries', where: { documentId: { equals: String(id) } }, depth: 0 })
    expect(rows.docs.length).toBeGreaterThan(0)
    expect(rows.docs.map((row) => row.createdAt)).toEqual(rows.docs.map(() => createdAt))
  }
})

sqliteTest('the indexes the lists walk exist, and the single-column locale index they replace is gone', async () => {
  const indexes = (await drizzle().all(sql.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_entries'"))).map(
    (row) => row.name,
  )
  expect(indexes).toEqual(expect.arrayContaining(['locale_kind_date_createdAt_idx', 'spokesperson_locale_kind_date_createdAt_idx']))
  expect(indexes).not.toContain('search_entries_locale_idx')
})
