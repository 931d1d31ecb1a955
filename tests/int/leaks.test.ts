import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, draftRelease } from '@/tests/helpers/workflow'

/**
 * No unpublished text reaches an anonymous client through the API, whatever it asks for.
 * Sentinels sit in every locale of (a) a never-published draft, (b) a published release with a
 * newer draft, and (c) a release published in id whose zh is still a draft.
 */
let t: TestPayload
const secrets: string[] = []
const ids: Record<'neverPublished' | 'newerDraft' | 'zhDraft', number> = { neverPublished: 0, newerDraft: 0, zhDraft: 0 }
const briefingSecret = sentinel('briefing-answer')

const secretText = (label: string) => {
  const value = sentinel(label)
  secrets.push(value)
  return value
}

beforeAll(async () => {
  t = await startTestPayload('leaks')
  ids.neverPublished = await draftRelease(t.payload, {
    id: { title: secretText('a-id'), body: [secretText('a-id-body')] },
    zh: { title: secretText('a-zh'), body: [secretText('a-zh-body')] },
    en: { title: secretText('a-en'), body: [secretText('a-en-body')] },
  })

  ids.newerDraft = await draftRelease(t.payload, {
    id: { title: 'Terbit', body: ['Isi terbit'] },
    zh: { title: '已发布', body: ['已发布正文'] },
    en: { title: 'Published', body: ['Published body'] },
  })
  await advance(
    t.payload,
    ids.newerDraft,
    (['id', 'zh', 'en'] as const).flatMap((locale) => [
      ['submit', locale],
      ['approve', locale],
      ['publish', locale],
    ]) as Parameters<typeof advance>[2],
  )
  for (const locale of ['id', 'zh', 'en'] as const) {
    await t.payload.update({
      collection: 'press-releases',
      id: ids.newerDraft,
      locale,
      draft: true,
      data: { title: secretText(`b-${locale}`), summary: secretText(`b-${locale}-summary`), body: paragraphsToRichText([secretText(`b-${locale}-body`)]) },
    })
  }

  ids.zhDraft = await draftRelease(t.payload, {
    id: { title: 'Hanya Indonesia', body: ['Isi'] },
    zh: { title: secretText('c-zh'), body: [secretText('c-zh-body')] },
  })
  await advance(t.payload, ids.zhDraft, [
    ['submit', 'id'],
    ['approve', 'id'],
    ['publish', 'id'],
  ])

  const briefing = await t.payload.create({
    collection: 'briefings',
    locale: 'id',
    draft: true,
    data: {
      date: '2024-09-04T00:00:00.000Z',
      title: 'Konferensi',
      items: [{ question: 'Tanya', answer: paragraphsToRichText(['Jawab']) }],
    },
  })
  await advance(t.payload, briefing.id, [['submit', 'id'], ['approve', 'id'], ['publish', 'id']], 'briefings')
  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'id',
    draft: true,
    data: { items: [{ id: briefing.items![0]!.id, answer: paragraphsToRichText([briefingSecret]) }] },
  })
  secrets.push(briefingSecret)
})
afterAll(async () => t?.stop())

const expectClean = (label: string, body: string) => {
  const leaked = secrets.filter((secret) => body.includes(secret))
  expect({ label, leaked }).toEqual({ label, leaked: [] })
}

const restQueries = [
  '',
  'draft=true',
  'locale=all',
  'locale=all&draft=true',
  'depth=3&draft=true',
  'where[_status][equals]=draft&draft=true',
  'where[_status][equals]=published&locale=all&draft=true',
  'sort=_status&draft=true',
  'select[title]=true&select[body]=true&select[_status]=true&draft=true',
  'fallback-locale=id&draft=true',
  'trash=true',
]

test.each(['press-releases', 'briefings'])('anonymous REST lists of %s in every locale leak nothing', async (collection) => {
  for (const locale of ['id', 'zh', 'en', 'all']) {
    for (const query of restQueries) {
      const response = await t.api(`/api/${collection}?locale=${locale}&${query}`)
      expectClean(`GET /api/${collection}?locale=${locale}&${query} → ${response.status}`, await response.text())
    }
  }
})

