import type { Locale } from '@/lib/i18n/locales'

import { paragraphsToRichText, richTextToParagraphs } from '@/lib/richText/paragraphs'
import { createReferenceData, importFixture } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { createUsers, loginHeaders, type TestRole } from '@/tests/helpers/workflow'
import { allSitemapEntries } from '@/tests/helpers/sitemap'

/**
 * Spokesperson statements, the third newsroom type, added through the type registry: the same
 * workflow rules over HTTP (roles, the completeness gate with its own required fields), readers
 * seeing only published languages (REST, search, feed, sitemap), and the importer writing a
 * statement from Chinese and English remarks as one bilingual draft.
 */
let t: TestPayload
const sessions = new Map<TestRole, Record<string, string>>()
let site: {
  search: typeof import('@/lib/search/searchSite')
  feeds: typeof import('@/lib/feeds/feeds')
  sitemap: typeof import('@/lib/seo/sitemap')
  availability: typeof import('@/lib/data/availability')
}

beforeAll(async () => {
  t = await startTestPayload('statements')
  const users = await createUsers(t.payload)
  for (const role of Object.keys(users) as TestRole[]) sessions.set(role, await loginHeaders(t, users[role].email))
  await createReferenceData(t.payload)
  await t.payload.create({ collection: 'people', locale: 'en', data: { slug: 'lin-jian', name: 'Lin Jian', role: 'Spokesperson' } })
  await t.payload.update({ collection: 'people', where: { slug: { equals: 'lin-jian' } }, locale: 'zh', data: { name: '林剑' } })
  site = {
    search: await import('@/lib/search/searchSite'),
    feeds: await import('@/lib/feeds/feeds'),
    sitemap: await import('@/lib/seo/sitemap'),
    availability: await import('@/lib/data/availability'),
  }
}, 120_000)
afterAll(async () => t?.stop())

