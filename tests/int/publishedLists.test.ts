import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftRelease } from '@/tests/helpers/documents'
import { createDraftBriefing, editBriefingItems, publishThroughWorkflow, tagBriefingItems, workflowAction } from '@/tests/helpers/siteContent'

/**
 * The reader site's lists are read along the published list (lib/data/listing.ts: the search
 * index's document rows) instead of the documents' own tables. They must show exactly what the
 * documents' own query, run as an anonymous reader, shows: the same documents, in the same order
 * (same-day documents newest created first), the same totals, with every filter, and follow
 * publishing, unpublishing, deletion and a republished date at once.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('published-lists')
}, 120_000)
afterAll(async () => t?.stop())

const reader = (locale: Locale) => ({ locale, fallbackLocale: false as const, overrideAccess: false as const, draft: false })

/** The documents' own answer, as the lists computed it before: ids newest first. */
const ownList = async (collection: 'press-releases' | 'briefings', locale: Locale, sort: string, where?: Where) => {
  const { docs } = await t.payload.find({ collection, ...reader(locale), depth: 0, pagination: false, sort, where, select: { slug: true } })
  return docs.map((doc) => doc.slug)
}

const slugsOfAllPages = async <T extends { slug?: string | null }>(read: (page: number) => Promise<{ docs: readonly T[]; totalPages: number }>) => {
  const slugs: (string | null | undefined)[] = []
  for (let page = 1, total = 1; page <= total; page++) {
    const result = await read(page)
    total = result.totalPages
    slugs.push(...result.docs.map((doc) => doc.slug))
  }
  return slugs
}

const release = async (slug: string, eventDate: string, publishIn: Locale[], topics: number[] = []) => {
  const id = await createDraftRelease(t.payload, slug, { en: { title: `EN ${slug}`, body: 'Text.' }, zh: { title: `中文 ${slug}`, body: '正文。' } })
  await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { eventDate, topics } })
  for (const locale of publishIn) await publishThroughWorkflow(t.payload, 'press-releases', id, locale)
  return id
}

