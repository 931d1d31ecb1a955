import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { runWorkflowAction, WorkflowError } from '@/lib/workflow/engine'
import { formatAdminTime } from '@/lib/i18n/adminFormat'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, createUsers, draftRelease, loginHeaders, stateOf, systemActor, type TestRole, type TestUser } from '@/tests/helpers/workflow'

let t: TestPayload
let users: Record<TestRole, TestUser>

beforeAll(async () => {
  t = await startTestPayload('workflow-rules')
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const asUser = (role: TestRole) => t.payload.findByID({ collection: 'users', id: users[role].id })

const act = (role: TestRole, id: number, action: Parameters<typeof runWorkflowAction>[1]['action'], extra = {}) =>
  runWorkflowAction(t.payload, { collection: 'press-releases', id, action, actor: users[role].actor, ...extra })

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    if (error instanceof WorkflowError) return { status: error.status, message: error.message, missing: error.missingFields }
    throw error
  }
  throw new Error('expected the action to be refused')
}

const twoLocales = () =>
  draftRelease(t.payload, { id: { title: 'Judul', body: ['Paragraf satu.'] }, zh: { title: '标题', body: ['第一段。'] } })

const publishedInBoth = async () => {
  const id = await twoLocales()
  await advance(t.payload, id, [
    ['submit', 'id'],
    ['approve', 'id'],
    ['publish', 'id'],
    ['submit', 'zh'],
    ['approve', 'zh'],
    ['publish', 'zh'],
  ])
  return id
}

const editSource = async (id: number, data: Record<string, unknown>, role: TestRole = 'editor') =>
  t.payload.update({
    collection: 'press-releases',
    id,
    locale: 'id',
    draft: true,
    data,
    user: await asUser(role),
    overrideAccess: false,
  })

describe('four eyes', () => {
  test('an admin cannot approve a locale they submitted', async () => {
    const id = await twoLocales()
    await act('admin', id, 'submit', { locale: 'id' })
    const refused = await refusal(act('admin', id, 'approve', { locale: 'id' }))
    expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/You submitted Indonesian yourself/) })
  })

  test('a reviewer who wrote part of a translation cannot approve it', async () => {
    const id = await twoLocales()
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
    ])
    await t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'zh',
      draft: true,
      data: { title: '审稿人改过的标题' },
      user: await asUser('reviewer'),
      overrideAccess: false,
    })
    await act('translator.zh', id, 'submit', { locale: 'zh' })
    const refused = await refusal(act('reviewer', id, 'approve', { locale: 'zh' }))
    expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/You wrote part of Chinese yourself/) })
    await act('reviewer2', id, 'approve', { locale: 'zh' })
    expect((await stateOf(t.payload, id, 'zh'))?.state).toBe('approved')
  })
})