test('anonymous REST reads by id leak nothing', async () => {
  for (const id of Object.values(ids)) {
    for (const locale of ['id', 'zh', 'en', 'all']) {
      for (const query of restQueries) {
        const response = await t.api(`/api/press-releases/${id}?locale=${locale}&${query}`)
        expectClean(`GET /api/press-releases/${id}?locale=${locale}&${query}`, await response.text())
      }
    }
  }
})

test('anonymous clients get nothing from the versions endpoints', async () => {
  for (const collection of ['press-releases', 'briefings']) {
    const list = await t.api(`/api/${collection}/versions?locale=all&depth=3`)
    expect(list.status).toBe(403)
    expectClean(`versions list ${collection}`, await list.text())
  }
  const { docs } = await t.payload.findVersions({ collection: 'press-releases', limit: 50 })
  for (const version of docs) {
    const response = await t.api(`/api/press-releases/versions/${version.id}?locale=all`)
    expect(response.status).toBe(403)
    expectClean(`version ${version.id}`, await response.text())
  }
})

test('anonymous clients cannot read workflow internals or the audit trail', async () => {
  const events = await t.api('/api/workflow-events?depth=2')
  expect(events.status).toBe(403)
  const states = await t.api('/api/workflow-states?depth=2&locale=all')
  const body = await states.text()
  expectClean('workflow-states', body)
  // Internal bookkeeping is hidden field by field: snapshots and authors absent, stale lists empty.
  expect(body).not.toContain('sourceSnapshot')
  expect(body).not.toContain('"authors"')
  expect(body).not.toMatch(/"staleFields":\[\{/)
})

test('anonymous clients cannot use a query on another language’s fields as an oracle for its draft text', async () => {
  const probe = encodeURIComponent(secrets.find((secret) => secret.includes('c-zh'))!)
  const qualified = await t.api(`/api/press-releases?locale=id&where[title.zh][equals]=${probe}`)
  expect(qualified.status).toBe(400)
  expect(await qualified.text()).toMatch(/title\.zh/)
  const nested = await t.api(`/api/press-releases?locale=id&where[or][0][title.en][like]=x`)
  expect(nested.status).toBe(400)
  // A relationship path that happens to end in a locale-like segment is a normal filter.
  expect((await t.api('/api/press-releases?locale=id&where[topics.id][exists]=false')).status).toBe(200)
  const plain = await t.api(`/api/press-releases?locale=id&where[title][equals]=${probe}`)
  expect(((await plain.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
  const all = await t.api(`/api/press-releases?locale=all&where[title][equals]=${probe}`)
  expect(((await all.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
})

const graphqlQueries = [
  (locale: string) => `{ PressReleases(locale: ${locale}, draft: true) { docs { id title summary body _status } } }`,
  (locale: string) => `{ PressReleases(locale: ${locale}, fallbackLocale: id) { docs { id title summary body } } }`,
  (locale: string) => `{ Briefings(locale: ${locale}, draft: true) { docs { title items { question answer } } } }`,
  (locale: string) =>
    `{ versionsPressReleases(locale: ${locale}) { docs { id version { title body } } } }`,
  (locale: string) => `{ PressRelease(id: ${ids.newerDraft}, locale: ${locale}, draft: true) { title body } }`,
  (locale: string) => `{ PressRelease(id: ${ids.neverPublished}, locale: ${locale}, draft: true) { title body } }`,
  (locale: string) => `{ PressRelease(id: ${ids.zhDraft}, locale: ${locale}, draft: true) { title body } }`,
]

test('anonymous GraphQL documents and versions leak nothing', async () => {
  for (const locale of ['id', 'zh', 'en', 'all']) {
    for (const query of graphqlQueries) {
      const response = await t.graphql(query(locale))
      expectClean(`graphql ${query(locale)}`, await response.text())
    }
  }
})
