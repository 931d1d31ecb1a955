import type { Where } from 'payload'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftBriefing, publishThroughWorkflow, workflowAction } from '@/tests/helpers/siteContent'
import { createDraftRelease } from '@/tests/helpers/documents'

/**
 * Search answers from an in-memory copy of `search-entries` (lib/search/memoryIndex.ts). On a real
 * Payload: it finds exactly what the database's own `like` query finds, it follows every change to
 * the table (including ones made behind its back, as another server process would), and its
 * filters and pages behave like the database query did.
 */
let t: TestPayload
let search: typeof import('@/lib/search/searchSite')
let briefingId = 0

beforeAll(async () => {
  t = await startTestPayload('search-index')
  search = await import('@/lib/search/searchSite')
  briefingId = await createDraftBriefing(
    t.payload,
    '2025-03-04-index',
    {
      zh: {
        title: '外交部发言人例行记者会',
        opening: '今天我发布两条消息。',
        items: [
          { question: '关于粮食安全合作的问题？', answer: '中方愿同各方加强粮食安全合作。' },
          { question: '关于海上合作的问题？', answer: '双方同意深化海上务实合作。' },
        ],
      },
      en: {
        title: 'Regular Press Conference',
        opening: 'I have two announcements today.',
        items: [
          { question: 'On food security cooperation?', answer: 'China is ready to strengthen Food Security cooperation.' },
          { question: 'On maritime cooperation?', answer: 'Both sides agreed to deepen practical maritime cooperation.' },
        ],
      },
    },
    '2025-03-04T00:00:00.000Z',
  )
  for (const locale of ['zh', 'en'] as const) await publishThroughWorkflow(t.payload, 'briefings', briefingId, locale)
  for (let index = 1; index <= 23; index++) {
    const id = await createDraftRelease(t.payload, `maritime-${index}`, {
      en: { title: `Maritime dialogue round ${index}`, body: `The ${index}th round of the maritime dialogue was held.` },
    })
    await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  }
}, 300_000)
afterAll(async () => t?.stop())

/** The same search as the database answers it: Payload's `like` on the text, newest first. */
const databaseIds = async (locale: 'zh' | 'en', q: string, extra: Where[] = []) => {
  const { docs } = await t.payload.find({
    collection: 'search-entries',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    where: { and: [{ locale: { equals: locale } }, { text: { like: q } }, ...extra] },
    select: { kind: true },
  })
  return docs.map((doc) => doc.id).sort((a, b) => a - b)
}

const indexIds = async (filters: Parameters<typeof search.searchSite>[0]) => {
  const ids: number[] = []
  for (let page = 1; ; page++) {
    const result = await search.searchSite({ ...filters, page })
    ids.push(...result.hits.map((hit) => Number(hit.id)))
    if (page >= result.totalPages) break
  }
  return ids.sort((a, b) => a - b)
}

// First in this file: nothing has searched yet, so the copy is not loaded.
test('a caller that will not wait (the briefings page’s months) gets nothing before the copy is loaded, then what indexedEntries gives', async () => {
  const { indexedEntries, indexedEntriesWithin } = await import('@/lib/search/memoryIndex')
  expect(await indexedEntriesWithin(t.payload, 'en', 60_000)).toBeNull()
  const entries = await indexedEntries(t.payload, 'en')
  expect(entries.length).toBeGreaterThan(23)
  expect(await indexedEntriesWithin(t.payload, 'en', 60_000)).toEqual(entries)
})

test.each([
  ['zh', '粮食安全'],
  ['zh', '合作'],
  ['zh', '海上 务实'],
  ['zh', '记者会'],
  ['en', 'maritime'],
  ['en', 'MARITIME dialogue'],
  ['en', 'food security'],
  ['en', 'round 2'],
  ['en', 'nothing-like-this'],
] as const)('%s "%s" finds exactly what the database’s like query finds', async (locale, q) => {
  expect(await indexIds({ locale, q })).toEqual(await databaseIds(locale, q))
})