describe('publishing gates', () => {
  test('submitting a locale with empty required fields is refused with the missing fields named per locale', async () => {
    const id = await draftRelease(t.payload, { id: { title: 'Judul', body: ['Isi'] } })
    await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { title: 'Only a title' } })
    const refused = await refusal(act('admin', id, 'submit', { locale: 'en' }))
    expect(refused).toMatchObject({ status: 422, missing: { en: ['body'] } })
  })

  test('a republish needs a change note, which readers can then read', async () => {
    const id = await publishedInBoth()
    await editSource(id, { body: paragraphsToRichText(['Paragraf satu, diperbaiki.']) })
    await act('editor', id, 'submit', { locale: 'id' })
    await act('reviewer', id, 'approve', { locale: 'id' })
    expect(await refusal(act('reviewer', id, 'publish', { locale: 'id' }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/change note/),
    })
    await act('reviewer', id, 'publish', { locale: 'id', note: 'Corrected the first paragraph.' })
    const { docs } = await t.payload.find({
      collection: 'workflow-states',
      where: { and: [{ 'document.value': { equals: id } }, { locale: { equals: 'id' } }] },
      overrideAccess: false,
    })
    expect(docs[0]?.changeNotes?.map((entry) => entry.note)).toEqual(['Corrected the first paragraph.'])
    // Readers get the public facts, never the internal bookkeeping.
    expect(docs[0]).not.toHaveProperty('authors')
    expect(docs[0]).not.toHaveProperty('state')
  })

  test('publishing zh publishes neither en’s draft edits nor changes id’s published text', async () => {
    const id = await publishedInBoth()
    await t.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { title: 'EN draft', body: paragraphsToRichText(['x']) } })
    const idBefore = (await t.payload.find({ collection: 'press-releases', locale: 'id', overrideAccess: false, where: { id: { equals: id } } })).docs[0]
    await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { title: '标题（修订）' }, user: await asUser('translator.zh'), overrideAccess: false })
    await act('translator.zh', id, 'submit', { locale: 'zh' })
    await act('reviewer', id, 'approve', { locale: 'zh' })
    await act('reviewer', id, 'publish', { locale: 'zh', minorChange: true })
    const read = (locale: 'id' | 'zh' | 'en') =>
      t.payload.find({ collection: 'press-releases', locale, overrideAccess: false, where: { id: { equals: id } } })
    expect((await read('zh')).docs[0]?.title).toBe('标题（修订）')
    expect((await read('en')).docs).toHaveLength(0)
    const { updatedAt: _a, ...idAfter } = (await read('id')).docs[0]!
    const { updatedAt: _b, ...idBeforeText } = idBefore!
    expect(idAfter).toEqual(idBeforeText)
  })

  const versionCount = async (id: number) =>
    (await t.payload.countVersions({ collection: 'press-releases', where: { parent: { equals: id } } })).totalDocs
  const readerTitle = async (id: number, locale: 'id' | 'zh' | 'en') =>
    (await t.payload.find({ collection: 'press-releases', locale, overrideAccess: false, where: { id: { equals: id } } })).docs[0]?.title

  test('publishing every language at once is one save: one new version, each language’s approved text live', async () => {
    const id = await draftRelease(t.payload, {
      id: { title: 'Judul disetujui', body: ['Isi.'] },
      zh: { title: '已批准的标题', body: ['正文。'] },
      en: { title: 'Approved title', body: ['Body.'] },
    })
    for (const locale of ['id', 'zh', 'en'] as const) await advance(t.payload, id, [['submit', locale], ['approve', locale]])
    const before = await versionCount(id)
    const result = await act('reviewer', id, 'publish')
    expect(result.applied).toEqual(['id', 'zh', 'en'])
    expect(await versionCount(id)).toBe(before + 1)
    expect(await readerTitle(id, 'id')).toBe('Judul disetujui')
    expect(await readerTitle(id, 'zh')).toBe('已批准的标题')
    expect(await readerTitle(id, 'en')).toBe('Approved title')
  })

  test('publishing "all" where one language is not approved publishes the others one by one and leaves that draft unseen', async () => {
    const id = await draftRelease(t.payload, {
      id: { title: 'Judul', body: ['Isi.'] },
      zh: { title: '未批准的草稿', body: ['草稿。'] },
      en: { title: 'Approved title', body: ['Body.'] },
    })
    await advance(t.payload, id, [['submit', 'id'], ['approve', 'id'], ['submit', 'en'], ['approve', 'en']])
    const result = await act('reviewer', id, 'publish')
    expect(result.applied).toEqual(['id', 'en'])
    expect(result.skipped.zh).toBeTruthy()
    expect(await readerTitle(id, 'id')).toBe('Judul')
    expect(await readerTitle(id, 'en')).toBe('Approved title')
    expect(await readerTitle(id, 'zh')).toBeUndefined()
  })
})

