import { createDraftRelease, sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftBriefing, publishThroughWorkflow } from '@/tests/helpers/siteContent'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { allSitemapEntries } from '@/tests/helpers/sitemap'

/**
 * What the reader site says about published documents outside their pages, on a real Payload:
 * feeds (language, author, whole text, the pages' dates), the sitemap's x-default, search result
 * titles, excerpts and the spokesperson filter, and the result count's plural forms. None of it may
 * carry draft text.
 */
let t: TestPayload
let feeds: typeof import('@/lib/feeds/feeds')
let sitemap: typeof import('@/lib/seo/sitemap')
let search: typeof import('@/lib/search/searchSite')
let reference: typeof import('@/lib/data/reference')
let publication: typeof import('@/lib/data/publication')

const draftText = sentinel('feeds-search-draft')
const newerDraft = sentinel('feeds-search-newer-draft')
let spokespersonId = 0
let viceMinisterId = 0
let draftSpeakerId = 0
let briefingId = 0
let releaseId = 0

const entriesOf = (xml: string) => xml.split('<entry>').slice(1).map((entry) => entry.split('</entry>')[0]!)
const entryFor = (xml: string, path: string) => entriesOf(xml).find((entry) => entry.includes(`${path}"`) || entry.includes(`${path}<`))
const elementText = (entry: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(entry)?.[1] ?? null

beforeAll(async () => {
  t = await startTestPayload('reader-feeds-search')
  feeds = await import('@/lib/feeds/feeds')
  sitemap = await import('@/lib/seo/sitemap')
  search = await import('@/lib/search/searchSite')
  reference = await import('@/lib/data/reference')
  publication = await import('@/lib/data/publication')

  const person = async (slug: string, names: Record<'id' | 'zh' | 'en', string>) => {
    const created = await t.payload.create({ collection: 'people', locale: 'en', data: { slug, name: names.en } })
    for (const locale of ['id', 'zh'] as const) {
      await t.payload.update({ collection: 'people', id: created.id, locale, data: { name: names[locale] } })
    }
    return created.id
  }
  spokespersonId = await person('juru-bicara', { id: 'Juru Bicara Satu', zh: '发言人甲', en: 'Spokesperson One' })
  viceMinisterId = await person('wakil-menteri', { id: 'Wakil Menteri', zh: '副部长', en: 'Vice Minister' })
  draftSpeakerId = await person('draft-speaker', { id: 'Belum Terbit', zh: '未发布', en: 'Not Yet Published' })

  briefingId = await createDraftBriefing(
    t.payload,
    '2025-05-06-feeds',
    {
      zh: {
        title: '外交部发言人例行记者会',
        opening: '今天我发布一条消息：海上合作对话将举行。',
        items: [{ question: '关于渔业合作的问题？', answer: '中方愿同印尼深化渔业合作。' }],
      },
      en: {
        title: 'Regular press conference of 6 May',
        opening: 'I have one announcement: the maritime cooperation dialogue will be held.',
        items: [{ question: 'What about fisheries cooperation?', answer: 'China is ready to deepen fisheries cooperation with Indonesia.' }],
      },
      id: { title: draftText, opening: draftText, items: [{ question: draftText, answer: draftText }] },
    },
    '2025-05-06T00:00:00.000Z',
  )
  const topic = await t.payload.create({ collection: 'topics', locale: 'en', data: { slug: 'fisheries', name: 'Fisheries' } })
  const drafted = await t.payload.findByID({ collection: 'briefings', id: briefingId, draft: true, locale: 'zh', depth: 0 })
  await t.payload.update({
    collection: 'briefings',
    id: briefingId,
    locale: 'zh',
    draft: true,
    data: { spokesperson: spokespersonId, items: (drafted.items ?? []).map((item) => ({ ...item, topics: [topic.id] })) },
  })
  for (const locale of ['zh', 'en'] as const) await publishThroughWorkflow(t.payload, 'briefings', briefingId, locale)

  releaseId = await createDraftRelease(t.payload, 'feeds-release', {
    en: { title: 'Fisheries <agreement> signed & sealed ]]> twice ]]>', body: 'The two ministers signed the fisheries agreement in Jakarta.' },
    id: { title: draftText, body: draftText },
  })
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { people: [viceMinisterId], topics: [topic.id], sourceLocale: 'id' } })
  await publishThroughWorkflow(t.payload, 'press-releases', releaseId, 'en')
  // A newer draft of the published English text, never published.
  await t.payload.update({ collection: 'press-releases', id: releaseId, locale: 'en', draft: true, data: { body: paragraphsToRichText([newerDraft]) } })

  // A briefing that exists only as a draft: its speaker is no spokesperson readers can know of.
  const unpublished = await createDraftBriefing(t.payload, '2025-05-07-draft', {
    en: { title: 'Draft briefing', opening: 'Draft.', items: [{ question: 'Draft?', answer: 'Draft.' }] },
  })
  await t.payload.update({ collection: 'briefings', id: unpublished, locale: 'en', draft: true, data: { spokesperson: draftSpeakerId } })
}, 300_000)
afterAll(async () => t?.stop())