test('results are newest first, 20 to a page, with the total', async () => {
  const first = await search.searchSite({ locale: 'en', q: 'maritime' })
  const second = await search.searchSite({ locale: 'en', q: 'maritime', page: 2 })
  expect({ total: first.totalDocs, pages: first.totalPages, first: first.hits.length, second: second.hits.length }).toEqual({
    total: 24,
    pages: 2,
    first: 20,
    second: 4,
  })
  const dates = [...first.hits, ...second.hits].map((hit) => hit.date ?? '')
  expect(dates).toEqual([...dates].sort().reverse())
})

test('filters by type and date like the database query', async () => {
  expect(await indexIds({ locale: 'en', q: 'maritime', kind: 'question' })).toEqual(
    await databaseIds('en', 'maritime', [{ kind: { equals: 'question' } }]),
  )
  const onTheDay = await search.searchSite({ locale: 'zh', q: '合作', from: '2025-03-04', to: '2025-03-04' })
  expect(onTheDay.hits.map((hit) => hit.href).sort()).toEqual(['/zh/briefings/2025-03-04-index#q1', '/zh/briefings/2025-03-04-index#q2'])
  expect((await search.searchSite({ locale: 'zh', q: '合作', from: '2025-03-05' })).hits).toHaveLength(0)
})

test('a date range leaves out entries without a date, as the database query did', async () => {
  const undated = await createDraftRelease(t.payload, 'undated-maritime', { en: { title: 'Undated maritime note', body: 'Maritime.' } })
  await t.payload.update({ collection: 'press-releases', id: undated, locale: 'en', draft: true, data: { eventDate: null } })
  await publishThroughWorkflow(t.payload, 'press-releases', undated, 'en')
  const dated = await indexIds({ locale: 'en', q: 'maritime', to: '2099-12-31' })
  expect(dated).toEqual(await databaseIds('en', 'maritime', [{ date: { less_than: '2100-01-01T00:00:00.000Z' } }]))
  expect((await search.searchSite({ locale: 'en', q: 'undated maritime', to: '2099-12-31' })).totalDocs).toBe(0)
  expect((await search.searchSite({ locale: 'en', q: 'undated maritime' })).totalDocs).toBe(1)
})

test('an unpublish through the workflow leaves search at once', async () => {
  expect((await search.searchSite({ locale: 'zh', q: '粮食安全' })).totalDocs).toBe(1)
  await workflowAction(t.payload, 'briefings', briefingId, 'zh', 'unpublish', 'Published too early')
  expect((await search.searchSite({ locale: 'zh', q: '粮食安全' })).totalDocs).toBe(0)
  expect((await search.searchSite({ locale: 'en', q: 'food security' })).totalDocs).toBe(1)
})

test('another process’s re-indexing is seen even when this process re-indexed something too', async () => {
  const before = await search.searchSite({ locale: 'en', q: 'round 21' })
  expect(before.totalDocs).toBe(1)
  const [row] = (
    await t.payload.find({ collection: 'search-entries', where: { id: { equals: before.hits[0]!.id } }, depth: 0, overrideAccess: true })
  ).docs
  // Another process rewrites document 21's row (same count, new text) without telling this one...
  await t.payload.delete({ collection: 'search-entries', where: { id: { equals: row!.id } }, overrideAccess: true })
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...data } = row!
  await t.payload.create({ collection: 'search-entries', data: { ...data, text: 'Maritime dialogue round twenty-one (corrected)' }, overrideAccess: true })
  // ...while this process publishes another document, which it re-reads on its own.
  const other = await createDraftRelease(t.payload, 'maritime-later', { en: { title: 'Maritime dialogue, later round', body: 'Later.' } })
  await publishThroughWorkflow(t.payload, 'press-releases', other, 'en')
  const { searchIndexStats } = await import('@/lib/search/memoryIndex')
  const reads = searchIndexStats(t.payload)
  expect((await search.searchSite({ locale: 'en', q: 'round 21' })).totalDocs).toBe(0)
  expect((await search.searchSite({ locale: 'en', q: 'twenty-one corrected' })).totalDocs).toBe(1)
  // Only the documents with new rows were read, not the whole table (a minute on a ten-year archive).
  expect(searchIndexStats(t.payload).fullReads).toBe(reads.fullReads)
  expect(searchIndexStats(t.payload).partialReads).toBeGreaterThan(reads.partialReads)
})