describe('staleness', () => {
  test('changing one source field marks exactly that field stale in each approved translation, with before and after', async () => {
    const id = await publishedInBoth()
    await editSource(id, { title: 'Judul baru' })
    const zh = await stateOf(t.payload, id, 'zh')
    expect(zh?.stale).toBe(true)
    expect(zh?.staleFields?.map(({ path, before, after }) => ({ path, before, after }))).toEqual([
      { path: 'title', before: 'Judul', after: 'Judul baru' },
    ])
    // The source itself is back in draft; the translation keeps its state but cannot be republished.
    expect((await stateOf(t.payload, id, 'id'))?.state).toBe('draft')
    expect(zh?.state).toBe('published')
  })

  test('a Q&A answer change marks only that item’s translations stale', async () => {
    const briefing = await t.payload.create({
      collection: 'briefings',
      locale: 'id',
      draft: true,
      data: {
        date: '2024-09-03T00:00:00.000Z',
        title: 'Konferensi pers',
        items: [
          { question: 'Tanya satu', answer: paragraphsToRichText(['Jawab satu']) },
          { question: 'Tanya dua', answer: paragraphsToRichText(['Jawab dua']) },
        ],
      },
    })
    const rows = briefing.items ?? []
    await t.payload.update({
      collection: 'briefings',
      id: briefing.id,
      locale: 'en',
      draft: true,
      data: {
        title: 'Press conference',
        items: rows.map((row, index) => ({ id: row.id, question: `Question ${index + 1}`, answer: paragraphsToRichText([`Answer ${index + 1}`]) })),
      },
    })
    await advance(
      t.payload,
      briefing.id,
      [
        ['submit', 'id'],
        ['approve', 'id'],
        ['submit', 'en'],
        ['approve', 'en'],
      ],
      'briefings',
    )
    await t.payload.update({
      collection: 'briefings',
      id: briefing.id,
      locale: 'id',
      draft: true,
      data: { items: rows.map((row, index) => ({ id: row.id, answer: paragraphsToRichText([index === 1 ? 'Jawab dua, diubah' : `Jawab satu`]) })) },
    })
    const en = await stateOf(t.payload, briefing.id, 'en', 'briefings')
    expect(en?.staleFields?.map((field) => field.path)).toEqual(['items.q2.answer'])
    expect(en?.staleFields?.[0]).toMatchObject({ before: 'Jawab dua', after: 'Jawab dua, diubah' })
  })

  test('a translator editing a Q&A answer leaves the approved source untouched', async () => {
    const briefing = await t.payload.create({
      collection: 'briefings',
      locale: 'id',
      draft: true,
      data: { date: '2024-09-05T00:00:00.000Z', title: 'Konferensi', items: [{ question: 'Tanya', answer: paragraphsToRichText(['Jawab']) }] },
    })
    await advance(t.payload, briefing.id, [['submit', 'id'], ['approve', 'id']], 'briefings')
    const row = briefing.items![0]!
    await t.payload.update({
      collection: 'briefings',
      id: briefing.id,
      locale: 'zh',
      draft: true,
      data: { title: '记者会', items: [{ id: row.id, key: row.key, question: '问', answer: paragraphsToRichText(['答']) }] },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    expect((await stateOf(t.payload, briefing.id, 'id', 'briefings'))?.state).toBe('approved')
    const edits = await t.payload.find({
      collection: 'workflow-events',
      where: { and: [{ 'document.value': { equals: briefing.id } }, { action: { equals: 'edit' } }, { actor: { equals: users['translator.zh'].id } }] },
    })
    expect(edits.docs.map((event) => event.locale)).toEqual(['zh'])
  })

  test('a stale translation cannot be republished until its translator updates it', async () => {
    const id = await publishedInBoth()
    await editSource(id, { title: 'Judul baru' })
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
      ['publish', 'id', { changeNote: 'New title' }],
    ])
    await t.payload.update({ collection: 'press-releases', id, locale: 'zh', draft: true, data: { body: paragraphsToRichText(['第一段（润色）。']) } })
    await advance(t.payload, id, [['submit', 'zh']])
    // Re-translating the body does not address the changed title: the title stays stale.
    expect((await stateOf(t.payload, id, 'zh'))?.staleFields?.map((field) => field.path)).toEqual(['title'])
    await t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'zh',
      draft: true,
      data: { title: '新标题' },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    const zh = await stateOf(t.payload, id, 'zh')
    expect(zh?.stale).toBe(false)
    expect(zh?.staleFields).toEqual([])
  })

  test('a reviewer can accept a stale translation as it is, which clears the staleness', async () => {
    const id = await publishedInBoth()
    await editSource(id, { title: 'Judul baru' })
    expect(await refusal(act('reviewer', id, 'publish', { locale: 'zh', note: 'x' }))).toMatchObject({ status: 409 })
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
    ])
    await act('reviewer', id, 'approve', { locale: 'zh', note: 'Title change does not affect the Chinese title.' })
    const zh = await stateOf(t.payload, id, 'zh')
    expect(zh).toMatchObject({ stale: false, state: 'published' })
  })

  test('reverting the source to its approved text clears the staleness it caused', async () => {
    const id = await publishedInBoth()
    await editSource(id, { title: 'Judul baru' })
    await editSource(id, { title: 'Judul' })
    expect((await stateOf(t.payload, id, 'zh'))?.stale).toBe(false)
  })
})

