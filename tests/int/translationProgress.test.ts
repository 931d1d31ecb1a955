import { createLocalReq } from 'payload'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { getWorkflowOverview } from '@/lib/workflow/overview'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'
import { advance, createUsers, loginHeaders, stateOf, type TestRole, type TestUser } from '@/tests/helpers/workflow'

/**
 * The panel's "translated: 3 of 5": parts of the source with text (title, each question and
 * answer …), and how many a translation has that are not stale since its approval; and "Still
 * correct", which takes one stale part off the list without touching the rest.
 */
let t: TestPayload
let users: Record<TestRole, TestUser>

beforeAll(async () => {
  t = await startTestPayload('translation-progress')
  users = await createUsers(t.payload)
})
afterAll(async () => t?.stop())

const progressOf = async (id: number) => {
  const overview = await getWorkflowOverview(t.payload, await createLocalReq({}, t.payload), 'briefings', id, null)
  return Object.fromEntries(overview.locales.map((entry) => [entry.locale, entry.progress]))
}

test('counts the source’s parts, the translated ones, and takes a stale part back out', async () => {
  const briefing = await t.payload.create({
    collection: 'briefings',
    locale: 'id',
    draft: true,
    data: {
      date: '2024-09-10T00:00:00.000Z',
      title: 'Konferensi pers',
      items: [
        { question: 'Tanya satu', answer: paragraphsToRichText(['Jawab satu']) },
        { question: 'Tanya dua', answer: paragraphsToRichText(['Jawab dua']) },
      ],
    },
  })
  const rows = briefing.items!
  // Source parts with text: title and two questions and answers (no summary, no opening statements).
  expect(await progressOf(briefing.id)).toEqual({ id: null, zh: { done: 0, total: 5 }, en: { done: 0, total: 5 } })

  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'zh',
    draft: true,
    data: { title: '记者会', items: [{ id: rows[0]!.id, question: '问一', answer: paragraphsToRichText(['答一']) }, { id: rows[1]!.id }] },
  })
  expect((await progressOf(briefing.id)).zh).toEqual({ done: 3, total: 5 })

  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'zh',
    draft: true,
    data: { items: [{ id: rows[0]!.id }, { id: rows[1]!.id, question: '问二', answer: paragraphsToRichText(['答二']) }] },
  })
  expect((await progressOf(briefing.id)).zh).toEqual({ done: 5, total: 5 })
  await advance(t.payload, briefing.id, [['submit', 'id'], ['approve', 'id'], ['submit', 'zh'], ['approve', 'zh']], 'briefings')
  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'id',
    draft: true,
    data: { items: [{ id: rows[0]!.id, answer: paragraphsToRichText(['Jawab satu, diperbaiki']) }, { id: rows[1]!.id }] },
  })
  // The corrected answer no longer counts as translated until the translator revisits it.
  expect((await progressOf(briefing.id)).zh).toEqual({ done: 4, total: 5 })
})

test('“Still correct” takes one stale part off a translation’s list; the state, the other stale part and other people’s languages stay', async () => {
  const briefing = await t.payload.create({
    collection: 'briefings',
    locale: 'id',
    draft: true,
    data: { date: '2024-09-11T00:00:00.000Z', title: 'Konferensi', items: [{ question: 'Tanya', answer: paragraphsToRichText(['Jawab']) }] },
  })
  const row = briefing.items![0]!
  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'zh',
    draft: true,
    data: { title: '记者会', items: [{ id: row.id, question: '问', answer: paragraphsToRichText(['答']) }] },
  })
  await advance(t.payload, briefing.id, [['submit', 'id'], ['approve', 'id'], ['submit', 'zh'], ['approve', 'zh']], 'briefings')
  await t.payload.update({
    collection: 'briefings',
    id: briefing.id,
    locale: 'id',
    draft: true,
    data: { title: 'Konferensi Pers', items: [{ id: row.id, answer: paragraphsToRichText(['Jawab.']) }] },
  })
  expect((await stateOf(t.payload, briefing.id, 'zh', 'briefings'))?.staleFields?.map((field) => field.path)).toEqual(['title', 'items.q1.answer'])

  const confirm = async (role: TestRole, body: Record<string, unknown>) => {
    const response = await t.api(`/api/briefings/${briefing.id}/confirm`, {
      method: 'POST',
      headers: { ...(await loginHeaders(t, users[role].email)), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  expect(await confirm('translator.en', { locale: 'zh', path: 'items.q1.answer' })).toMatchObject({ status: 403 })
  expect(await confirm('translator.zh', { locale: 'zh', path: 'items.q1.answer' })).toEqual({
    status: 200,
    body: { locale: 'zh', stale: true, staleFields: ['title'] },
  })
  expect(await confirm('translator.zh', { locale: 'zh', path: 'items.q1.answer' })).toMatchObject({
    status: 409,
    body: { errors: [{ message: '"items.q1.answer" is not stale in Chinese: nothing to confirm.' }] },
  })
  const zh = await stateOf(t.payload, briefing.id, 'zh', 'briefings')
  expect({ state: zh?.state, stale: zh?.stale, paths: zh?.staleFields?.map((field) => field.path) }).toEqual({ state: 'approved', stale: true, paths: ['title'] })
  const { docs } = await t.payload.find({
    collection: 'workflow-events',
    where: { and: [{ 'document.value': { equals: briefing.id } }, { action: { equals: 'confirm' } }] },
    depth: 0,
  })
  expect(docs.map((event) => ({ locale: event.locale, actor: event.actor, details: event.details }))).toEqual([
    { locale: 'zh', actor: users['translator.zh'].id, details: { confirmedPath: 'items.q1.answer' } },
  ])

  // The reviewer confirms the title too: nothing stale is left.
  expect(await confirm('reviewer', { locale: 'zh', path: 'title' })).toEqual({ status: 200, body: { locale: 'zh', stale: false, staleFields: [] } })
})