test('release lists, pages, topic and year filters show what the releases themselves show, in the same order', async () => {
  const { listPressReleases, listPressReleaseYears } = await import('@/lib/data/pressReleases')
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { name: 'Lists topic', slug: 'lists-topic' } })
  await release('r-2025-a', '2025-03-01T00:00:00.000Z', ['en', 'zh'], [topic.id])
  // Three on one day: the newest created comes first, as in the releases' own order.
  await release('r-2024-same-1', '2024-07-01T00:00:00.000Z', ['en'])
  await release('r-2024-same-2', '2024-07-01T00:00:00.000Z', ['en'], [topic.id])
  await release('r-2024-same-3', '2024-07-01T00:00:00.000Z', ['en', 'zh'])
  await release('r-2024-zh-only', '2024-05-01T00:00:00.000Z', ['zh'])
  await release('r-2024-draft', '2024-04-01T00:00:00.000Z', [])
  const unpublished = await release('r-2023-unpublished', '2023-04-01T00:00:00.000Z', ['en'])
  await workflowAction(t.payload, 'press-releases', unpublished, 'en', 'unpublish', 'Published in error')
  const deleted = await release('r-2022-deleted', '2022-04-01T00:00:00.000Z', ['en'])
  await t.payload.delete({ collection: 'press-releases', id: deleted })
  await release('r-2021', '2021-01-01T00:00:00.000Z', ['en'], [topic.id])

  const expected = ['r-2025-a', 'r-2024-same-3', 'r-2024-same-2', 'r-2024-same-1', 'r-2021']
  expect(await ownList('press-releases', 'en', '-eventDate')).toEqual(expected)
  const pages = await slugsOfAllPages((page) => listPressReleases({ locale: 'en', page, limit: 2 }))
  expect(pages).toEqual(expected)
  // Republishing the oldest of the three (a correction) does not move it ahead of the others.
  const [sameDay] = (await t.payload.find({ collection: 'press-releases', where: { slug: { equals: 'r-2024-same-1' } }, depth: 0 })).docs
  await t.payload.update({ collection: 'press-releases', id: sameDay!.id, locale: 'en', draft: true, data: { title: 'EN r-2024-same-1 (corrected)' } })
  await publishThroughWorkflow(t.payload, 'press-releases', sameDay!.id, 'en', 'Typo corrected')
  expect(await slugsOfAllPages((page) => listPressReleases({ locale: 'en', page, limit: 2 }))).toEqual(expected)
  const first = await listPressReleases({ locale: 'en', limit: 2 })
  expect({ totalDocs: first.totalDocs, totalPages: first.totalPages, page: first.page }).toEqual({ totalDocs: 5, totalPages: 3, page: 1 })
  // The list shows the release's own fields, read as a reader of that language.
  expect(first.docs[0]).toMatchObject({ title: 'EN r-2025-a', slug: 'r-2025-a', eventDate: '2025-03-01T00:00:00.000Z' })
  expect((await listPressReleases({ locale: 'zh' })).docs.map((doc) => [doc.slug, doc.title])).toEqual([
    ['r-2025-a', '中文 r-2025-a'],
    ['r-2024-same-3', '中文 r-2024-same-3'],
    ['r-2024-zh-only', '中文 r-2024-zh-only'],
  ])
  expect((await listPressReleases({ locale: 'id' })).docs).toEqual([])

  const onTopic = await listPressReleases({ locale: 'en', topicId: topic.id })
  expect(onTopic.docs.map((doc) => doc.slug)).toEqual(await ownList('press-releases', 'en', '-eventDate', { topics: { in: [topic.id] } }))
  expect(onTopic.docs.map((doc) => doc.slug)).toEqual(['r-2025-a', 'r-2024-same-2', 'r-2021'])
  // A topic's lists come from the in-memory copy of the rows: paged, within a year, in zh.
  expect(await slugsOfAllPages((page) => listPressReleases({ locale: 'en', topicId: topic.id, page, limit: 2 }))).toEqual(['r-2025-a', 'r-2024-same-2', 'r-2021'])
  const onTopicPage2 = await listPressReleases({ locale: 'en', topicId: topic.id, page: 2, limit: 2 })
  expect({ totalDocs: onTopicPage2.totalDocs, totalPages: onTopicPage2.totalPages, page: onTopicPage2.page }).toEqual({ totalDocs: 3, totalPages: 2, page: 2 })
  const onTopicIn2024 = await listPressReleases({ locale: 'en', topicId: topic.id, year: 2024 })
  expect(onTopicIn2024.docs.map((doc) => doc.slug)).toEqual(await ownList('press-releases', 'en', '-eventDate', { and: [{ topics: { in: [topic.id] } }, { eventDate: { greater_than_equal: '2024-01-01T00:00:00.000Z' } }, { eventDate: { less_than: '2025-01-01T00:00:00.000Z' } }] }))
  expect(onTopicIn2024.docs.map((doc) => [doc.slug, doc.title])).toEqual([['r-2024-same-2', 'EN r-2024-same-2']])
  expect((await listPressReleases({ locale: 'zh', topicId: topic.id })).docs.map((doc) => [doc.slug, doc.title])).toEqual([['r-2025-a', '中文 r-2025-a']])
  const in2024 = await listPressReleases({ locale: 'en', year: 2024 })
  expect(in2024.docs.map((doc) => doc.slug)).toEqual(['r-2024-same-3', 'r-2024-same-2', 'r-2024-same-1'])
  expect(in2024.totalDocs).toBe(3)
  expect(await listPressReleaseYears({ locale: 'en' })).toEqual([2025, 2024, 2021])
})

test('a republished date moves the release in the lists; a date changed only in a draft does not', async () => {
  const { listPressReleases } = await import('@/lib/data/pressReleases')
  const id = await release('r-moving', '2020-01-01T00:00:00.000Z', ['en'])
  const position = async () => (await listPressReleases({ locale: 'en', limit: 100 })).docs.map((doc) => doc.slug).indexOf('r-moving')
  const last = (await listPressReleases({ locale: 'en', limit: 100 })).totalDocs - 1
  expect(await position()).toBe(last)
  await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { eventDate: '2026-01-01T00:00:00.000Z' } })
  expect(await position()).toBe(last)
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en', 'Date corrected')
  expect(await position()).toBe(0)
  expect(await ownList('press-releases', 'en', '-eventDate')).toEqual((await listPressReleases({ locale: 'en', limit: 100 })).docs.map((doc) => doc.slug))
})