describe('writes outside the workflow', () => {
  test('a translator’s write to another locale is refused with 403 and the locale named', async () => {
    const id = await twoLocales()
    const attempt = t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      draft: true,
      data: { title: 'Sneaky' },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/You translate Chinese; this save writes English/) })
  })

  test('a translator’s write to a shared field is refused with 403 and the field named', async () => {
    const id = await twoLocales()
    const attempt = t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'zh',
      draft: true,
      data: { title: '标题', eventDate: '2030-01-01T00:00:00.000Z' },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/"eventDate" is shared/) })
  })

  test('a translator’s change to a Q&A row’s outlet, or a row added, is refused with 403 and named; their answer alone saves', async () => {
    const briefing = await t.payload.create({
      collection: 'briefings',
      locale: 'id',
      draft: true,
      data: { date: '2024-09-06T00:00:00.000Z', title: 'Konferensi baris tetap', items: [{ question: 'Tanya', answer: paragraphsToRichText(['Jawab']) }] },
    })
    const outlet = await t.payload.create({ collection: 'outlets', data: { name: 'Xinhua', slug: 'xinhua-fixed-rows' } })
    const row = briefing.items![0]!
    const asTranslator = async (items: Record<string, unknown>[]) =>
      t.payload.update({ collection: 'briefings', id: briefing.id, locale: 'zh', draft: true, data: { items }, user: await asUser('translator.zh'), overrideAccess: false })
    await expect(asTranslator([{ id: row.id, question: '问', outlet: outlet.id }])).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/"items\.0\.outlet" is shared/),
    })
    await expect(asTranslator([{ id: row.id, question: '问' }, { question: '再问' }])).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/"items \(rows added or removed\)" is shared/),
    })
    await asTranslator([{ id: row.id, question: '问' }])
    const saved = await t.payload.findByID({ collection: 'briefings', id: briefing.id, locale: 'zh', draft: true, depth: 0 })
    expect(saved.items?.map((item) => ({ question: item.question, outlet: item.outlet ?? null }))).toEqual([{ question: '问', outlet: null }])
  })

  test('a translator’s admin save of a briefing without Q&A rows goes through (the form sends the empty array as 0)', async () => {
    const briefing = await t.payload.create({
      collection: 'briefings',
      locale: 'id',
      draft: true,
      data: { date: '2024-09-07T00:00:00.000Z', title: 'Konferensi tanpa tanya jawab' },
    })
    await t.payload.update({
      collection: 'briefings',
      id: briefing.id,
      locale: 'zh',
      draft: true,
      data: { title: '无问答的记者会', items: 0 as unknown as [] },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    expect((await t.payload.findByID({ collection: 'briefings', id: briefing.id, locale: 'zh', draft: true })).title).toBe('无问答的记者会')
  })

  test('the admin shows a translator every shared field read-only and the translated ones writable in their own language only; an editor may write both', async () => {
    // The admin asks for permissions in the language it is editing (?locale=).
    const permissions = async (email: string, locale: 'id' | 'zh' = 'zh') => {
      const response = await t.api(`/api/access?locale=${locale}`, { headers: await loginHeaders(t, email) })
      // Payload leaves out what is not granted (no \`update\` key: read-only) and folds a level
      // where everything is granted into \`true\`.
      type Node = boolean | { update?: boolean; fields?: Record<string, Node> | true } | undefined
      const body = (await response.json()) as { collections: Record<string, { fields: Record<string, Node> | true }> }
      const canUpdate = (slug: string, path: string[]): boolean => {
        let node: Node = { fields: body.collections[slug]!.fields as Record<string, Node> }
        for (const name of path) {
          if (node === true) return true
          const fields: Record<string, Node> | boolean | undefined = typeof node === 'object' ? node.fields : undefined
          node = fields === true ? true : fields?.[name]
        }
        return node === true || (typeof node === 'object' && node.update === true)
      }
      return {
        release: Object.fromEntries(['title', 'body', 'eventDate', 'slug', 'sourceLocale', 'originalPublishedAt'].map((name) => [name, canUpdate('press-releases', [name])])),
        briefing: Object.fromEntries(['title', 'date', 'spokesperson', 'items'].map((name) => [name, canUpdate('briefings', [name])])),
        qaRow: Object.fromEntries(['question', 'answer', 'outlet', 'followUp', 'topics'].map((name) => [name, canUpdate('briefings', ['items', name])])),
      }
    }
    expect(await permissions(users['translator.zh'].email)).toEqual({
      release: { title: true, body: true, eventDate: false, slug: false, sourceLocale: false, originalPublishedAt: false },
      briefing: { title: true, date: false, spokesperson: false, items: true },
      qaRow: { question: true, answer: true, outlet: false, followUp: false, topics: false },
    })
    // The source (Indonesian) opened by the Chinese translator: nothing there to type into and lose at save.
    expect(await permissions(users['translator.zh'].email, 'id')).toEqual({
      release: { title: false, body: false, eventDate: false, slug: false, sourceLocale: false, originalPublishedAt: false },
      briefing: { title: false, date: false, spokesperson: false, items: true },
      qaRow: { question: false, answer: false, outlet: false, followUp: false, topics: false },
    })
    for (const locale of ['zh', 'id'] as const) {
      expect(await permissions(users.editor.email, locale)).toEqual({
        release: { title: true, body: true, eventDate: true, slug: true, sourceLocale: true, originalPublishedAt: true },
        briefing: { title: true, date: true, spokesperson: true, items: true },
        qaRow: { question: true, answer: true, outlet: true, followUp: true, topics: true },
      })
    }
  })

  test('a translator cannot duplicate a document', async () => {
    const id = await twoLocales()
    const attempt = t.payload.duplicate({
      collection: 'press-releases',
      id,
      locale: 'zh',
      draft: true,
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403 })
  })

  test('Payload’s own publish is refused: publishing goes through the workflow', async () => {
    const id = await twoLocales()
    const attempt = t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'id',
      data: { _status: 'published' },
      user: await asUser('admin'),
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/workflow/) })
  })

  test('a save based on an outdated version is refused with 409, over REST and the Local API', async () => {
    const id = await twoLocales()
    const loaded = await t.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'id' })
    await editSource(id, { title: 'Someone else saved first' })
    const attempt = t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'id',
      draft: true,
      data: { title: 'My stale edit' },
      context: { baseUpdatedAt: loaded.updatedAt },
    })
    await expect(attempt).rejects.toMatchObject({ status: 409 })
    const session = await loginHeaders(t, users.editor.email)
    const rest = await t.api(`/api/press-releases/${id}?draft=true&locale=id`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-base-updated-at': loaded.updatedAt, ...session },
      body: JSON.stringify({ title: 'My stale edit over REST' }),
    })
    expect(rest.status).toBe(409)
    expect(((await rest.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Reload it/)
    const current = await t.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'id' })
    expect(current.title).toBe('Someone else saved first')
  })

  test('a translator’s save carrying its own language’s older draft time is not mistaken for a stale write', async () => {
    const id = await twoLocales()
    const zhLoaded = await t.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'zh' })
    await editSource(id, { title: 'Judul diperbarui' })
    const saved = await t.payload.update({
      collection: 'press-releases',
      id,
      locale: 'zh',
      draft: true,
      data: { title: '标题（译者）', updatedAt: zhLoaded.updatedAt },
      user: await asUser('translator.zh'),
      overrideAccess: false,
    })
    expect(saved.title).toBe('标题（译者）')
  })
})

