import { ValidationError } from 'payload'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('slugs-and-items')
})
afterAll(async () => t?.stop())

const createRelease = (slug: string | undefined, title: string) =>
  t.payload.create({ collection: 'press-releases', locale: 'id', draft: true, data: { slug, title, _status: 'draft' } })

test('a second document with the same slug is refused with an error naming the slug field', async () => {
  await createRelease('same-address', 'Pertama')
  const attempt = createRelease('same-address', 'Kedua')
  await expect(attempt).rejects.toBeInstanceOf(ValidationError)
  await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'slug' })] } })
})

test('an empty slug is made from the title, diacritics folded', async () => {
  const doc = await createRelease(undefined, 'Kunjungan Kenegaraan ke Timor-Leste: Menlu Bertemu Mitra')
  expect(doc.slug).toBe('kunjungan-kenegaraan-ke-timor-leste-menlu-bertemu-mitra')
})

test('a Chinese-only title yields no slug: the draft saves, publishing is refused until a slug is typed', async () => {
  const draft = await createRelease(undefined, '外交部发言人答记者问')
  const publish = t.payload.update({
    collection: 'press-releases',
    id: draft.id,
    locale: 'id',
    data: { _status: 'published' },
    context: { workflow: true },
  })
  await expect(publish).rejects.toMatchObject({
    data: { errors: [expect.objectContaining({ path: 'slug', message: expect.stringMatching(/type a slug/) })] },
  })
})

test('the slug does not change when a translation is saved', async () => {
  const doc = await createRelease(undefined, 'Alamat tetap')
  const zh = await t.payload.update({
    collection: 'press-releases',
    id: doc.id,
    locale: 'zh',
    draft: true,
    data: { title: '固定地址' },
  })
  expect(zh.slug).toBe('alamat-tetap')
})

const longTitle = 'Keterangan Pers Juru Bicara Kementerian Luar Negeri tentang Perkembangan Terkini Kerja Sama Regional di Kawasan Asia Tenggara'

test('a briefing’s slug made from its date and a long title is at most 80 characters, cut at a word', async () => {
  const doc = await t.payload.create({
    collection: 'briefings',
    locale: 'id',
    draft: true,
    data: { date: '2026-11-27T00:00:00.000Z', title: longTitle, _status: 'draft' },
  })
  expect(doc.slug.length).toBeLessThanOrEqual(80)
  expect(doc.slug).toMatch(/^2026-11-27-keterangan-pers-juru-bicara-[a-z0-9-]*[a-z0-9]$/)
})

test('a stored slug sent back unchanged, as every admin save does, is kept exactly — even one longer than 80 characters', async () => {
  const long = `2026-11-27-${'keterangan-pers-juru-bicara-kementerian-luar-negeri-kerja-sama-regional'}-asean`
  expect(long.length).toBeGreaterThan(80)
  const doc = await createRelease(long, longTitle)
  expect(doc.slug).toBe(long)
  const translated = await t.payload.update({
    collection: 'press-releases',
    id: doc.id,
    locale: 'zh',
    draft: true,
    data: { slug: long, title: '外交部发言人关于东南亚地区合作最新进展的新闻稿' },
  })
  expect(translated.slug).toBe(long)
  const published = await t.payload.update({ collection: 'press-releases', id: doc.id, locale: 'id', data: { slug: long, _status: 'published' }, context: { workflow: true } })
  expect(published.slug).toBe(long)
})

test('a typed slug is normalized, never cut; publishing one too long is refused with its length', async () => {
  const typed = await createRelease('Siaran Pers  Khusus', 'Judul')
  expect(typed.slug).toBe('siaran-pers-khusus')
  const draft = await createRelease('a'.repeat(170), 'Judul lain')
  expect(draft.slug).toHaveLength(170)
  const publish = t.payload.update({ collection: 'press-releases', id: draft.id, locale: 'id', data: { _status: 'published' }, context: { workflow: true } })
  await expect(publish).rejects.toMatchObject({
    data: { errors: [expect.objectContaining({ path: 'slug', message: 'Slug is 170 characters long; at most 160.' })] },
  })
})

const createBriefing = (items: { key?: string; question: string }[]) =>
  t.payload.create({
    collection: 'briefings',
    locale: 'id',
    draft: true,
    data: { date: '2024-09-04T00:00:00.000Z', title: `Briefing ${Math.random()}`, items, _status: 'draft' },
  })

test('Q&A items get keys q1, q2, … in order when first saved', async () => {
  const doc = await createBriefing([{ question: 'Satu' }, { question: 'Dua' }, { question: 'Tiga' }])
  expect(doc.items?.map((item) => item.key)).toEqual(['q1', 'q2', 'q3'])
})

test('Q&A keys stay put when an item is inserted and are shared by every locale', async () => {
  const doc = await createBriefing([{ question: 'Satu' }, { question: 'Dua' }])
  const [first, second] = doc.items ?? []
  const updated = await t.payload.update({
    collection: 'briefings',
    id: doc.id,
    locale: 'id',
    draft: true,
    data: { items: [first!, { question: 'Baru di tengah' }, second!] },
  })
  expect(updated.items?.map((item) => item.key)).toEqual(['q1', 'q3', 'q2'])
  const zh = await t.payload.update({
    collection: 'briefings',
    id: doc.id,
    locale: 'zh',
    draft: true,
    data: { items: (updated.items ?? []).map((item) => ({ id: item.id, key: item.key, question: `问题 ${item.key}` })) },
  })
  expect(zh.items?.map((item) => [item.key, item.question])).toEqual([
    ['q1', '问题 q1'],
    ['q3', '问题 q3'],
    ['q2', '问题 q2'],
  ])
  const id = await t.payload.findByID({ collection: 'briefings', id: doc.id, locale: 'id', draft: true })
  expect(id.items?.map((item) => item.question)).toEqual(['Satu', 'Baru di tengah', 'Dua'])
})

test('a duplicated Q&A key is refused with the item number in the message', async () => {
  await expect(createBriefing([{ key: 'q1', question: 'A' }, { key: 'q1', question: 'B' }])).rejects.toMatchObject({
    data: { errors: [{ path: 'items.1.key', message: 'Q&A item 2: key "q1" is used twice' }] },
  })
})

test('the briefing slug defaults to its date plus the title', async () => {
  const doc = await t.payload.create({
    collection: 'briefings',
    locale: 'en',
    draft: true,
    data: { date: '2024-09-04T00:00:00.000Z', title: 'Regular Press Conference', _status: 'draft' },
  })
  expect(doc.slug).toBe('2024-09-04-regular-press-conference')
})