test('briefing lists by spokesperson and period, the month archive and the latest briefing follow what is published', async () => {
  const { getLatestBriefing, listBriefingMonths, listBriefings } = await import('@/lib/data/briefings')
  const { listDocuments } = await import('@/lib/data/documents')
  const [mao, lin] = await Promise.all(
    ['Mao Ning', 'Lin Jian'].map((name) =>
      t.payload.create({ collection: 'people', locale: 'en', data: { name, slug: name.toLowerCase().replace(' ', '-'), isSpokesperson: true } as never }),
    ),
  )
  const briefing = async (slug: string, date: string, spokesperson: number, publishIn: Locale[]) => {
    const id = await createDraftBriefing(
      t.payload,
      slug,
      { en: { title: `Briefing ${slug}`, opening: 'Good afternoon.', items: [{ question: 'A question?', answer: 'An answer.' }] } },
      date,
    )
    await t.payload.update({ collection: 'briefings', id, locale: 'en', draft: true, data: { spokesperson } })
    for (const locale of publishIn) await publishThroughWorkflow(t.payload, 'briefings', id, locale)
    return id
  }
  await briefing('b-2025-02-b', '2025-02-20T00:00:00.000Z', mao!.id, ['en'])
  await briefing('b-2025-02-a', '2025-02-03T00:00:00.000Z', lin!.id, ['en'])
  await briefing('b-2025-01', '2025-01-31T00:00:00.000Z', mao!.id, ['en'])
  await briefing('b-2024-12-draft', '2024-12-10T00:00:00.000Z', mao!.id, [])
  const withdrawn = await briefing('b-2024-11-unpublished', '2024-11-10T00:00:00.000Z', mao!.id, ['en'])
  await workflowAction(t.payload, 'briefings', withdrawn, 'en', 'unpublish', 'Wrong transcript')
  await briefing('b-2023-06', '2023-06-01T00:00:00.000Z', lin!.id, ['en'])
  const newest = await briefing('b-2025-03-draft', '2025-03-05T00:00:00.000Z', lin!.id, [])

  const slugs = (result: { docs: readonly { slug?: string | null }[] }) => result.docs.map((doc) => doc.slug)
  expect(slugs(await listBriefings({ locale: 'en' }))).toEqual(await ownList('briefings', 'en', '-date'))
  expect(slugs(await listBriefings({ locale: 'en' }))).toEqual(['b-2025-02-b', 'b-2025-02-a', 'b-2025-01', 'b-2023-06'])
  expect(slugs(await listBriefings({ locale: 'en', spokespersonId: mao!.id }))).toEqual(['b-2025-02-b', 'b-2025-01'])
  expect(slugs(await listDocuments({ collection: 'briefings', locale: 'en', spokespersonId: lin!.id }))).toEqual(['b-2025-02-a', 'b-2023-06'])
  expect(slugs(await listBriefings({ locale: 'en', period: { year: 2025, month: 2 } }))).toEqual(['b-2025-02-b', 'b-2025-02-a'])
  expect(slugs(await listBriefings({ locale: 'en', period: { year: 2025 } }))).toEqual(['b-2025-02-b', 'b-2025-02-a', 'b-2025-01'])
  // The list's speaker is populated for the page to link to.
  expect((await listBriefings({ locale: 'en', limit: 1 })).docs[0]?.spokesperson).toMatchObject({ name: 'Mao Ning', slug: 'mao-ning' })
  expect(await listBriefingMonths({ locale: 'en' })).toEqual([
    { year: 2025, month: 2, count: 2 },
    { year: 2025, month: 1, count: 1 },
    { year: 2023, month: 6, count: 1 },
  ])
  expect(await listBriefingMonths({ locale: 'zh' })).toEqual([])
  // Every way of counting gives the same answer: the table's dates, the table walked month by
  // month (a dense archive), the in-memory copy of the rows (once loaded, what the page uses).
  const { publishedMonths } = await import('@/lib/data/listing')
  const months = await listBriefingMonths({ locale: 'en' })
  for (const options of [{ source: 'table' as const }, { source: 'table' as const, walkFromPerMonth: 0 }, { source: 'index' as const }]) {
    expect(await publishedMonths('briefings', 'en', options)).toEqual(months)
    expect(await publishedMonths('briefings', 'zh', options)).toEqual([])
  }
  expect((await getLatestBriefing({ locale: 'en' }))?.slug).toBe('b-2025-02-b')

  await publishThroughWorkflow(t.payload, 'briefings', newest, 'en')
  const latest = await getLatestBriefing({ locale: 'en' })
  // The latest briefing comes whole: its items and their text, as its page shows them.
  expect(latest).toMatchObject({ slug: 'b-2025-03-draft', title: 'Briefing b-2025-03-draft', spokesperson: { name: 'Lin Jian' } })
  expect(latest?.items?.[0]?.question).toBe('A question?')
  expect((await listBriefingMonths({ locale: 'en' }))[0]).toEqual({ year: 2025, month: 3, count: 1 })
  // Both ways follow the publish (and the withdrawal): the copy is brought in step before it answers.
  for (const source of ['table', 'index'] as const) expect((await publishedMonths('briefings', 'en', { source }))[0]).toEqual({ year: 2025, month: 3, count: 1 })
  await workflowAction(t.payload, 'briefings', newest, 'en', 'unpublish', 'Not yet')
  for (const source of ['table', 'index'] as const) expect(await publishedMonths('briefings', 'en', { source })).toEqual(months)
})

