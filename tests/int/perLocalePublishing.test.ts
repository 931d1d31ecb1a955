import { createDraftRelease, publishLocale, readAsReader, sentinel } from '@/tests/helpers/documents'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('per-locale-publishing')
})
afterAll(async () => t?.stop())

test('stores and returns each locale’s own text for a localized document', async () => {
  const id = await createDraftRelease(t.payload, 'three-languages', {
    id: { title: 'Judul bahasa Indonesia', body: 'Isi' },
    zh: { title: '中文标题', body: '正文' },
    en: { title: 'English title', body: 'Body' },
  })
  const read = async (locale: 'id' | 'zh' | 'en') =>
    (await t.payload.findByID({ collection: 'press-releases', id, locale, draft: true, fallbackLocale: false })).title
  expect(await read('id')).toBe('Judul bahasa Indonesia')
  expect(await read('zh')).toBe('中文标题')
  expect(await read('en')).toBe('English title')
})

test('publishing zh alone shows the document to readers in zh and in no other locale', async () => {
  const texts = { id: sentinel('id'), zh: sentinel('zh'), en: sentinel('en') }
  const id = await createDraftRelease(t.payload, 'zh-first', {
    id: { title: texts.id, body: texts.id },
    zh: { title: texts.zh, body: texts.zh },
    en: { title: texts.en, body: texts.en },
  })
  await publishLocale(t.payload, id, 'zh')

  expect((await readAsReader(t.payload, id, 'id')).docs).toHaveLength(0)
  expect((await readAsReader(t.payload, id, 'en')).docs).toHaveLength(0)
  const zh = await readAsReader(t.payload, id, 'zh')
  expect(zh.docs.map((doc) => doc.title)).toEqual([texts.zh])
})

test('publishing en later leaves the published zh text byte-identical, even with a newer zh draft', async () => {
  const zhTitle = sentinel('zh-published')
  const id = await createDraftRelease(t.payload, 'en-later', {
    id: { title: sentinel('id'), body: 'x' },
    zh: { title: zhTitle, body: '已发布的正文' },
    en: { title: 'English draft', body: 'English body' },
  })
  await publishLocale(t.payload, id, 'zh')
  const zhBefore = JSON.stringify((await readAsReader(t.payload, id, 'zh')).docs[0])

  const zhDraftEdit = sentinel('zh-unpublished-edit')
  await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: zhDraftEdit } })
  await publishLocale(t.payload, id, 'en')

  const zhAfterDoc = (await readAsReader(t.payload, id, 'zh')).docs[0]
  // updatedAt is document-wide and moves with any publish; everything the reader sees must not.
  const { updatedAt: _before, ...zhBeforeText } = JSON.parse(zhBefore) as Record<string, unknown>
  const { updatedAt: _after, ...zhAfterText } = JSON.parse(JSON.stringify(zhAfterDoc)) as Record<string, unknown>
  expect(zhAfterText).toEqual(zhBeforeText)
  expect(JSON.stringify(zhAfterDoc)).not.toContain(zhDraftEdit)
  expect((await readAsReader(t.payload, id, 'en')).docs[0]?.title).toBe('English draft')
  expect((await readAsReader(t.payload, id, 'id')).docs).toHaveLength(0)
})

test('a reader asking for every locale at once gets only the published ones', async () => {
  const idText = sentinel('id-draft')
  const zhText = sentinel('zh-live')
  const id = await createDraftRelease(t.payload, 'all-locales', {
    id: { title: idText, body: idText },
    zh: { title: zhText, body: zhText },
  })
  await publishLocale(t.payload, id, 'zh')
  const { docs } = await readAsReader(t.payload, id, 'all')
  const serialized = JSON.stringify(docs)
  expect(serialized).toContain(zhText)
  expect(serialized).not.toContain(idText)
})

test('a reader cannot pull a draft locale in through fallback-locale', async () => {
  const idText = sentinel('id-draft-fallback')
  const id = await createDraftRelease(t.payload, 'fallback-probe', { id: { title: idText, body: idText } })
  // zh gets a title only: its summary and body are empty, the fields a fallback would fill.
  await t.payload.update({ collection: 'press-releases', id, locale: 'id', draft: true, data: { summary: idText } })
  await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: '只有中文标题' } })
  await publishLocale(t.payload, id, 'zh')
  for (const query of ['fallback-locale=id', 'fallbackLocale=id', 'fallback-locale=all']) {
    const response = await t.api(`/api/press-releases/${id}?locale=zh&${query}&depth=0`)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).toContain('只有中文标题')
    expect(text).not.toContain(idText)
  }
})
