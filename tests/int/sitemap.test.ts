import { createDraftRelease, sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createDraftBriefing, publishThroughWorkflow, workflowAction } from '@/tests/helpers/siteContent'

/**
 * The sitemap as files (lib/seo/sitemap.ts), on a real Payload: an index naming one file per type
 * and year (months when a year is over the protocol's limit, and one for undated documents), each
 * file listing exactly the pages a reader can open in it, and no draft text anywhere.
 */
let t: TestPayload
let sitemap: typeof import('@/lib/seo/sitemap')

const draftText = sentinel('sitemap-draft')
let release2023 = 0

const release = async (slug: string, eventDate: string | null, published: ('id' | 'zh' | 'en')[], drafts: ('id' | 'zh' | 'en')[] = []) => {
  const texts = Object.fromEntries([
    ...published.map((locale) => [locale, { title: `${slug} ${locale}`, body: `Body of ${slug}.` }]),
    ...drafts.map((locale) => [locale, { title: draftText, body: draftText }]),
  ])
  const id = await createDraftRelease(t.payload, slug, texts)
  // The collection dates a new release today; an undated one is an old document written before.
  await t.payload.update({ collection: 'press-releases', id, draft: true, data: { eventDate } })
  for (const locale of published) await publishThroughWorkflow(t.payload, 'press-releases', id, locale)
  return id
}

const names = (parts: readonly import('@/lib/seo/sitemap').SitemapPart[]) => parts.map(sitemap.sitemapPartName)
const pathsOf = (entries: readonly { url: string }[] | null) => (entries ?? []).map((entry) => new URL(entry.url).pathname).sort()

beforeAll(async () => {
  t = await startTestPayload('sitemap-files')
  sitemap = await import('@/lib/seo/sitemap')
  release2023 = await release('spring-2023', '2023-03-10T00:00:00.000Z', ['id'])
  await release('june-2024', '2024-06-01T00:00:00.000Z', ['id', 'en'], ['zh'])
  await release('november-2024', '2024-11-20T00:00:00.000Z', ['en'])
  await release('undated-release', null, ['id'])
  const briefing = await createDraftBriefing(
    t.payload,
    'briefing-2025',
    { zh: { title: '例行记者会', opening: '开场。', items: [{ question: '问题？', answer: '回答。' }] } },
    '2025-02-03T00:00:00.000Z',
  )
  await publishThroughWorkflow(t.payload, 'briefings', briefing, 'zh')
})

afterAll(async () => t?.stop())

test('the index names the home pages, each type’s years newest first, and the undated documents', async () => {
  expect(names(await sitemap.listSitemapParts({}))).toEqual(['home', 'press-releases-2024', 'press-releases-2023', 'press-releases-undated', 'briefings-2025'])
})

test('a year’s file lists its documents once per published language, with those languages as alternates', async () => {
  const entries = await sitemap.buildSitemapPart({ kind: 'documents', collection: 'press-releases', year: 2024 })
  expect(pathsOf(entries)).toEqual(['/en/press-releases/june-2024', '/en/press-releases/november-2024', '/id/press-releases/june-2024'])
  const june = entries!.find((entry) => entry.url.endsWith('/en/press-releases/june-2024'))!
  expect(Object.keys(june.alternates?.languages ?? {}).sort()).toEqual(['en', 'id-ID', 'x-default'])
  expect(pathsOf(await sitemap.buildSitemapPart({ kind: 'undated', collection: 'press-releases' }))).toEqual(['/id/press-releases/undated-release'])
  expect(pathsOf(await sitemap.buildSitemapPart({ kind: 'documents', collection: 'briefings', year: 2025 }))).toEqual(['/zh/briefings/briefing-2025'])
})

test('no file carries draft text or a draft language’s address', async () => {
  const parts = await sitemap.listSitemapParts({})
  const xml = sitemap.renderSitemapIndex(parts) + (await Promise.all(parts.map(async (part) => sitemap.renderUrlSet((await sitemap.buildSitemapPart(part)) ?? [])))).join('')
  expect(xml).not.toContain(draftText)
  expect(xml).not.toContain('/zh/press-releases/june-2024')
})

test('a year over the limit is split into its months', async () => {
  // Three addresses in 2024 (June in two languages, November in one) against a limit of two.
  const parts = await sitemap.listSitemapParts({ maxUrls: 2 })
  expect(names(parts)).toEqual(['home', 'press-releases-2024-11', 'press-releases-2024-06', 'press-releases-2023', 'press-releases-undated', 'briefings-2025'])
  const june = parts.find((part) => sitemap.sitemapPartName(part) === 'press-releases-2024-06')!
  expect(pathsOf(await sitemap.buildSitemapPart(june))).toEqual(['/en/press-releases/june-2024', '/id/press-releases/june-2024'])
})

test('only the files the index names are served: not a split year’s months unless it is split, not a year without documents', async () => {
  expect(await sitemap.listedSitemapPart('press-releases-2024')).toEqual({ kind: 'documents', collection: 'press-releases', year: 2024 })
  expect(await sitemap.listedSitemapPart('home')).toEqual({ kind: 'home' })
  for (const name of ['press-releases-2024-06', 'press-releases-2019', 'briefings-2024', 'statements-undated', 'nope-2024']) {
    expect(await sitemap.listedSitemapPart(name)).toBeNull()
  }
})

test('file names are read back to the same file, and any other name is none', () => {
  const parts: import('@/lib/seo/sitemap').SitemapPart[] = [
    { kind: 'home' },
    { kind: 'documents', collection: 'press-releases', year: 2024 },
    { kind: 'documents', collection: 'briefings', year: 2019, month: 3 },
    { kind: 'undated', collection: 'statements' },
  ]
  for (const part of parts) expect(sitemap.parseSitemapPartName(sitemap.sitemapPartName(part))).toEqual(part)
  for (const name of ['press-releases-2024-13', 'press-releases-24', 'nope-2024', 'press-releases', '../press-releases-2024', 'home-2024']) {
    expect(sitemap.parseSitemapPartName(name)).toBeNull()
  }
})

test('the XML is escaped and names every file by its absolute address', () => {
  const index = sitemap.renderSitemapIndex([{ kind: 'home' }, { kind: 'documents', collection: 'briefings', year: 2025 }])
  expect(index).toMatch(/<sitemap><loc>https?:\/\/[^<]+\/sitemaps\/briefings-2025\.xml<\/loc><\/sitemap>/)
  const urlset = sitemap.renderUrlSet([{ url: 'https://example.org/a?b=1&c=<2>', lastModified: '2024-06-01T00:00:00.000Z', alternates: { languages: { en: 'https://example.org/"en"' } } }])
  expect(urlset).toContain('<loc>https://example.org/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2024-06-01T00:00:00.000Z</lastmod>')
  expect(urlset).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/&quot;en&quot;"/>')
})

test('a year whose last document is unpublished leaves the index, and its file is none', async () => {
  await workflowAction(t.payload, 'press-releases', release2023, 'id', 'unpublish', 'Published in error')
  expect(names(await sitemap.listSitemapParts({}))).not.toContain('press-releases-2023')
  expect(await sitemap.buildSitemapPart({ kind: 'documents', collection: 'press-releases', year: 2023 })).toBeNull()
})