test('reading rows into the index gives way to other work between pages (the driver answers synchronously: a load held a server for 8 s)', async () => {
  const { indexedEntries, searchIndexStats } = await import('@/lib/search/memoryIndex')
  const release = await createDraftRelease(t.payload, 'harbour-dialogue', { en: { title: 'Harbour dialogue', body: 'Opened today.' } })
  await publishThroughWorkflow(t.payload, 'press-releases', release, 'en')
  const reads = searchIndexStats(t.payload)
  // Stands for a server's waiting requests: callbacks that run only when the event loop gets a turn.
  let turns = 0
  let counting = true
  const turn = () => {
    if (!counting) return
    turns++
    setImmediate(turn)
  }
  setImmediate(turn)
  await indexedEntries(t.payload, 'en')
  counting = false
  // Rows were read (the whole table, or the new document's alone), and others had turns meanwhile.
  const after = searchIndexStats(t.payload)
  expect(after.fullReads + after.partialReads).toBe(reads.fullReads + reads.partialReads + 1)
  expect(turns).toBeGreaterThan(0)
  expect((await search.searchSite({ locale: 'en', q: 'harbour dialogue' })).totalDocs).toBe(1)
})

test('a change to the table made behind the index’s back (another process) is seen by the next search', async () => {
  const before = await search.searchSite({ locale: 'en', q: 'round 23' })
  expect(before.totalDocs).toBe(1)
  // What another server process's publish looks like from here: rows gone from the table.
  const { searchIndexStats } = await import('@/lib/search/memoryIndex')
  const reads = searchIndexStats(t.payload)
  await t.payload.delete({ collection: 'search-entries', where: { id: { equals: before.hits[0]!.id } }, overrideAccess: true })
  expect((await search.searchSite({ locale: 'en', q: 'round 23' })).totalDocs).toBe(0)
  // A deletion leaves no new row to notice: the copy is reconciled with the table's ids, not re-read whole.
  expect(searchIndexStats(t.payload)).toEqual({ ...reads, partialReads: reads.partialReads + 1, reconciliations: reads.reconciliations + 1 })
  expect((await search.searchSite({ locale: 'en', q: 'round 22' })).totalDocs).toBe(1)
})

test('results show the text as written, read for the page; a result whose row was taken down after the match reads as missing (searchSite leaves it out)', async () => {
  const { indexedEntries, matchingEntries, readEntryTexts } = await import('@/lib/search/memoryIndex')
  const found = await search.searchSite({ locale: 'en', q: 'food security' })
  // The index holds lower-cased text only; the excerpt keeps the capitals as published.
  expect(found.hits[0]!.excerpt.map((segment) => segment.text).join('')).toContain('Food Security cooperation')
  const [entry] = matchingEntries(await indexedEntries(t.payload, 'en'), ['round 22']).matches
  expect(entry).toBeDefined()
  expect([...(await readEntryTexts(t.payload, [entry!.id])).values()].map((row) => row.text)).toEqual([expect.stringContaining('The 22th round of the maritime dialogue was held.')])
  await t.payload.delete({ collection: 'search-entries', where: { id: { equals: entry!.id } }, overrideAccess: true })
  expect((await readEntryTexts(t.payload, [entry!.id])).size).toBe(0)
})

