import { createDraftRelease, publishLocale, sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * What an anonymous client gets over REST. Three documents carry unique sentinel strings in
 * unpublished text: a never-published draft, a published release with a newer draft, and a
 * release whose zh is published while id and en are drafts.
 */
let t: TestPayload
const secrets: string[] = []
let publishedWithDraftId: number
let zhOnlyId: number
let neverPublishedId: number

beforeAll(async () => {
  t = await startTestPayload('reader-rest')
  const never = { id: sentinel('never-id'), zh: sentinel('never-zh'), en: sentinel('never-en') }
  secrets.push(...Object.values(never))
  neverPublishedId = await createDraftRelease(t.payload, 'never-published', {
    id: { title: never.id, body: never.id },
    zh: { title: never.zh, body: never.zh },
    en: { title: never.en, body: never.en },
  })

  publishedWithDraftId = await createDraftRelease(t.payload, 'published-then-edited', {
    id: { title: 'Judul terbit', body: 'Isi terbit' },
  })
  await publishLocale(t.payload, publishedWithDraftId, 'id')
  const newerDraft = sentinel('newer-draft-id')
  secrets.push(newerDraft)
  await t.payload.update({
    collection: 'press-releases',
    id: publishedWithDraftId,
    locale: 'id',
    draft: true,
    data: { title: newerDraft },
  })

  const zhOnly = { id: sentinel('zh-only-id'), en: sentinel('zh-only-en') }
  secrets.push(...Object.values(zhOnly))
  zhOnlyId = await createDraftRelease(t.payload, 'zh-only', {
    id: { title: zhOnly.id, body: zhOnly.id },
    zh: { title: '中文已发布', body: '中文正文' },
    en: { title: zhOnly.en, body: zhOnly.en },
  })
  await publishLocale(t.payload, zhOnlyId, 'zh')
})
afterAll(async () => t?.stop())

const expectNoSecrets = (body: string) => {
  for (const secret of secrets) expect(body).not.toContain(secret)
}

const listQueries = ['', 'draft=true', 'locale=all', 'locale=all&draft=true', 'depth=3&draft=true']

test.each(['id', 'zh', 'en'])('anonymous list reads in %s return no draft text, with or without draft=true', async (locale) => {
  for (const query of listQueries) {
    const response = await t.api(`/api/press-releases?locale=${locale}&${query}`)
    expect(response.status).toBe(200)
    expectNoSecrets(await response.text())
  }
})

test('anonymous by-id reads with draft=true return the published text, not the newer draft', async () => {
  const response = await t.api(`/api/press-releases/${publishedWithDraftId}?locale=id&draft=true`)
  expect(response.status).toBe(200)
  const body = await response.text()
  expect(body).toContain('Judul terbit')
  expectNoSecrets(body)
})

test('anonymous by-id reads of a never-published draft are refused in every locale', async () => {
  for (const locale of ['id', 'zh', 'en', 'all']) {
    const response = await t.api(`/api/press-releases/${neverPublishedId}?locale=${locale}&draft=true`)
    expect(response.status).toBe(404)
    expectNoSecrets(await response.text())
  }
})

test('anonymous reads of the zh-only release give zh and nothing of id or en', async () => {
  const zh = await t.api(`/api/press-releases/${zhOnlyId}?locale=zh&draft=true`)
  expect(zh.status).toBe(200)
  expect(await zh.text()).toContain('中文已发布')
  for (const locale of ['id', 'en']) {
    const response = await t.api(`/api/press-releases/${zhOnlyId}?locale=${locale}&draft=true`)
    expect(response.status).toBe(404)
  }
  const all = await t.api(`/api/press-releases/${zhOnlyId}?locale=all&draft=true`)
  expectNoSecrets(await all.text())
})

test('anonymous clients cannot list versions', async () => {
  const response = await t.api('/api/press-releases/versions?locale=all')
  expect(response.status).toBe(403)
  expectNoSecrets(await response.text())
})

test('a request that names no locale, or an unknown one, reads the default locale (id)', async () => {
  for (const query of ['', 'locale=fr']) {
    const response = await t.api(`/api/press-releases/${publishedWithDraftId}?${query}`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { title?: string }).title).toBe('Judul terbit')
  }
})