test('a release created without a date is dated the newsroom’s today, so it heads the list and its year is offered', async () => {
  const { listPressReleases, listPressReleaseYears } = await import('@/lib/data/pressReleases')
  const { newsroomDay, newsroomTimeZone } = await import('@/lib/time/newsroomTime')
  const today = newsroomDay(new Date(), newsroomTimeZone())
  // As the admin's create form and the REST API send it: no eventDate at all.
  const id = await createDraftRelease(t.payload, 'r-undated', { en: { title: 'Released today without a date', body: 'Today.' } })
  expect((await t.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 })).eventDate).toBe(today)
  await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  expect((await listPressReleases({ locale: 'en', limit: 1 })).docs.map((doc) => [doc.slug, doc.eventDate])).toEqual([['r-undated', today]])
  expect(await listPressReleaseYears({ locale: 'en' })).toContain(Number(today.slice(0, 4)))
})

test('a topic lists same-day releases newest created first, and follows tagging, untagging and unpublishing at once', async () => {
  const { listPressReleases } = await import('@/lib/data/pressReleases')
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { name: 'Same-day topic', slug: 'same-day-topic' } })
  const onTopic = async () => (await listPressReleases({ locale: 'en', topicId: topic.id })).docs.map((doc) => doc.slug)
  const first = await release('t-day-1', '2019-06-01T00:00:00.000Z', ['en'], [topic.id])
  await release('t-day-2', '2019-06-01T00:00:00.000Z', ['en'], [topic.id])
  const third = await release('t-day-3', '2019-06-01T00:00:00.000Z', ['en'])
  const expected = ['t-day-2', 't-day-1']
  expect(await onTopic()).toEqual(expected)
  expect(await onTopic()).toEqual(await ownList('press-releases', 'en', '-eventDate', { topics: { in: [topic.id] } }))
  // A correction to the older one rewrites its rows (new row ids) but does not move it ahead.
  await t.payload.update({ collection: 'press-releases', id: first, locale: 'en', draft: true, data: { title: 'EN t-day-1 (corrected)' } })
  await publishThroughWorkflow(t.payload, 'press-releases', first, 'en', 'Typo corrected')
  expect(await onTopic()).toEqual(expected)
  // Tagged in a draft: not yet on the topic; published: on it, in its place.
  await t.payload.update({ collection: 'press-releases', id: third, locale: 'en', draft: true, data: { topics: [topic.id] } })
  expect(await onTopic()).toEqual(expected)
  await publishThroughWorkflow(t.payload, 'press-releases', third, 'en', 'Tagged')
  expect(await onTopic()).toEqual(['t-day-3', 't-day-2', 't-day-1'])
  await workflowAction(t.payload, 'press-releases', third, 'en', 'unpublish', 'Published in error')
  expect(await onTopic()).toEqual(expected)
  await t.payload.update({ collection: 'press-releases', id: first, locale: 'en', draft: true, data: { topics: [] } })
  await publishThroughWorkflow(t.payload, 'press-releases', first, 'en', 'Untagged')
  expect(await onTopic()).toEqual(['t-day-2'])
  expect(await onTopic()).toEqual(await ownList('press-releases', 'en', '-eventDate', { topics: { in: [topic.id] } }))
})