test('a word in more texts than are counted gives the first pages and says "more than", never a wrong total', async () => {
  // 24 maritime entries; counting stops at 20 here (the page's end), and finds a 21st.
  const capped = await search.searchSite({ locale: 'en', q: 'maritime' }, { countLimit: 5 })
  expect({ total: capped.totalDocs, exact: capped.totalIsExact, hits: capped.hits.length, pages: capped.totalPages }).toEqual({ total: 20, exact: false, hits: 20, pages: 2 })
  const all = await search.searchSite({ locale: 'en', q: 'maritime' })
  expect(all.totalIsExact).toBe(true)
  expect(capped.hits.map((hit) => hit.href)).toEqual(all.hits.map((hit) => hit.href))
  // Page 2 reads on past the count, and finds the rest.
  const second = await search.searchSite({ locale: 'en', q: 'maritime', page: 2 }, { countLimit: 5 })
  expect(second.totalIsExact).toBe(true)
  expect(second.totalDocs).toBe(all.totalDocs)
  // Exactly as many as counted is an exact total, not "more than".
  const exactly = await search.searchSite({ locale: 'en', q: 'maritime' }, { countLimit: all.totalDocs })
  expect({ total: exactly.totalDocs, exact: exactly.totalIsExact }).toEqual({ total: all.totalDocs, exact: true })
})

test('after documents are re-read alone, the lists stay newest first and Q&A entries keep their briefing’s title', async () => {
  const { indexedEntries, searchIndexStats } = await import('@/lib/search/memoryIndex')
  const reads = searchIndexStats(t.payload)
  const older = await createDraftRelease(t.payload, 'maritime-old', { en: { title: 'Maritime archive note', body: 'From the archive.' } })
  await t.payload.update({ collection: 'press-releases', id: older, locale: 'en', draft: true, data: { eventDate: '2001-01-01T00:00:00.000Z' } })
  await publishThroughWorkflow(t.payload, 'press-releases', older, 'en')
  await workflowAction(t.payload, 'briefings', briefingId, 'en', 'unpublish', 'Correction coming')
  await publishThroughWorkflow(t.payload, 'briefings', briefingId, 'en', 'Corrected.')
  const entries = await indexedEntries(t.payload, 'en')
  expect(searchIndexStats(t.payload).fullReads).toBe(reads.fullReads)
  // Newest date first (undated last), equal dates newest row first: as a full read sorts them.
  const sorted = [...entries].sort((a, b) => b.dateMs - a.dateMs || Number(b.id) - Number(a.id))
  expect(entries.map((entry) => entry.id)).toEqual(sorted.map((entry) => entry.id))
  const dated = entries.filter((entry) => entry.date !== null)
  expect(dated.at(-1)?.slug).toBe('maritime-old')
  const questions = entries.filter((entry) => entry.documentId === String(briefingId) && entry.anchor !== null)
  expect(questions.map((entry) => entry.documentTitle)).toEqual(['Regular Press Conference', 'Regular Press Conference'])
})

test('a row that reuses the id of a row taken down elsewhere replaces it: the withdrawn text is not found', async () => {
  const { searchIndexStats } = await import('@/lib/search/memoryIndex')
  // The newest document holds the highest ids; SQLite gives the next row the highest id + 1.
  const newest = await createDraftRelease(t.payload, 'lighthouse-withdrawn', { en: { title: 'Lighthouse statement', body: 'Withdrawn wording about the lighthouse.' } })
  await publishThroughWorkflow(t.payload, 'press-releases', newest, 'en')
  const shown = await search.searchSite({ locale: 'en', q: 'withdrawn wording' })
  expect(shown.totalDocs).toBe(1)
  const reads = searchIndexStats(t.payload)
  // Another process takes the document down (its rows go) and publishes another one (new rows).
  const { docs: rows } = await t.payload.find({ collection: 'search-entries', where: { documentId: { equals: String(newest) } }, depth: 0, overrideAccess: true })
  await t.payload.delete({ collection: 'search-entries', where: { documentId: { equals: String(newest) } }, overrideAccess: true })
  const { id: oldId, createdAt: _createdAt, updatedAt: _updatedAt, ...data } = rows[0]!
  const replacement = await t.payload.create({
    collection: 'search-entries',
    data: { ...data, documentId: '987654', slug: 'harbour-accord', title: 'Harbour accord', text: 'Harbour accord signed today.' },
    overrideAccess: true,
  })
  // The premise: the new row has the old row's id.
  expect(replacement.id).toBe(oldId)
  expect((await search.searchSite({ locale: 'en', q: 'withdrawn wording' })).totalDocs).toBe(0)
  expect((await search.searchSite({ locale: 'en', q: 'lighthouse' })).totalDocs).toBe(0)
  const harbour = await search.searchSite({ locale: 'en', q: 'harbour accord' })
  expect(harbour.hits.map((hit) => hit.href)).toEqual(['/en/press-releases/harbour-accord'])
  expect(searchIndexStats(t.payload).fullReads).toBe(reads.fullReads)
})

