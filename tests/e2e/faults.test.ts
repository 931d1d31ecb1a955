import type { Payload } from 'payload'

import fs from 'node:fs'

import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'
import { paragraphsToRichText, richTextToParagraphs } from '@/lib/richText/paragraphs'
import { demoUsers } from '@/lib/seed/demoContent'
import { createSiteData, startServer, type RunningServer, type SiteData } from '@/tests/helpers/server'
import { loginToken } from '@/tests/helpers/siteHttp'

/**
 * Crash safety, tried the hard way: the production server is killed (kill -9) at a random moment,
 * 30 times, while staff keep it busy — three translators' and editors' saves of a 20-item briefing
 * (one per language), a release taken round the workflow, imports and logins, all at once. After
 * each restart the database is checked through a second Payload (the Local API, in this process,
 * on the same SQLite file):
 * - the briefing has its 20 Q&A items in every language, each language wholly as of one save that
 *   was acknowledged or in flight — never a mix, never fewer rows;
 * - every account keeps its roles and languages;
 * - every document's workflow records, its published state, its search rows and its audit trail agree;
 * - every imported document has its records and audit entries, and nothing points at a missing document.
 */
const ROUNDS = 30
const ITEMS = 20

let site: SiteData
let server: RunningServer
let payload: Payload

beforeAll(async () => {
  site = await createSiteData()
  // A second process on the same database, as an operator's script would be.
  Object.assign(process.env, {
    DATABASE_URI: site.env.DATABASE_URI,
    WARTA_DATA_DIR: site.dataDir,
    PAYLOAD_SECRET: site.env.PAYLOAD_SECRET,
    WARTA_SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
  })
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  server = await startServer(site)
}, 900_000)

afterAll(async () => {
  await server?.stop()
  if (site) fs.rmSync(site.dataDir, { recursive: true, force: true })
})

type Tokens = Record<'editor' | 'reviewer' | 'translator.zh' | 'translator.en', string>
const saverOf: Record<Locale, keyof Tokens> = { id: 'editor', zh: 'translator.zh', en: 'translator.en' }

const request = async (url: string, token: string, method: string, route: string, body?: unknown) => {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

const itemText = (locale: Locale, generation: number, index: number) => `${locale} g${generation} q${index + 1}`

type Briefing = { id: number; rows: Record<string, unknown>[] }

/** The 20-item briefing every round saves, with a text in each language (generation 0). */
const createBriefing = async (tokens: Tokens): Promise<Briefing> => {
  const created = await request(server.url, tokens.editor, 'POST', '/api/briefings?locale=id&draft=true', {
    slug: 'fault-injection-briefing',
    date: '2026-11-02T00:00:00.000Z',
    sourceLocale: 'id',
    title: 'Taklimat uji',
    openingStatements: paragraphsToRichText(['Pembukaan.']),
    items: Array.from({ length: ITEMS }, (_, index) => ({ question: itemText('id', 0, index), answer: paragraphsToRichText([itemText('id', 0, index)]) })),
  })
  const id = (created.doc as { id: number }).id
  const read = await request(server.url, tokens.editor, 'GET', `/api/briefings/${id}?locale=id&draft=true&depth=0`)
  const rows = (read.items as Record<string, unknown>[]).map(({ question: _question, answer: _answer, ...shared }) => shared)
  for (const locale of ['zh', 'en'] as const) {
    await request(server.url, tokens[saverOf[locale]], 'PATCH', `/api/briefings/${id}?locale=${locale}&draft=true`, {
      title: `${locale} title`,
      items: rows.map((row, index) => ({ ...row, question: itemText(locale, 0, index), answer: paragraphsToRichText([itemText(locale, 0, index)]) })),
    })
  }
  return { id, rows }
}

type Progress = { acknowledged: Record<Locale, number>; sent: Record<Locale, Set<number>>; next: number }

/** One writer per kind of work; each loops until the server dies under it, then stops for the round. */
const writers = (url: string, tokens: Tokens, briefing: Briefing, progress: Progress, releaseId: number, round: number) => {
  const alive = { value: true }
  const loop = async (step: () => Promise<unknown>) => {
    while (alive.value) {
      try {
        await step()
      } catch (error) {
        // A refusal (409 from a state the crash left behind) is fine; a dead server ends the round.
        if (!(error instanceof Error) || !/^(GET|POST|PATCH) /.test(error.message)) return
      }
    }
  }
  const saveBriefing = (locale: Locale) => async () => {
    const generation = (progress.next += 1)
    progress.sent[locale].add(generation)
    await request(url, tokens[saverOf[locale]], 'PATCH', `/api/briefings/${briefing.id}?locale=${locale}&draft=true`, {
      items: briefing.rows.map((row, index) => ({
        ...row,
        question: itemText(locale, generation, index),
        answer: paragraphsToRichText([itemText(locale, generation, index)]),
      })),
    })
    progress.acknowledged[locale] = Math.max(progress.acknowledged[locale], generation)
  }
  let edits = 0
  const workflowStep = async () => {
    const record = (await request(url, tokens.reviewer, 'GET', `/api/workflow-states?depth=0&where[document.value][equals]=${releaseId}&where[locale][equals]=id`)).docs as { state: string }[]
    const state = record[0]?.state ?? 'draft'
    const act = (token: string, action: string, extra: Record<string, unknown> = {}) =>
      request(url, token, 'POST', `/api/press-releases/${releaseId}/workflow`, { action, locale: 'id', ...extra })
    if (state === 'draft' || state === 'rejected') return act(tokens.editor, 'submit')
    if (state === 'submitted') return act(tokens.reviewer, 'approve')
    if (state === 'approved') return act(tokens.reviewer, 'publish', { changeNote: `round ${round}` })
    if (state === 'published') return act(tokens.reviewer, 'unpublish')
    edits += 1
    return request(url, tokens.editor, 'PATCH', `/api/press-releases/${releaseId}?locale=id&draft=true`, { title: `Siaran r${round} e${edits}` })
  }
  let imports = 0
  const importStep = () => {
    imports += 1
    const content = `Kunjungan delegasi nomor ${round}-${imports}\nPada 9 Oktober 2024, delegasi nomor ${round}-${imports} berkunjung ke Jakarta.\nKedua pihak membahas kerja sama.`
    return request(url, tokens.editor, 'POST', '/api/import', { texts: [{ name: `r${round}-${imports}.id.txt`, content }], dryRun: false })
  }
  const loginStep = async () => {
    const user = demoUsers[Math.floor(Math.random() * demoUsers.length)]!
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'warta-demo' }),
    })
    if (!response.ok) throw new Error(`POST /api/users/login: ${response.status}`)
    await response.arrayBuffer()
  }
  const running = Promise.all([
    ...locales.map((locale) => loop(saveBriefing(locale))),
    loop(workflowStep),
    loop(importStep),
    loop(loginStep),
    loop(loginStep),
  ])
  return { stop: () => (alive.value = false), running }
}

