import type { Where } from 'payload'

import { createLocalReq } from 'payload'

import { createDraftRelease, sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftBriefing, publishThroughWorkflow, workflowAction } from '@/tests/helpers/siteContent'
import { allSitemapEntries } from '@/tests/helpers/sitemap'

/**
 * The reader site's data layer on a real Payload: what readers can see of publication records,
 * the search index, feeds and the sitemap, and that none of it ever carries draft text.
 */
let t: TestPayload
let data: {
  availability: typeof import('@/lib/data/availability')
  search: typeof import('@/lib/search/searchSite')
  feeds: typeof import('@/lib/feeds/feeds')
  sitemap: typeof import('@/lib/seo/sitemap')
}

beforeAll(async () => {
  t = await startTestPayload('site-data')
  data = {
    availability: await import('@/lib/data/availability'),
    search: await import('@/lib/search/searchSite'),
    feeds: await import('@/lib/feeds/feeds'),
    sitemap: await import('@/lib/seo/sitemap'),
  }
}, 120_000)
afterAll(async () => t?.stop())

const zhAnswer = '中方愿同东盟国家一道维护南海和平稳定'

test('a document’s languages are exactly the ones published, with their public publication records', async () => {
  const id = await createDraftRelease(t.payload, 'languages-check', {
    id: { title: 'Judul', body: 'Isi' },
    en: { title: 'Title', body: 'Body' },
  })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  const languages = await data.availability.getDocumentLanguages({ collection: 'press-releases', slug: 'languages-check' })
  expect(languages.published).toEqual(['id'])
  expect(languages.publications.id?.state).toBe('published')
  expect(languages.publications.id?.firstPublishedAt).toEqual(expect.any(String))
  expect(languages.publications.en).toBeUndefined()
})

test('a withdrawn locale stays readable and carries its public reason', async () => {
  const id = await createDraftRelease(t.payload, 'withdrawn-check', { en: { title: 'To withdraw', body: 'Body' } })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  await workflowAction(t.payload, 'press-releases', id, 'en', 'withdraw', 'Superseded by a later statement')
  const languages = await data.availability.getDocumentLanguages({ collection: 'press-releases', slug: 'withdrawn-check' })
  expect(languages.published).toEqual(['en'])
  expect(languages.publications.en?.state).toBe('withdrawn')
  expect(languages.publications.en?.withdrawnReason).toBe('Superseded by a later statement')
})

test('a withdrawn language stays readable at its address only: it leaves search, lists, the home page’s latest, feeds and the sitemap, and comes back when published again', async () => {
  const slug = 'withdrawn-briefing-check'
  const id = await createDraftBriefing(
    t.payload,
    slug,
    { en: { title: 'Briefing later retracted', opening: 'Opening.', items: [{ question: 'On the lighthouse?', answer: 'A retracted answer about the lighthouse.' }] } },
    // The newest briefing of the suite, so the home page's latest briefing is this one.
    '2030-01-15T00:00:00.000Z',
  )
  await publishThroughWorkflow(t.payload, 'briefings', id, 'en')
  const { listBriefings, getLatestBriefing } = await import('@/lib/data/briefings')
  const everywhere = async () => ({
    search: (await data.search.searchSite({ locale: 'en', q: 'retracted answer' })).hits.map((hit) => hit.href),
    list: (await listBriefings({ locale: 'en', limit: 100 })).docs.map((doc) => doc.slug),
    latest: (await getLatestBriefing({ locale: 'en' }))?.slug,
    feed: (await data.feeds.collectionFeed('en', 'briefings')).includes(`/en/briefings/${slug}`),
    sitemap: (await allSitemapEntries(data.sitemap)).some((entry) => entry.url.endsWith(`/en/briefings/${slug}`)),
  })
  const listed = { search: [`/en/briefings/${slug}#q1`], list: expect.arrayContaining([slug]), latest: slug, feed: true, sitemap: true }
  expect(await everywhere()).toEqual(listed)

  await workflowAction(t.payload, 'briefings', id, 'en', 'withdraw', 'The answer misstated our position')
  const { latest, ...after } = await everywhere()
  expect(after).toEqual({ search: [], list: expect.not.arrayContaining([slug]), feed: false, sitemap: false })
  expect(latest).not.toBe(slug)
  // Still readable where it was, with its reason (components/site/PublicationInfo.tsx shows it).
  const languages = await data.availability.getDocumentLanguages({ collection: 'briefings', slug })
  expect(languages.published).toEqual(['en'])
  expect(languages.publications.en).toMatchObject({ state: 'withdrawn', withdrawnReason: 'The answer misstated our position' })

  await publishThroughWorkflow(t.payload, 'briefings', id, 'en', 'The answer now states our position correctly.')
  expect(await everywhere()).toEqual(listed)
})