test('a release’s location is searchable, but not repeated in front of the body’s dateline that already names it (search excerpts, feed entries)', async () => {
  const withDateline = await createDraftRelease(t.payload, 'dateline-jakarta', {
    en: { title: 'Minister opens the archipelago forum', body: 'Jakarta, 2 December 2025 – The Minister opened the archipelago forum today.' },
  })
  const elsewhere = await createDraftRelease(t.payload, 'dateline-none', {
    en: { title: 'Embassy hosts the batik evening', body: 'The embassy hosted an evening of batik for its guests.' },
  })
  for (const [id, location] of [[withDateline, 'Jakarta'], [elsewhere, 'Bandung']] as const) {
    await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { location } })
    await publishThroughWorkflow(t.payload, 'press-releases', id, 'en')
  }
  const opened = await search.searchSite({ locale: 'en', q: 'archipelago forum today' })
  const excerpt = opened.hits[0]!.excerpt.map((segment) => segment.text).join('')
  expect(excerpt).toContain('Jakarta, 2 December 2025')
  expect(excerpt).not.toMatch(/Jakarta\s+Jakarta/)
  // A location the body does not name is still found.
  expect((await search.searchSite({ locale: 'en', q: 'bandung' })).hits.map((hit) => hit.href)).toEqual([expect.stringContaining('dateline-none')])
  expect((await search.searchSite({ locale: 'en', q: 'jakarta' })).hits.map((hit) => hit.href)).toContain('/en/press-releases/dateline-jakarta')
  const feed = await (await import('@/lib/feeds/feeds')).collectionFeed('en', 'press-releases')
  const entry = (slug: string) => feed.split('<entry>').find((each) => each.includes(`/en/press-releases/${slug}<`) || each.includes(`/en/press-releases/${slug}"`)) ?? ''
  expect(entry('dateline-jakarta')).toContain('<p>Jakarta, 2 December 2025 – The Minister opened the archipelago forum today.</p>')
  expect(entry('dateline-jakarta')).not.toContain('<p>Jakarta</p>')
  expect(entry('dateline-none')).toContain('<p>Bandung</p>')
})

test('publishing one language rewrites that language’s rows only, unless the publish took a shared field live that other languages’ rows show', async () => {
  const id = await createDraftBriefing(
    t.payload,
    '2025-05-06-one-language',
    {
      zh: { title: '例行记者会（五月）', opening: '今天没有消息发布。', items: [{ question: '关于港口合作的问题？', answer: '双方将推进港口合作。' }] },
      en: { title: 'Regular Press Conference (May)', opening: 'No announcements today.', items: [{ question: 'On port cooperation?', answer: 'Both sides will advance port cooperation.' }] },
    },
    '2025-05-06T00:00:00.000Z',
  )
  const rows = async () => {
    const { docs } = await t.payload.find({
      collection: 'search-entries',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      where: { and: [{ sourceCollection: { equals: 'briefings' } }, { documentId: { equals: String(id) } }] },
      select: { locale: true, date: true, updatedAt: true },
    })
    return {
      zh: docs.filter((row) => row.locale === 'zh'),
      en: docs.filter((row) => row.locale === 'en'),
    }
  }
  await publishThroughWorkflow(t.payload, 'briefings', id, 'zh')
  const zhRows = (await rows()).zh
  expect(zhRows).toHaveLength(2)

  // English published alone: its rows appear; the Chinese rows are not written again (SQLite may
  // give a rewritten row its old id back, so the time of the write tells).
  await new Promise((resolve) => setTimeout(resolve, 5))
  await publishThroughWorkflow(t.payload, 'briefings', id, 'en')
  const afterEnglish = await rows()
  expect(afterEnglish.en).toHaveLength(2)
  expect(afterEnglish.zh).toEqual(zhRows)

  // The date is shared by every language: a new date published with English is Chinese readers'
  // date too, so the Chinese rows say it as well (a search filtered by date finds them).
  await t.payload.update({ collection: 'briefings', id, locale: 'en', draft: true, data: { date: '2025-05-07T00:00:00.000Z' } })
  await publishThroughWorkflow(t.payload, 'briefings', id, 'en', 'Date corrected')
  const afterDate = await rows()
  expect(afterDate.zh.map((row) => row.date)).toEqual(['2025-05-07T00:00:00.000Z', '2025-05-07T00:00:00.000Z'])
  expect(afterDate.en.map((row) => row.date)).toEqual(['2025-05-07T00:00:00.000Z', '2025-05-07T00:00:00.000Z'])
  const found = await search.searchSite({ locale: 'zh', q: '港口合作', from: '2025-05-07', to: '2025-05-07' })
  expect(found.hits.map((hit) => hit.href)).toEqual(['/zh/briefings/2025-05-06-one-language#q1'])
})