const checkBriefing = async (briefing: Briefing, progress: Progress) => {
  for (const locale of locales) {
    const doc = await payload.findByID({ collection: 'briefings', id: briefing.id, locale, draft: true, depth: 0, overrideAccess: true })
    const items = doc.items ?? []
    expect({ locale, items: items.length }).toEqual({ locale, items: ITEMS })
    const generations = new Set(
      items.flatMap((item, index) => {
        const question = new RegExp(`^${locale} g(\\d+) q${index + 1}$`).exec(item.question ?? '')
        const answer = new RegExp(`^${locale} g(\\d+) q${index + 1}$`).exec(richTextToParagraphs(item.answer).join(''))
        return [question?.[1] ?? 'bad question', answer?.[1] ?? 'bad answer']
      }),
    )
    // Every item of the language comes from one save…
    expect({ locale, generations: generations.size }).toEqual({ locale, generations: 1 })
    const generation = Number([...generations][0])
    // …the last acknowledged one or one that was in flight when the server died.
    const possible = [progress.acknowledged[locale], ...[...progress.sent[locale]].filter((sent) => sent > progress.acknowledged[locale])]
    expect({ locale, possible: possible.includes(generation) }).toEqual({ locale, possible: true })
    progress.acknowledged[locale] = generation
    progress.sent[locale].clear()
  }
}

const checkUsers = async () => {
  for (const expected of demoUsers) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: expected.email } }, depth: 0, overrideAccess: true })
    const user = docs[0]
    expect({ email: expected.email, roles: user?.roles, locales: user?.locales ?? [] }).toEqual({
      email: expected.email,
      roles: [...expected.roles],
      locales: [...expected.locales],
    })
  }
}

