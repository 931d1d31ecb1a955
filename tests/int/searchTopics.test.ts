import { sql } from '@payloadcms/db-sqlite'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftRelease } from '@/tests/helpers/documents'
import { createDraftBriefing, publishThroughWorkflow } from '@/tests/helpers/siteContent'
import { migrations } from '@/migrations'

/**
 * A search row's topics live in the row (`topics`, a list of ids) since the `search_topics_in_row`
 * migration; before it they were a relationship in `search_entries_rels`, which cost each of a
 * briefing's 60-odd rows a second insert on every publish. Written through the workflow, the rows
 * hold the right ids in the document's order; the migration's down puts them back into the
 * relationship table (leaving out a topic that no longer exists, which its foreign key refuses)
 * and its up brings them back into the rows in order, and a search filtered by topic finds the
 * same texts before and after. Without the relationship's cascade, a deleted topic's id stays in
 * the rows: SQLite gives it to the next topic created, and that topic's search must not find the
 * old texts. SQLite only: a SQLite migration and SQLite's reuse of ids.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('search-topics-migration')
}, 120_000)
afterAll(async () => t?.stop())

type Drizzle = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<Record<string, unknown>[]> }
const sqliteTest = process.env.MONGODB_URI ? test.skip : test
const drizzle = () => (t.payload.db as unknown as { drizzle: Drizzle }).drizzle
const migration = migrations.find((entry) => entry.name.endsWith('_search_topics_in_row'))!

sqliteTest('rows hold their topics; down and up keep them, in order, and a topic search finds the same texts', async () => {
  const { searchSite } = await import('@/lib/search/searchSite')
  const { markSearchDocumentChanged } = await import('@/lib/search/memoryIndex')
  const topic = async (slug: string) => (await t.payload.create({ collection: 'topics', locale: 'en', data: { slug, name: slug } })).id
  const [trade, fisheries] = [await topic('trade'), await topic('fisheries')]

  const releaseId = await createDraftRelease(t.payload, 'tuna-quota-talks', { en: { title: 'Tuna quota talks', body: 'The tuna quota talks resume.' } })
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { topics: [fisheries, trade] } })
  await publishThroughWorkflow(t.payload, 'press-releases', releaseId, 'en')
  const briefingId = await createDraftBriefing(t.payload, 'tuna-briefing', {
    en: {
      title: 'Weekly briefing',
      opening: 'Opening remarks.',
      items: [
        { question: 'What about tuna fishing grounds?', answer: 'Tuna stocks are monitored.' },
        { question: 'And the tuna prices?', answer: 'Markets decide.' },
      ],
    },
  })
  const drafted = await t.payload.findByID({ collection: 'briefings', id: briefingId, locale: 'en', draft: true, depth: 0 })
  await t.payload.update({
    collection: 'briefings',
    id: briefingId,
    locale: 'en',
    draft: true,
    data: { items: (drafted.items ?? []).map((item, index) => ({ ...item, topics: index === 0 ? [fisheries] : [] })) },
  })
  await publishThroughWorkflow(t.payload, 'briefings', briefingId, 'en')

  const rowTopics = async () => {
    const { docs } = await t.payload.find({ collection: 'search-entries', overrideAccess: false, depth: 0, pagination: false, sort: 'id', where: { title: { like: 'tuna' } } })
    return Object.fromEntries(docs.map((row) => [row.anchor ?? row.kind, row.topics]))
  }
  const found = async (topicId: number) => {
    for (const [collection, id] of [['press-releases', releaseId], ['briefings', briefingId]] as const) markSearchDocumentChanged(t.payload, collection, id)
    return (await searchSite({ locale: 'en', q: 'tuna', topicId })).hits.map((hit) => hit.anchor ?? hit.kind).sort()
  }
  // Not in id order: the document's own order (fisheries was created after trade).
  const written = { release: [fisheries, trade], q1: [fisheries], q2: [] }
  expect(await rowTopics()).toEqual(written)
  const searched = { trade: await found(trade), fisheries: await found(fisheries) }
  expect(searched).toEqual({ trade: ['release'], fisheries: ['q1', 'release'] })

  // A topic id that no longer exists (its topic deleted after the row was written).
  await drizzle().run(sql.raw(`UPDATE search_entries SET topics = '[${fisheries}, 999999]' WHERE anchor = 'q1'`))
  await migration.down({ db: drizzle(), payload: t.payload, req: {} } as never)
  const rels = await drizzle().all(sql.raw('SELECT parent_id, topics_id FROM search_entries_rels ORDER BY parent_id, "order"'))
  const ids = await drizzle().all(sql.raw("SELECT id, coalesce(anchor, kind) AS name FROM search_entries WHERE title LIKE '%una%'"))
  const nameOf = new Map(ids.map((row) => [row.id, row.name]))
  expect(rels.filter((row) => nameOf.has(row.parent_id)).map((row) => [nameOf.get(row.parent_id), row.topics_id])).toEqual([
    ['release', fisheries],
    ['release', trade],
    ['q1', fisheries],
  ])

  await migration.up({ db: drizzle(), payload: t.payload, req: {} } as never)
  expect(await rowTopics()).toEqual(written)
  expect({ trade: await found(trade), fisheries: await found(fisheries) }).toEqual(searched)
  const tables = await drizzle().all(sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'search_entries_rels'"))
  expect(tables).toEqual([])
})

sqliteTest('a topic created with the id of a deleted one does not inherit its texts in search', async () => {
  const { searchSite } = await import('@/lib/search/searchSite')
  const doomed = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'doomed-topic', name: 'Doomed' } })
  const releaseId = await createDraftRelease(t.payload, 'walrus-census', { en: { title: 'Walrus census', body: 'The walrus census begins.' } })
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { topics: [doomed.id] } })
  await publishThroughWorkflow(t.payload, 'press-releases', releaseId, 'en')
  expect((await searchSite({ locale: 'en', q: 'walrus', topicId: doomed.id })).hits).toHaveLength(1)

  await t.payload.delete({ collection: 'topics', id: doomed.id })
  // Rows are stamped to the millisecond: the new topic is created after them, as in real use.
  await new Promise((resolve) => setTimeout(resolve, 5))
  const successor = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'successor-topic', name: 'Successor' } })
  expect(successor.id).toBe(doomed.id)
  expect((await searchSite({ locale: 'en', q: 'walrus' })).hits).toHaveLength(1)
  expect((await searchSite({ locale: 'en', q: 'walrus', topicId: successor.id })).hits).toEqual([])
  // Nor on the new topic's page, which lists from the same rows.
  const { listPressReleases } = await import('@/lib/data/pressReleases')
  expect((await listPressReleases({ locale: 'en', topicId: successor.id })).docs).toEqual([])

  // Tagged with the new topic and published again, the release is found under it.
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { topics: [successor.id], title: 'Walrus census, second count' } })
  await publishThroughWorkflow(t.payload, 'press-releases', releaseId, 'en', 'Tagged.')
  expect((await searchSite({ locale: 'en', q: 'walrus', topicId: successor.id })).hits.map((hit) => hit.title)).toEqual(['Walrus census, second count'])
  expect((await listPressReleases({ locale: 'en', topicId: successor.id })).docs.map((doc) => doc.title)).toEqual(['Walrus census, second count'])
})

sqliteTest('a topic with a reused id lists a document tagged with it and published in one language, in every language it is published in', async () => {
  const { listPressReleases } = await import('@/lib/data/pressReleases')
  const { searchSite } = await import('@/lib/search/searchSite')
  const doomed = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'doomed-again', name: 'Doomed again' } })
  const releaseId = await createDraftRelease(t.payload, 'heron-survey', {
    en: { title: 'Heron survey', body: 'The heron survey begins.' },
    zh: { title: '鹭鸟调查', body: '鹭鸟调查开始。' },
  })
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { topics: [doomed.id] } })
  for (const locale of ['en', 'zh'] as const) await publishThroughWorkflow(t.payload, 'press-releases', releaseId, locale)
  await t.payload.delete({ collection: 'topics', id: doomed.id })
  await new Promise((resolve) => setTimeout(resolve, 5))
  const successor = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'successor-again', name: 'Successor again' } })
  expect(successor.id).toBe(doomed.id)
  await new Promise((resolve) => setTimeout(resolve, 5))

  // Tagged with the new topic (topics are shared by every language) and published in English
  // alone: the Chinese rows say the same as before, by the same id, but were written before the
  // topic existed, so they are written again.
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { topics: [successor.id], title: 'Heron survey, tagged' } })
  await publishThroughWorkflow(t.payload, 'press-releases', releaseId, 'en', 'Tagged.')
  expect((await listPressReleases({ locale: 'en', topicId: successor.id })).docs.map((doc) => doc.title)).toEqual(['Heron survey, tagged'])
  expect((await listPressReleases({ locale: 'zh', topicId: successor.id })).docs.map((doc) => doc.title)).toEqual(['鹭鸟调查'])
  expect((await searchSite({ locale: 'zh', q: '鹭鸟', topicId: successor.id })).hits.map((hit) => hit.title)).toEqual(['鹭鸟调查'])
})