test('the rows are read through the database adapter only while anyone may read every row; a narrower rule is applied', async () => {
  const { indexedEntries } = await import('@/lib/search/memoryIndex')
  const access = t.payload.collections['search-entries'].config.access
  const everyone = access.read
  const adapterFind = t.payload.db.find.bind(t.payload.db)
  const adapterReads: string[] = []
  t.payload.db.find = ((args: Parameters<typeof adapterFind>[0]) => {
    adapterReads.push(args.collection)
    return adapterFind(args)
  }) as typeof adapterFind
  const hidden = await createDraftRelease(t.payload, 'lantern-hidden', { en: { title: 'Lantern notice', body: 'A lantern notice readers may not see.' } })
  try {
    // As if the rule were narrowed: rows of one release are hidden from anonymous readers.
    access.read = () => ({ slug: { not_equals: 'lantern-hidden' } })
    await publishThroughWorkflow(t.payload, 'press-releases', hidden, 'en')
    const stored = await t.payload.find({ collection: 'search-entries', overrideAccess: true, depth: 0, where: { slug: { equals: 'lantern-hidden' } } })
    expect(stored.totalDocs).toBeGreaterThan(0)
    adapterReads.length = 0
    expect((await indexedEntries(t.payload, 'en')).map((entry) => entry.slug)).not.toContain('lantern-hidden')
    expect((await search.searchSite({ locale: 'en', q: 'lantern' })).hits).toEqual([])
    // Rows were read through the Local API (which also reaches the adapter, after applying the rule).
    access.read = everyone
    // Everyone may read every row again: the next changes re-read the release, through the adapter.
    await workflowAction(t.payload, 'press-releases', hidden, 'en', 'unpublish', 'Checking')
    await publishThroughWorkflow(t.payload, 'press-releases', hidden, 'en', 'Visible again.')
    adapterReads.length = 0
    const localFind = t.payload.find.bind(t.payload)
    const localRowReads: unknown[] = []
    t.payload.find = ((args: Parameters<typeof localFind>[0]) => {
      // Freshness checks and the texts of the results shown still use the Local API; filling the
      // copy (rows in id order, a page at a time) must not.
      if (args.collection === 'search-entries' && args.sort === 'id') localRowReads.push(args)
      return localFind(args)
    }) as typeof localFind
    try {
      expect((await search.searchSite({ locale: 'en', q: 'lantern' })).hits.map((hit) => hit.title)).toEqual(['Lantern notice'])
      expect(adapterReads).toContain('search-entries')
      expect(localRowReads).toEqual([])
    } finally {
      t.payload.find = localFind
    }
  } finally {
    access.read = everyone
    t.payload.db.find = adapterFind
  }
})