/** Records, published state, search rows and audit trail of every document agree, per language. */
const checkDocuments = async () => {
  const records = await payload.find({ collection: 'workflow-states', pagination: false, depth: 0, overrideAccess: true })
  const events = await payload.find({ collection: 'workflow-events', pagination: false, depth: 0, sort: 'createdAt', overrideAccess: true })
  for (const collection of ['press-releases', 'briefings'] as const) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, draft: true, overrideAccess: true, select: { slug: true } })
    const ids = new Set(docs.map((doc) => String(doc.id)))
    const ofCollection = (document: unknown) => (document as { relationTo: string; value: number | { id: number } }).relationTo === collection
    const idOf = (document: unknown) => {
      const value = (document as { value: number | { id: number } }).value
      return String(typeof value === 'object' ? value.id : value)
    }
    for (const record of records.docs.filter((record) => ofCollection(record.document))) {
      // Nothing points at a document that is not there (an import is all or nothing).
      expect({ record: record.id, documentExists: ids.has(idOf(record.document)) }).toEqual({ record: record.id, documentExists: true })
    }
    for (const event of events.docs.filter((event) => ofCollection(event.document))) {
      expect({ event: event.id, documentExists: ids.has(idOf(event.document)) }).toEqual({ event: event.id, documentExists: true })
    }
    for (const doc of docs) {
      const mine = <T extends { document: unknown }>(rows: T[]) => rows.filter((row) => ofCollection(row.document) && idOf(row.document) === String(doc.id))
      const docEvents = mine(events.docs)
      expect({ doc: doc.slug, hasAuditTrail: docEvents.length > 0 }).toEqual({ doc: doc.slug, hasAuditTrail: true })
      for (const locale of locales) {
        const record = mine(records.docs).find((row) => (row as { locale: string }).locale === locale) as
          | { state: string; publication?: string | null }
          | undefined
        const readable = await payload.find({ collection, locale, overrideAccess: false, depth: 0, where: { id: { equals: doc.id } }, select: { slug: true } })
        const searchRows = await payload.count({
          collection: 'search-entries',
          where: { and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: String(doc.id) } }, { locale: { equals: locale } }] },
        })
        const live = record?.publication === 'live'
        expect({ doc: doc.slug, locale, live, readable: readable.docs.length === 1, searchable: searchRows.totalDocs > 0 }).toEqual({
          doc: doc.slug,
          locale,
          live,
          readable: live,
          searchable: live,
        })
        if (!record) continue
        const lastWithState = docEvents.filter((event) => (event as { locale: string }).locale === locale && (event as { toState?: string | null }).toState).at(-1) as
          | { toState: string }
          | undefined
        expect({ doc: doc.slug, locale, state: record.state }).toEqual({ doc: doc.slug, locale, state: lastWithState?.toState ?? record.state })
      }
    }
  }
}

test(`killed at random ${ROUNDS} times mid-work, the database always holds whole writes only`, async () => {
  const login = async () => ({
    editor: await loginToken(server.url, 'editor@example.com'),
    reviewer: await loginToken(server.url, 'reviewer@example.com'),
    'translator.zh': await loginToken(server.url, 'translator.zh@example.com'),
    'translator.en': await loginToken(server.url, 'translator.en@example.com'),
  })
  let tokens: Tokens = await login()
  const briefing = await createBriefing(tokens)
  const release = await request(server.url, tokens.editor, 'POST', '/api/press-releases?locale=id&draft=true', {
    slug: 'fault-injection-release',
    sourceLocale: 'id',
    eventDate: '2026-11-01T00:00:00.000Z',
    title: 'Siaran uji',
    body: paragraphsToRichText(['Isi siaran uji.']),
  })
  const releaseId = (release.doc as { id: number }).id
  const progress: Progress = { acknowledged: { id: 0, zh: 0, en: 0 }, sent: { id: new Set(), zh: new Set(), en: new Set() }, next: 0 }
  const interrupted = { briefingSaves: 0, rounds: 0 }

  for (let round = 1; round <= ROUNDS; round++) {
    const work = writers(server.url, tokens, briefing, progress, releaseId, round)
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1500))
    // Aim the kill into the server's work on a save: a moment 0–60 ms after one was sent.
    const saves = progress.next
    while (progress.next === saves) await new Promise((resolve) => setTimeout(resolve, 1))
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 60))
    const inFlight = locales.reduce((count, locale) => count + [...progress.sent[locale]].filter((sent) => sent > progress.acknowledged[locale]).length, 0)
    await server.stop('SIGKILL')
    work.stop()
    await work.running
    interrupted.briefingSaves += inFlight
    interrupted.rounds += 1

    server = await startServer(site, { port: server.port })
    await checkBriefing(briefing, progress)
    await checkUsers()
    await checkDocuments()
    // Sessions issued before the crash still work after it (they were committed with the login).
    expect((await fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${tokens.editor}` } }).then((response) => response.json()) as { user: unknown }).user).not.toBeNull()
    if (round % 10 === 0) tokens = await login()
  }
  // The kills really landed while saves of the briefing were under way.
  expect(interrupted.rounds).toBe(ROUNDS)
  expect(interrupted.briefingSaves).toBeGreaterThan(ROUNDS / 2)
}, 1_800_000)