test('languages withdrawn before the rule lose the rows they were indexed with, once, and live ones keep theirs (the migration withdrawn_out_of_search)', async () => {
  const { reindexWithdrawnLocales, searchEntriesOf } = await import('@/lib/search/indexDocument')
  const id = await createDraftRelease(t.payload, 'withdrawn-before-the-rule', {
    id: { title: 'Tetap terbit', body: 'Isi yang tetap.' },
    en: { title: 'Withdrawn long ago', body: 'Text withdrawn long ago.' },
  })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  await workflowAction(t.payload, 'press-releases', id, 'en', 'withdraw', 'Superseded')
  const rowsOf = async (locale: 'id' | 'en') =>
    (await t.payload.count({ collection: 'search-entries', where: { and: [{ documentId: { equals: String(id) } }, { locale: { equals: locale } }] } })).totalDocs
  const live = await rowsOf('id')
  expect(live).toBeGreaterThan(0)
  expect(await rowsOf('en')).toBe(0)
  // As the previous version left it: the withdrawn language indexed like a live one.
  const doc = await t.payload.findByID({ collection: 'press-releases', id, locale: 'en', fallbackLocale: false, depth: 0 })
  for (const entry of searchEntriesOf('press-releases', doc as unknown as Record<string, unknown>, 'en')) {
    await t.payload.db.create({ collection: 'search-entries', data: { ...entry, createdAt: doc.createdAt, updatedAt: new Date().toISOString() }, returning: false })
  }
  expect(await rowsOf('en')).toBeGreaterThan(0)

  expect(await reindexWithdrawnLocales(t.payload, await createLocalReq({}, t.payload))).toBeGreaterThanOrEqual(1)
  expect(await rowsOf('en')).toBe(0)
  expect(await rowsOf('id')).toBe(live)
})

test('an unpublished locale is no longer readable and is reported as unpublished', async () => {
  const id = await createDraftRelease(t.payload, 'unpublished-check', {
    id: { title: 'Tetap', body: 'Isi' },
    en: { title: 'Taken down', body: 'Body' },
  })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  await workflowAction(t.payload, 'press-releases', id, 'en', 'unpublish', 'Published by mistake')
  const languages = await data.availability.getDocumentLanguages({ collection: 'press-releases', slug: 'unpublished-check' })
  expect(languages.published).toEqual(['id'])
  expect(languages.publications.en?.state).toBe('unpublished')
})

test('a document taken down in every language is reported as taken down at its address; a never-published draft is not', async () => {
  const id = await createDraftRelease(t.payload, 'taken-down-everywhere', {
    id: { title: 'Ditarik', body: 'Isi' },
    en: { title: 'Taken down everywhere', body: 'Body' },
  })
  await createDraftRelease(t.payload, 'never-published', { en: { title: 'Never public', body: 'Body' } })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  const read = (slug: string) => data.availability.getDocumentLanguages({ collection: 'press-releases', slug })
  expect((await read('taken-down-everywhere')).takenDown).toBe(false)
  await workflowAction(t.payload, 'press-releases', id, 'en', 'unpublish', 'Published by mistake')
  expect(await read('taken-down-everywhere')).toMatchObject({ id: expect.anything(), published: ['id'], takenDown: false })
  await workflowAction(t.payload, 'press-releases', id, 'id', 'unpublish', 'Published by mistake')
  expect(await read('taken-down-everywhere')).toEqual({ id: null, published: [], publications: {}, takenDown: true })
  // A draft that was never public stays indistinguishable from an address that never existed.
  expect(await read('never-published')).toEqual({ id: null, published: [], publications: {}, takenDown: false })
  expect(await read('no-such-release')).toEqual({ id: null, published: [], publications: {}, takenDown: false })
  // Another type's page at the same address is not taken down.
  expect((await data.availability.getDocumentLanguages({ collection: 'briefings', slug: 'taken-down-everywhere' })).takenDown).toBe(false)
})

test('records of documents public before the workflow kept their address learn it from the document', async () => {
  const { backfillRecordSlugs } = await import('@/lib/workflow/records')
  const id = await createDraftRelease(t.payload, 'backfilled-address', { en: { title: 'Old', body: 'Body' } })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  const where: Where = { and: [{ 'document.value': { equals: id } }, { 'document.relationTo': { equals: 'press-releases' } }] }
  await t.payload.update({ collection: 'workflow-states', where, data: { slug: null }, overrideAccess: true })
  expect((await t.payload.find({ collection: 'workflow-states', where, overrideAccess: true })).docs.map((doc) => doc.slug)).toEqual([null])
  const req = await (await import('payload')).createLocalReq({}, t.payload)
  expect(await backfillRecordSlugs(t.payload, req)).toBeGreaterThanOrEqual(1)
  expect((await t.payload.find({ collection: 'workflow-states', where, overrideAccess: true })).docs.map((doc) => doc.slug)).toEqual(['backfilled-address'])
  expect(await backfillRecordSlugs(t.payload, req)).toBe(0)
})