test('a topic’s questions: a page of briefings newest first, each once with its questions on the topic, as the briefings themselves say', async () => {
  const { listQuestionsOnTopic } = await import('@/lib/data/briefings')
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { name: 'Questions topic', slug: 'questions-topic' } })
  const other = await t.payload.create({ collection: 'topics', locale: 'en', data: { name: 'Other topic', slug: 'other-topic' } })
  const briefing = async (slug: string, date: string, tags: number[][], publishIn: Locale[] = ['en']) => {
    const id = await createDraftBriefing(
      t.payload,
      slug,
      { en: { title: `Briefing ${slug}`, opening: 'Good afternoon.', items: tags.map((_, index) => ({ question: `${slug} question ${index + 1}?`, answer: 'An answer.' })) } },
      date,
    )
    await tagBriefingItems(t.payload, id, (index) => tags[index])
    for (const locale of publishIn) await publishThroughWorkflow(t.payload, 'briefings', id, locale)
    return id
  }
  await briefing('qt-2023', '2023-02-01T00:00:00.000Z', [[topic.id], [other.id]])
  const twice = await briefing('qt-2024', '2024-02-01T00:00:00.000Z', [[topic.id], [], [other.id, topic.id]])
  await briefing('qt-2024-other', '2024-03-01T00:00:00.000Z', [[other.id]])
  await briefing('qt-2025', '2025-02-01T00:00:00.000Z', [[topic.id]])
  await briefing('qt-2025-draft', '2025-03-01T00:00:00.000Z', [[topic.id]], [])

  const questionsOf = (result: { questions: { briefing: { slug?: string | null }; item: { question?: string | null } }[] }) =>
    result.questions.map(({ briefing, item }) => `${briefing.slug}: ${item.question}`)
  const page1 = await listQuestionsOnTopic({ locale: 'en', topicId: topic.id, limit: 2 })
  expect(questionsOf(page1)).toEqual(['qt-2025: qt-2025 question 1?', 'qt-2024: qt-2024 question 1?', 'qt-2024: qt-2024 question 3?'])
  expect({ page: page1.page, totalPages: page1.totalPages }).toEqual({ page: 1, totalPages: 2 })
  const page2 = await listQuestionsOnTopic({ locale: 'en', topicId: topic.id, limit: 2, page: 2 })
  expect(questionsOf(page2)).toEqual(['qt-2023: qt-2023 question 1?'])
  // The briefings are those the briefings' own query finds, in its order.
  const all = await listQuestionsOnTopic({ locale: 'en', topicId: topic.id })
  expect([...new Set(all.questions.map(({ briefing }) => briefing.slug))]).toEqual(await ownList('briefings', 'en', '-date', { 'items.topics': { in: [topic.id] } }))
  // Untagged and published: the briefing keeps only its other question on the topic.
  await tagBriefingItems(t.payload, twice, (index) => (index === 0 ? [] : undefined))
  await publishThroughWorkflow(t.payload, 'briefings', twice, 'en', 'Retagged')
  expect(questionsOf(await listQuestionsOnTopic({ locale: 'en', topicId: topic.id }))).toEqual([
    'qt-2025: qt-2025 question 1?',
    'qt-2024: qt-2024 question 3?',
    'qt-2023: qt-2023 question 1?',
  ])
  expect((await listQuestionsOnTopic({ locale: 'zh', topicId: topic.id })).questions).toEqual([])
})

test('a topic page shows a briefing’s published questions on it in the briefing’s order, one that reads like its title too', async () => {
  const { listQuestionsOnTopic } = await import('@/lib/data/briefings')
  const { paragraphsToRichText } = await import('@/lib/richText/paragraphs')
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { name: 'Order topic', slug: 'order-topic' } })
  const id = await createDraftBriefing(
    t.payload,
    'qo-briefing',
    {
      en: {
        title: 'Briefing qo',
        opening: 'Good afternoon.',
        items: [
          { question: 'First asked?', answer: 'First answer.' },
          { question: 'Briefing qo', answer: 'A question that reads like the title.' },
        ],
      },
    },
    '2018-03-01T00:00:00.000Z',
  )
  // An item inserted in front later gets the next free key (q3): keys are never renumbered.
  await editBriefingItems(t.payload, id, (items) => [{ question: 'Inserted in front?', answer: paragraphsToRichText(['Inserted answer.']) }, ...items])
  await tagBriefingItems(t.payload, id, () => [topic.id])
  await publishThroughWorkflow(t.payload, 'briefings', id, 'en')
  const shown = async () =>
    (await listQuestionsOnTopic({ locale: 'en', topicId: topic.id })).questions.map(({ item }) => [item.key, item.question])
  const published = [
    ['q3', 'Inserted in front?'],
    ['q1', 'First asked?'],
    ['q2', 'Briefing qo'],
  ]
  expect(await shown()).toEqual(published)
  // The feed reads the briefing itself: the same questions in the same order.
  const withAnswers = await listQuestionsOnTopic({ locale: 'en', topicId: topic.id, withAnswers: true })
  expect(withAnswers.questions.map(({ item }) => [item.key, item.question])).toEqual(published)
  // A question reworded in a draft: readers still get the published wording.
  await editBriefingItems(t.payload, id, (items) => items.map((item) => (item.key === 'q1' ? { ...item, question: 'DRAFT rewording?' } : item)))
  expect(await shown()).toEqual(published)
})