describe('feeds', () => {
  test('each feed states its language on the root element (BCP 47)', async () => {
    expect(await feeds.collectionFeed('zh', 'briefings')).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">')
    expect(await feeds.collectionFeed('en', 'press-releases')).toContain('xml:lang="en">')
    expect(await feeds.collectionFeed('id', 'statements')).toContain('xml:lang="id-ID">')
  })

  test('a briefing entry is by its spokesperson, in the feed’s language, and carries the whole text', async () => {
    const zh = entryFor(await feeds.collectionFeed('zh', 'briefings'), '/zh/briefings/2025-05-06-feeds')!
    expect(zh).toContain('<name>发言人甲</name>')
    expect(zh).toMatch(/<content type="html"><!\[CDATA\[.*今天我发布一条消息.*<h3>关于渔业合作的问题？<\/h3>.*中方愿同印尼深化渔业合作。.*\]\]><\/content>/s)
    const en = entryFor(await feeds.collectionFeed('en', 'briefings'), '/en/briefings/2025-05-06-feeds')!
    expect(en).toContain('<name>Spokesperson One</name>')
    expect(en).toContain('China is ready to deepen fisheries cooperation with Indonesia.')
  })

  test('a release entry is by the ministry (the site), its text escaped as HTML', async () => {
    const xml = await feeds.collectionFeed('en', 'press-releases')
    const entry = entryFor(xml, '/en/press-releases/feeds-release')!
    expect(entry).toContain('<name>Warta</name>')
    expect(entry).toContain('<p>The two ministers signed the fisheries agreement in Jakarta.</p>')
    expect(entry).toContain('Fisheries &lt;agreement&gt; signed &amp; sealed ]]&gt; twice ]]&gt;')
    // Every CDATA section ends where it should: the `]]>` in the title did not end one early.
    expect(xml.split('<![CDATA[').length).toBe(xml.split(']]>').length)
    expect(entriesOf(xml).every((each) => /<author>\s*<name>[^<]+<\/name>\s*<\/author>/.test(each))).toBe(true)
  })

  test('entries are dated as the pages are: published when first published, updated when last published', async () => {
    const before = await publication.getLocalePublications({ collection: 'briefings', ids: [briefingId], locale: 'en' })
    const first = before[String(briefingId)]!.firstPublishedAt!
    // Edit and publish the English text again: the entry keeps its publication date and is updated.
    await new Promise((resolve) => setTimeout(resolve, 20))
    await t.payload.update({ collection: 'briefings', id: briefingId, locale: 'en', draft: true, data: { title: 'Regular press conference of 6 May (corrected)' } })
    await publishThroughWorkflow(t.payload, 'briefings', briefingId, 'en', 'Title corrected.')
    const after = (await publication.getLocalePublications({ collection: 'briefings', ids: [briefingId], locale: 'en' }))[String(briefingId)]!
    expect(after.firstPublishedAt).toBe(first)
    expect(after.lastPublishedAt! > first).toBe(true)
    const entry = entryFor(await feeds.collectionFeed('en', 'briefings'), '/en/briefings/2025-05-06-feeds')!
    expect({ published: elementText(entry, 'published'), updated: elementText(entry, 'updated') }).toEqual({
      published: new Date(first).toISOString(),
      updated: new Date(after.lastPublishedAt!).toISOString(),
    })
    // Not the briefing's own date (6 May 2025), which the entries used to carry.
    expect(entry).not.toContain('2025-05-06T00:00:00.000Z')
  })

  test('an archive text imported with its original publication time is dated by it, in the feed as on its page', async () => {
    const original = '2019-03-08T02:15:00.000Z'
    const archived = await createDraftRelease(t.payload, 'feeds-archived-release', { en: { title: 'Archived statement of 2019', body: 'Archive text.' } })
    await t.payload.update({ collection: 'press-releases', id: archived, locale: 'en', draft: true, data: { originalPublishedAt: original } })
    await publishThroughWorkflow(t.payload, 'press-releases', archived, 'en')
    const entry = entryFor(await feeds.collectionFeed('en', 'press-releases'), '/en/press-releases/feeds-archived-release')!
    expect(elementText(entry, 'published')).toBe(original)
    // Published here today: that is its update, never earlier than the original.
    expect(Date.parse(elementText(entry, 'updated')!)).toBeGreaterThan(Date.parse('2026-01-01'))
  })

  test('a topic feed’s entries have authors and whole text too', async () => {
    const xml = (await feeds.topicFeed('en', 'fisheries'))!
    expect(xml).toContain('xml:lang="en">')
    const question = entryFor(xml, '/en/briefings/2025-05-06-feeds#q1')!
    expect(question).toContain('<name>Spokesperson One</name>')
    expect(question).toContain('China is ready to deepen fisheries cooperation with Indonesia.')
    const release = entryFor(xml, '/en/press-releases/feeds-release')!
    expect(release).toContain('<name>Warta</name>')
    expect(release).toContain('<content type="html">')
  })

  test('no feed carries draft text: not another language’s draft, not a newer draft of a published text', async () => {
    const all = (
      await Promise.all(
        (['id', 'zh', 'en'] as const).flatMap((locale) => [
          feeds.collectionFeed(locale, 'briefings'),
          feeds.collectionFeed(locale, 'press-releases'),
          feeds.collectionFeed(locale, 'statements'),
          feeds.topicFeed(locale, 'fisheries'),
        ]),
      )
    ).join('\n')
    expect(all).not.toContain(draftText)
    expect(all).not.toContain(newerDraft)
    expect(all).not.toContain('Draft briefing')
  })
})