describe('audit trail', () => {
  test('staff see who did what by name, and nothing else of a colleague’s account', async () => {
    const id = await twoLocales()
    await act('editor', id, 'submit', { locale: 'id' })
    const session = await loginHeaders(t, users['translator.zh'].email)
    const events = (await (
      await t.api(`/api/workflow-events?depth=1&where[document.value][equals]=${id}&where[action][equals]=submit`, { headers: session })
    ).json()) as { docs: { actor: unknown }[] }
    expect(events.docs.map((event) => event.actor)).toEqual([expect.objectContaining({ id: users.editor.id, name: 'editor' })])
    const colleague = events.docs[0]!.actor as Record<string, unknown>
    expect(Object.keys(colleague)).not.toEqual(expect.arrayContaining(['email']))
    expect(colleague).not.toHaveProperty('roles')
    expect(colleague).not.toHaveProperty('locales')
    // Their own account, in full.
    const own = (await (await t.api(`/api/users/${users['translator.zh'].id}`, { headers: session })).json()) as Record<string, unknown>
    expect(own).toMatchObject({ email: users['translator.zh'].email, roles: ['translator'], locales: ['zh'] })
    // Anonymous readers see no accounts at all.
    expect((await t.api('/api/users')).status).toBe(403)
  })

  test('every action and edit is recorded with who, what, locale and note', async () => {
    const id = await twoLocales()
    await act('editor', id, 'submit', { locale: 'id' })
    await act('reviewer', id, 'reject', { locale: 'id', note: 'Fix the date in paragraph one.' })
    const { docs } = await t.payload.find({
      collection: 'workflow-events',
      where: { 'document.value': { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((event) => [event.action, event.locale, event.actor ?? event.actorLabel, event.note ?? null])).toEqual([
      // The drafts were written by test setup without a user: recorded as the system.
      ['edit', 'id', 'system', null],
      ['edit', 'zh', 'system', null],
      ['submit', 'id', users.editor.id, null],
      ['reject', 'id', users.reviewer.id, 'Fix the date in paragraph one.'],
    ])
  })

  test('a force-publish is flagged for a second look and needs a reason', async () => {
    const id = await twoLocales()
    expect(await refusal(act('admin', id, 'force-publish', { locale: 'id' }))).toMatchObject({ status: 422 })
    await act('admin', id, 'force-publish', { locale: 'id', note: 'Embargo lifted early by the minister’s office.' })
    const { docs } = await t.payload.find({
      collection: 'workflow-events',
      where: { and: [{ 'document.value': { equals: id } }, { flagged: { equals: true } }] },
    })
    expect(docs.map((event) => [event.action, event.note])).toEqual([
      ['force-publish', 'Embargo lifted early by the minister’s office.'],
    ])
  })

  test.each(['admin', 'reviewer'] as const)('nobody, not even an %s, can write, edit or delete audit entries', async (role) => {
    const id = await twoLocales()
    const user = await asUser(role)
    const [event] = (await t.payload.find({ collection: 'workflow-events', where: { 'document.value': { equals: id } }, limit: 1 })).docs
    const asRole = { user, overrideAccess: false } as const
    await expect(
      t.payload.create({ collection: 'workflow-events', data: { document: { relationTo: 'press-releases', value: id }, action: 'publish' }, ...asRole }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(t.payload.update({ collection: 'workflow-events', id: event!.id, data: { note: 'rewritten' }, ...asRole })).rejects.toMatchObject({
      status: 403,
    })
    await expect(t.payload.delete({ collection: 'workflow-events', id: event!.id, ...asRole })).rejects.toMatchObject({ status: 403 })
  })
})

describe('scheduling', () => {
  /** Source and translation approved, neither live. */
  const approvedInBoth = async () => {
    const id = await twoLocales()
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
      ['submit', 'zh'],
      ['approve', 'zh'],
    ])
    return id
  }

  test('a scheduled locale is published by the job queue once its time has come, and not before', async () => {
    const id = await twoLocales()
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
    ])
    const at = new Date(Date.now() + 1500)
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    await t.payload.jobs.run({ queue: 'workflow' })
    expect((await stateOf(t.payload, id, 'id'))?.state).toBe('scheduled')

    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect((await stateOf(t.payload, id, 'id'))?.state).toBe('published')
    const reader = await t.payload.find({ collection: 'press-releases', locale: 'id', overrideAccess: false, where: { id: { equals: id } } })
    expect(reader.docs.map((doc) => doc.title)).toEqual(['Judul'])
  })

  test('an unscheduled locale is left alone when its old job runs', async () => {
    const id = await twoLocales()
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
    ])
    const at = new Date(Date.now() + 500)
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    await act('reviewer', id, 'unschedule', { locale: 'id' })
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect((await stateOf(t.payload, id, 'id'))?.state).toBe('approved')
  })

  test('an embargo in every language: a translation is scheduled with its scheduled source, not before it, and both go live in one run of the queue', async () => {
    const id = await approvedInBoth()
    // Far enough ahead for the five steps below on a busy machine (a time in the past is refused).
    const at = new Date(Date.now() + 8000)
    // The source only approved: a translation still cannot be scheduled, and the refusal says scheduling the source is enough.
    expect(await refusal(act('reviewer', id, 'schedule', { locale: 'zh', at: at.toISOString() }))).toMatchObject({
      status: 409,
      message: 'Schedule or publish the source language (Indonesian) before scheduling its translation (Chinese).',
    })
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    expect(await refusal(act('reviewer', id, 'schedule', { locale: 'zh', at: new Date(at.getTime() - 1000).toISOString() }))).toMatchObject({
      status: 409,
      // Said in the newsroom's zone, as the panel writes times (Asia/Jakarta by default).
      message: `Schedule Chinese at or after its source (Indonesian), which goes live at ${formatAdminTime(at, 'Asia/Jakarta', 'en')}.`,
    })
    await act('reviewer', id, 'schedule', { locale: 'zh', at: at.toISOString() })
    // The source rescheduled to the same time: its job is now queued after the translation's.
    await act('reviewer', id, 'unschedule', { locale: 'id' })
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    expect([(await stateOf(t.payload, id, 'id'))?.state, (await stateOf(t.payload, id, 'zh'))?.state]).toEqual(['scheduled', 'scheduled'])

    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect([(await stateOf(t.payload, id, 'id'))?.state, (await stateOf(t.payload, id, 'zh'))?.state]).toEqual(['published', 'published'])
    // No job failed on the way (they run side by side): completed jobs are deleted, a failed one stays.
    const jobs = await t.payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
    expect(jobs.docs.filter((job) => (job.input as { id?: string } | null)?.id === String(id))).toEqual([])
    const published = await t.payload.find({
      collection: 'workflow-events',
      pagination: false,
      where: { and: [{ 'document.value': { equals: id } }, { action: { equals: 'publish' } }] },
    })
    expect(published.docs.map((event) => event.locale).sort()).toEqual(['id', 'zh'])
    const reader = await t.payload.find({ collection: 'press-releases', locale: 'zh', overrideAccess: false, where: { id: { equals: id } } })
    expect(reader.docs.map((doc) => doc.title)).toEqual(['标题'])
  })

  test('a source rescheduled later than its translation takes the waiting translation live with it', async () => {
    const id = await approvedInBoth()
    const at = new Date(Date.now() + 5000)
    const later = new Date(at.getTime() + 2000)
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    await act('reviewer', id, 'schedule', { locale: 'zh', at: at.toISOString() })
    await act('reviewer', id, 'unschedule', { locale: 'id' })
    await act('reviewer', id, 'schedule', { locale: 'id', at: later.toISOString() })
    // At the translation's time its source is not live: it waits (its own job is refused).
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect([(await stateOf(t.payload, id, 'id'))?.state, (await stateOf(t.payload, id, 'zh'))?.state]).toEqual(['scheduled', 'scheduled'])
    // At the source's time both go live.
    await new Promise((resolve) => setTimeout(resolve, later.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect([(await stateOf(t.payload, id, 'id'))?.state, (await stateOf(t.payload, id, 'zh'))?.state]).toEqual(['published', 'published'])
    const reader = await t.payload.find({ collection: 'press-releases', locale: 'zh', overrideAccess: false, where: { id: { equals: id } } })
    expect(reader.docs.map((doc) => doc.title)).toEqual(['标题'])
  })

  test('a translation scheduled with its source does not go live alone when the source is unscheduled', async () => {
    const id = await approvedInBoth()
    const at = new Date(Date.now() + 5000)
    await act('reviewer', id, 'schedule', { locale: 'id', at: at.toISOString() })
    await act('reviewer', id, 'schedule', { locale: 'zh', at: at.toISOString() })
    await act('reviewer', id, 'unschedule', { locale: 'id' })
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect([(await stateOf(t.payload, id, 'id'))?.state, (await stateOf(t.payload, id, 'zh'))?.state]).toEqual(['approved', 'scheduled'])
    const reader = await t.payload.find({ collection: 'press-releases', locale: 'zh', overrideAccess: false, where: { id: { equals: id } } })
    expect(reader.docs).toEqual([])
  })

  test('a schedule in the past is refused', async () => {
    const id = await twoLocales()
    await advance(t.payload, id, [
      ['submit', 'id'],
      ['approve', 'id'],
    ])
    expect(await refusal(act('reviewer', id, 'schedule', { locale: 'id', at: '2020-01-01T00:00:00+07:00' }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/in the past/),
    })
  })
})

describe('withdraw and unpublish', () => {
  test('withdrawing keeps the text readable with its public reason; unpublishing removes it', async () => {
    const id = await publishedInBoth()
    await act('reviewer', id, 'withdraw', { locale: 'zh', note: '该活动已取消。' })
    const zhRead = await t.payload.find({ collection: 'press-releases', locale: 'zh', overrideAccess: false, where: { id: { equals: id } } })
    expect(zhRead.docs).toHaveLength(1)
    const zhRecord = await t.payload.find({
      collection: 'workflow-states',
      where: { and: [{ 'document.value': { equals: id } }, { locale: { equals: 'zh' } }] },
      overrideAccess: false,
    })
    expect(zhRecord.docs[0]).toMatchObject({ publication: 'withdrawn', withdrawnReason: '该活动已取消。' })

    await act('reviewer', id, 'unpublish', { locale: 'zh' })
    const gone = await t.payload.find({ collection: 'press-releases', locale: 'zh', overrideAccess: false, where: { id: { equals: id } } })
    expect(gone.docs).toHaveLength(0)
    const idStill = await t.payload.find({ collection: 'press-releases', locale: 'id', overrideAccess: false, where: { id: { equals: id } } })
    expect(idStill.docs).toHaveLength(1)
  })
})

test('the system actor used by the scheduler and seed is recorded by label', async () => {
  const id = await twoLocales()
  await runWorkflowAction(t.payload, { collection: 'press-releases', id, action: 'submit', locale: 'id', actor: systemActor })
  const { docs } = await t.payload.find({
    collection: 'workflow-events',
    where: { and: [{ 'document.value': { equals: id } }, { action: { equals: 'submit' } }] },
  })
  expect(docs.map((event) => [event.actor ?? null, event.actorLabel])).toEqual([[null, 'test setup']])
})