const act = async (role: TestRole, id: number | string, body: Record<string, unknown>) => {
  const response = await t.api(`/api/statements/${id}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sessions.get(role) },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as { errors?: { message: string; missingFields?: unknown }[] } }
}

const draft = async (slug: string, texts: Partial<Record<Locale, { title: string; body?: string; question?: string; answer?: string }>>) => {
  const entries = Object.entries(texts) as [Locale, { title: string; body?: string; question?: string; answer?: string }][]
  const [[firstLocale, first], ...rest] = entries as [[Locale, (typeof entries)[number][1]], ...typeof entries]
  const itemsOf = (text: { question?: string; answer?: string }) =>
    text.question ? [{ question: text.question, answer: text.answer ? paragraphsToRichText([text.answer]) : null }] : []
  const doc = await t.payload.create({
    collection: 'statements',
    locale: firstLocale,
    draft: true,
    data: {
      slug,
      date: '2024-09-05T00:00:00.000Z',
      sourceLocale: firstLocale,
      title: first.title,
      ...(first.body ? { body: paragraphsToRichText([first.body]) } : {}),
      items: itemsOf(first),
    },
  })
  for (const [locale, text] of rest) {
    const stored = await t.payload.findByID({ collection: 'statements', id: doc.id, draft: true, depth: 0 })
    await t.payload.update({
      collection: 'statements',
      id: doc.id,
      locale,
      draft: true,
      data: {
        title: text.title,
        ...(text.body ? { body: paragraphsToRichText([text.body]) } : {}),
        items: (stored.items ?? []).map((item) => ({ ...item, question: text.question ?? null, answer: text.answer ? paragraphsToRichText([text.answer]) : null })),
      },
    })
  }
  return doc.id
}

describe('the workflow, over HTTP, with the same rules as every newsroom type', () => {
  test('the editor submits the source, a translator only their language, the reviewer approves and publishes', async () => {
    const id = await draft('rules', { id: { title: 'Pernyataan', body: 'Isi pernyataan.' }, zh: { title: '谈话', body: '谈话内容。' } })
    expect((await act('translator.zh', id, { action: 'submit', locale: 'id' })).status).toBe(403)
    expect((await act('editor', id, { action: 'submit', locale: 'id' })).status).toBe(200)
    expect((await act('editor', id, { action: 'submit', locale: 'zh' })).status).toBe(403)
    expect((await act('translator.zh', id, { action: 'submit', locale: 'zh' })).status).toBe(200)
    expect((await act('editor', id, { action: 'approve', locale: 'id' })).status).toBe(403)
    expect((await act('reviewer', id, { action: 'approve', locale: 'id' })).status).toBe(200)
    expect((await act('reviewer', id, { action: 'publish', locale: 'zh' })).status).toBe(409)
    expect((await act('reviewer', id, { action: 'publish', locale: 'id' })).status).toBe(200)
    const anonymous = await t.api('/api/statements?where[slug][equals]=rules&locale=zh')
    expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  test('a statement needs its text or a question and answer in each language it publishes', async () => {
    const bare = await draft('bare', { id: { title: 'Hanya judul' } })
    const refused = await act('editor', bare, { action: 'submit', locale: 'id' })
    expect(refused.status).toBe(422)
    expect(refused.json.errors?.[0]?.message).toBe('Indonesian is missing required fields: body or items.')

    const unanswered = await draft('unanswered', { id: { title: 'Tanya', question: 'Apa tanggapan Tiongkok?' } })
    const half = await act('editor', unanswered, { action: 'submit', locale: 'id' })
    expect(half.status).toBe(422)
    expect(half.json.errors?.[0]?.message).toBe('Indonesian is missing required fields: items.q1.answer.')

    const answered = await draft('answered', { id: { title: 'Tanya jawab', question: 'Apa tanggapan Tiongkok?', answer: 'Kami berduka.' } })
    expect((await act('editor', answered, { action: 'submit', locale: 'id' })).status).toBe(200)
  })
})

describe('readers', () => {
  beforeAll(async () => {
    const id = await draft('flood-remarks', {
      id: { title: 'Keterangan tentang banjir', question: 'Bagaimana tanggapan Tiongkok atas banjir?', answer: 'Kami sangat berduka atas korban banjir.' },
      en: { title: 'Remarks on the flooding', question: 'What is China’s response to the flooding?', answer: 'DRAFT-ONLY-ENGLISH-ANSWER' },
    })
    const linJian = await t.payload.find({ collection: 'people', where: { slug: { equals: 'lin-jian' } } })
    await t.payload.update({ collection: 'statements', id, locale: 'id', draft: true, data: { spokesperson: linJian.docs[0]!.id } })
    await act('admin', id, { action: 'force-publish', locale: 'id', note: 'statement test' })
  })

  test('the spokesperson’s page lists the statements they made, in the language published', async () => {
    const { listDocuments } = await import('@/lib/data/documents')
    const people = await t.payload.find({ collection: 'people', depth: 0, limit: 10 })
    const linJian = people.docs.find((person) => person.slug === 'lin-jian')!
    const other = people.docs.find((person) => person.slug !== 'lin-jian')!
    const slugsOf = async (args: Parameters<typeof listDocuments>[0]) => (await listDocuments(args)).docs.map((doc) => doc.slug)
    expect(await slugsOf({ collection: 'statements', locale: 'id', spokespersonId: linJian.id })).toEqual(['flood-remarks'])
    expect(await slugsOf({ collection: 'statements', locale: 'en', spokespersonId: linJian.id })).toEqual([])
    expect(await slugsOf({ collection: 'statements', locale: 'id', spokespersonId: other.id })).toEqual([])
    // Releases have no speaker: asking for one person's releases finds none rather than all.
    expect(await slugsOf({ collection: 'press-releases', locale: 'id', spokespersonId: linJian.id })).toEqual([])
  })

  test('find it in the language it is published in, and nowhere else', async () => {
    const languages = await site.availability.getDocumentLanguages({ collection: 'statements', slug: 'flood-remarks' })
    expect(languages.published).toEqual(['id'])
    const en = await t.api('/api/statements?where[slug][equals]=flood-remarks&locale=en&depth=0')
    expect(JSON.stringify(await en.json())).not.toContain('DRAFT-ONLY-ENGLISH-ANSWER')
  })

  test('search finds the statement and its answer, linking to #q1', async () => {
    const results = await site.search.searchSite({ locale: 'id', q: 'berduka atas korban banjir' })
    expect(results.hits.map((hit) => [hit.kind, hit.href])).toEqual([['question', '/id/statements/flood-remarks#q1']])
    const statements = await site.search.searchSite({ locale: 'id', q: 'banjir', kind: 'statement' })
    expect(statements.hits.map((hit) => hit.href)).toEqual(['/id/statements/flood-remarks'])
    expect((await site.search.searchSite({ locale: 'en', q: 'DRAFT-ONLY' })).totalDocs).toBe(0)
  })

  test('its feed and the sitemap list it in Indonesian only', async () => {
    const feed = await site.feeds.collectionFeed('id', 'statements')
    expect(feed).toContain('/id/statements/flood-remarks')
    expect(await site.feeds.collectionFeed('en', 'statements')).not.toContain('flood-remarks')
    const urls = (await allSitemapEntries(site.sitemap)).map((entry) => new URL(entry.url).pathname)
    expect(urls.filter((url) => url.includes('flood-remarks'))).toEqual(['/id/statements/flood-remarks'])
  })
})

describe('import', () => {
  test('Chinese and English remarks of one day become one bilingual statement draft, Chinese the source', async () => {
    const { runImport } = await import('@/lib/import/run')
    const report = await runImport(t.payload, {
      texts: [importFixture('statements/zh-remarks.txt'), importFixture('statements/en-remarks.txt')],
      dryRun: false,
      importer: { system: true },
    })
    expect(report.documents.map(({ summary, outcome }) => [summary.kind, outcome.action, outcome.collection, outcome.locales])).toEqual([
      ['statement', 'create', 'statements', ['zh', 'en']],
    ])
    const stored = await t.payload.findByID({ collection: 'statements', id: report.documents[0]!.outcome.id!, locale: 'all', draft: true, depth: 0 })
    const people = await t.payload.find({ collection: 'people', where: { slug: { equals: 'lin-jian' } } })
    expect([stored.sourceLocale, stored.spokesperson, stored.date.slice(0, 10)]).toEqual(['zh', people.docs[0]?.id, '2024-09-05'])
    expect(stored.slug).toMatch(/^2024-09-05-foreign-ministry-spokesperson-lin-jian/)
    const item = stored.items?.[0] as unknown as { key: string; question: Record<string, string>; answer: Record<string, unknown> }
    expect(item.key).toBe('q1')
    expect(item.question.zh).toMatch(/^湄公河三角洲/)
    expect(item.question.en).toMatch(/^Heavy flooding/)
    expect(richTextToParagraphs(item.answer.en)).toHaveLength(2)
  })
})