describe('sitemap', () => {
  test('x-default is the source language when it is published, else the first published language', async () => {
    const entries = await allSitemapEntries(sitemap)
    const briefing = entries.find((entry) => entry.url.endsWith('/en/briefings/2025-05-06-feeds'))!
    // The briefing was written in Chinese (its first language) and is published in zh and en.
    expect(briefing.alternates?.languages).toEqual({
      'zh-Hans': expect.stringMatching(/\/zh\/briefings\/2025-05-06-feeds$/),
      en: expect.stringMatching(/\/en\/briefings\/2025-05-06-feeds$/),
      'x-default': expect.stringMatching(/\/zh\/briefings\/2025-05-06-feeds$/),
    })
    // The release's source language (Indonesian) is not published: x-default is English, the only one.
    const release = entries.find((entry) => entry.url.endsWith('/en/press-releases/feeds-release'))!
    expect(release.alternates?.languages).toEqual({
      en: expect.stringMatching(/\/en\/press-releases\/feeds-release$/),
      'x-default': expect.stringMatching(/\/en\/press-releases\/feeds-release$/),
    })
    expect(entries.some((entry) => entry.url.endsWith('/id/press-releases/feeds-release'))).toBe(false)
  })
})

describe('search', () => {
  test('an excerpt marks the query’s words as segments, from the text after the title', async () => {
    const results = await search.searchSite({ locale: 'en', q: 'fisheries agreement' })
    const hit = results.hits.find((each) => each.href === '/en/press-releases/feeds-release')!
    expect(hit.excerpt.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(
      expect.arrayContaining(['fisheries', 'agreement']),
    )
    // From the text after the title (the result's link already shows the title).
    expect(hit.excerpt.map((segment) => segment.text).join('')).toBe('The two ministers signed the fisheries agreement in Jakarta.')
  })

  test('a Q&A hit is titled with its question and names its briefing', async () => {
    const results = await search.searchSite({ locale: 'zh', q: '渔业合作', kind: 'question' })
    expect(results.hits.map((hit) => ({ title: hit.title, documentTitle: hit.documentTitle, number: hit.questionNumber, href: hit.href }))).toEqual([
      { title: '关于渔业合作的问题？', documentTitle: '外交部发言人例行记者会', number: 1, href: '/zh/briefings/2025-05-06-feeds#q1' },
    ])
    // The answer matched, so the excerpt shows the answer rather than repeating the question.
    expect(results.hits[0]!.excerpt.map((segment) => segment.text).join('')).toBe('中方愿同印尼深化渔业合作。')
    expect(results.hits[0]!.excerpt.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(['渔业合作'])
  })

  test('the spokesperson filter offers people who speak in a published document of the language, no one else', async () => {
    expect((await reference.listSpokespeople({ locale: 'zh' })).map((person) => person.name)).toEqual(['发言人甲'])
    expect((await reference.listSpokespeople({ locale: 'en' })).map((person) => person.name)).toEqual(['Spokesperson One'])
    // Nothing of the briefing is published in Indonesian.
    expect(await reference.listSpokespeople({ locale: 'id' })).toEqual([])
  })
})

describe('result counts', () => {
  test.each([
    ['en', 1, '1 result'],
    ['en', 2, '2 results'],
    ['en', 1234, '1,234 results'],
    ['id', 1, '1 hasil'],
    ['id', 1234, '1.234 hasil'],
    ['zh', 1, '1 条结果'],
    ['zh', 2, '2 条结果'],
  ] as const)('%s: %d reads "%s"', async (locale, count, expected) => {
    const { getTranslator } = await import('@/lib/i18n/server')
    const { formatNumber } = await import('@/lib/i18n/format')
    const translate = await getTranslator(locale, 'search')
    expect(translate('results', { count, formatted: formatNumber(locale, count) })).toBe(expected)
  })
})