test('a Chinese substring finds the individual Q&A item and links to its anchor', async () => {
  const id = await createDraftBriefing(t.payload, '2025-01-15-search-zh', {
    zh: {
      title: '外交部发言人主持例行记者会',
      opening: '开场发布。',
      items: [
        { question: '关于气候变化的问题？', answer: '中方一贯支持多边主义。' },
        { question: '关于南海的问题？', answer: `${zhAnswer}。` },
      ],
    },
  })
  await publishThroughWorkflow(t.payload, 'briefings', id, 'zh')
  const results = await data.search.searchSite({ locale: 'zh', q: '南海和平' })
  expect(results.hits.map((hit) => hit.href)).toEqual(['/zh/briefings/2025-01-15-search-zh#q2'])
  expect(results.hits[0]?.excerpt.map((segment) => segment.text).join('')).toContain(zhAnswer)
})

test('search filters by type', async () => {
  const results = await data.search.searchSite({ locale: 'zh', q: '例行记者会', kind: 'question' })
  expect(results.hits).toHaveLength(0)
  const briefings = await data.search.searchSite({ locale: 'zh', q: '例行记者会', kind: 'briefing' })
  expect(briefings.hits.map((hit) => hit.href)).toContain('/zh/briefings/2025-01-15-search-zh')
})

test('search never returns draft text, in the draft’s language or any other', async () => {
  const draft = sentinel('search-draft')
  const id = await createDraftRelease(t.payload, 'search-leak', {
    id: { title: 'Terbit', body: 'Teks terbit' },
    en: { title: draft, body: draft },
  })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  for (const locale of ['id', 'zh', 'en'] as const) {
    expect((await data.search.searchSite({ locale, q: draft })).hits).toHaveLength(0)
  }
  expect((await data.search.searchSite({ locale: 'id', q: 'Teks terbit' })).hits).toHaveLength(1)
})

test('an unpublished locale disappears from search', async () => {
  const results = await data.search.searchSite({ locale: 'en', q: 'Taken down' })
  expect(results.hits).toHaveLength(0)
})

test('feeds list only documents published in their language and never draft text', async () => {
  const draft = sentinel('feed-draft')
  const id = await createDraftRelease(t.payload, 'feed-check', {
    id: { title: 'Feed terbit', body: 'Isi' },
    zh: { title: draft, body: draft },
  })
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'id')
  const idFeed = await data.feeds.collectionFeed('id', 'press-releases')
  const zhFeed = await data.feeds.collectionFeed('zh', 'press-releases')
  expect(idFeed).toContain('/id/press-releases/feed-check')
  expect(zhFeed).not.toContain('feed-check')
  expect(idFeed + zhFeed).not.toContain(draft)
})

test('the sitemap lists each document once per published language, with only those as hreflang alternates', async () => {
  const entries = await allSitemapEntries(data.sitemap)
  const forSlug = entries.filter((entry) => entry.url.endsWith('/press-releases/languages-check'))
  expect(forSlug.map((entry) => new URL(entry.url).pathname)).toEqual(['/id/press-releases/languages-check'])
  expect(Object.keys(forSlug[0]?.alternates?.languages ?? {})).toEqual(['id-ID', 'x-default'])
  expect(entries.some((entry) => entry.url.endsWith('/en/press-releases/unpublished-check'))).toBe(false)
})

test('a topic lists the published Q&A items tagged with it, in its feed too, and never a draft language’s', async () => {
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'maritime-cooperation', name: 'Maritime cooperation' } })
  const draft = sentinel('topic-draft')
  const id = await createDraftBriefing(t.payload, 'topic-questions-check', {
    en: { title: 'Briefing on the sea', opening: 'Opening.', items: [{ question: 'Tagged question on the sea?', answer: 'Tagged answer.' }, { question: 'Untagged question?', answer: 'Answer.' }] },
    zh: { title: draft, opening: draft, items: [{ question: draft, answer: draft }, { question: draft, answer: draft }] },
  })
  const current = await t.payload.findByID({ collection: 'briefings', id, draft: true, locale: 'en', depth: 0 })
  await t.payload.update({
    collection: 'briefings',
    id,
    locale: 'en',
    draft: true,
    data: { items: (current.items ?? []).map((item, index) => ({ ...item, topics: index === 0 ? [topic.id] : [] })) },
  })
  await publishThroughWorkflow(t.payload, 'briefings', id, 'en')
  const { listQuestionsOnTopic } = await import('@/lib/data/briefings')
  const { questions } = await listQuestionsOnTopic({ locale: 'en', topicId: topic.id })
  expect(questions.map(({ briefing, item }) => [briefing.slug, item.key, item.question])).toEqual([
    ['topic-questions-check', 'q1', 'Tagged question on the sea?'],
  ])
  // The topic page lists questions: the answers are not read for it; the topic feed carries them.
  expect(questions[0]!.item.answer).toBeUndefined()
  expect((await listQuestionsOnTopic({ locale: 'zh', topicId: topic.id })).questions).toEqual([])
  const feed = await data.feeds.topicFeed('en', 'maritime-cooperation')
  expect(feed).toContain('/en/briefings/topic-questions-check#q1')
  expect(feed).toContain('Tagged answer.')
  expect(feed).not.toContain(draft)
})
