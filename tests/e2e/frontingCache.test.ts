import fs from 'node:fs'

import { freePort } from '@/lib/cli/processes'
import { demoRelease } from '@/lib/seed/demoContent'
import { createSiteData, startServer, type RunningServer, type SiteData } from '@/tests/helpers/server'
import { loginToken } from '@/tests/helpers/siteHttp'
import { startVarnish, type RunningVarnish } from '@/tests/helpers/varnish'

/**
 * The shipped fronting cache, for real: Debian's Varnish with deploy/varnish/warta.vcl in front of
 * the production server, which sends its bans (WARTA_PURGE_URLS). Readers get pages from Varnish;
 * every public change — an unpublish, a publish, a topic renamed — is visible through it within a
 * second; staff and the API always pass.
 */
let site: SiteData
let server: RunningServer
let varnish: RunningVarnish
let admin: string
let reviewer: string
let releaseId: number

beforeAll(async () => {
  site = await createSiteData()
  const [wartaPort, varnishPort] = [await freePort(), await freePort()]
  varnish = await startVarnish({ backendPort: wartaPort, port: varnishPort })
  server = await startServer(site, { port: wartaPort, env: { WARTA_PURGE_URLS: `${varnish.url}/` } })
  admin = await loginToken(server.url, 'admin@example.com')
  reviewer = await loginToken(server.url, 'reviewer@example.com')
  const found = (await (await fetch(`${server.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)).json()) as { docs: { id: number }[] }
  releaseId = found.docs[0]!.id
}, 900_000)

afterAll(async () => {
  await server?.stop()
  await varnish?.stop()
  if (site) fs.rmSync(site.dataDir, { recursive: true, force: true })
})

const throughVarnish = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${varnish.url}${path}`, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-varnish-cache'),
    backendCache: response.headers.get('x-warta-page-cache'),
    tags: response.headers.get('x-cache-tags'),
    body: await response.text(),
  }
}

/** Reads a page through Varnish until Varnish itself answers it. */
const untilVarnishHit = async (path: string) => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await throughVarnish(path)
    if (response.cache === 'HIT') return response
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${path} never came from Varnish`)
}

/** Whether a request started within a second of the change shows it through Varnish. */
const seenWithinASecond = async (path: string, shows: (response: Awaited<ReturnType<typeof throughVarnish>>) => boolean) => {
  const start = Date.now()
  while (Date.now() - start <= 1000) {
    if (shows(await throughVarnish(path))) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

const workflow = (body: Record<string, unknown>) =>
  fetch(`${server.url}/api/press-releases/${releaseId}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${body.action === 'force-publish' ? admin : reviewer}` },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.text() }))

const page = `/id/press-releases/${demoRelease.slug}`

test('a public page is served by Varnish, without its cache tags', async () => {
  const hit = await untilVarnishHit(page)
  expect({ status: hit.status, tags: hit.tags }).toEqual({ status: 200, tags: null })
  expect(hit.body).toContain(demoRelease.title.id)
})

test('an unpublish is gone from Varnish within a second, and a republish is back within a second', async () => {
  await untilVarnishHit(page)
  await untilVarnishHit('/id/press-releases')
  expect(await workflow({ action: 'unpublish', locale: 'id' })).toMatchObject({ status: 200 })
  // 410: the language was taken down (never published would be 404).
  expect(await seenWithinASecond(page, (response) => response.status === 410)).toBe(true)
  expect(await seenWithinASecond('/id/press-releases', (response) => !response.body.includes(page))).toBe(true)

  expect(await workflow({ action: 'force-publish', locale: 'id', note: 'fronting cache test', changeNote: 'Published again.' })).toMatchObject({ status: 200 })
  expect(await seenWithinASecond(page, (response) => response.status === 200)).toBe(true)
  expect(await seenWithinASecond('/id/press-releases', (response) => response.body.includes(page))).toBe(true)
})

test('a topic renamed by an editor shows under its new name through Varnish within a second', async () => {
  const editor = await loginToken(server.url, 'editor@example.com')
  const { docs } = (await (await fetch(`${server.url}/api/topics?locale=en&limit=1&depth=0`)).json()) as { docs: { id: number; name: string }[] }
  const topic = docs[0]!
  await untilVarnishHit('/en/topics')
  const renamed = `${topic.name} (renamed)`
  const response = await fetch(`${server.url}/api/topics/${topic.id}?locale=en`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
    body: JSON.stringify({ name: renamed }),
  })
  expect(response.status).toBe(200)
  expect(await seenWithinASecond('/en/topics', (page) => page.body.includes(renamed))).toBe(true)
})

test('links shared with tracking parameters (a new fbclid on every click) are answered from Varnish’s copy of the page', async () => {
  await untilVarnishHit(page)
  for (let click = 0; click < 3; click++) {
    const shared = await throughVarnish(`${page}?utm_source=facebook&utm_medium=social&fbclid=IwAR${Date.now()}${click}`)
    expect({ status: shared.status, cache: shared.cache, title: shared.body.includes(demoRelease.title.id) }).toEqual({ status: 200, cache: 'HIT', title: true })
  }
  await untilVarnishHit('/id/press-releases')
  expect((await throughVarnish('/id/press-releases?gclid=Cj0K&utm_campaign=asean')).cache).toBe('HIT')
  // Only those names: Varnish keeps no copy under an address with any other parameter (it cannot
  // tell which ones a page reads), and Warta answers it from its own copy of the page.
  const answers = []
  for (let ask = 0; ask < 50 && answers[answers.length - 1]?.backendCache !== 'HIT'; ask++) {
    if (ask > 0) await new Promise((resolve) => setTimeout(resolve, 100))
    const linked = await throughVarnish(`${page}?fbclidx=1&ref=newsletter`)
    answers.push({ cache: linked.cache, backendCache: linked.backendCache, title: linked.body.includes(demoRelease.title.id) })
  }
  expect(answers.every((answer) => answer.cache === 'MISS' && answer.title)).toBe(true)
  expect(answers[answers.length - 1]).toEqual({ cache: 'MISS', backendCache: 'HIT', title: true })
})

test('staff sessions, the admin and the API always pass Varnish', async () => {
  await untilVarnishHit('/en')
  expect((await throughVarnish('/en', { cookie: `payload-token=${admin}` })).cache).toBe('MISS')
  expect((await throughVarnish('/admin/login')).cache).toBe('MISS')
  await throughVarnish('/api/press-releases')
  expect((await throughVarnish('/api/press-releases')).cache).toBe('MISS')
})

test('a ban whose tag list is not plain tags is refused, so a purge cannot be turned into a ban of something else', async () => {
  const malformed = await fetch(`${varnish.url}/`, { method: 'BAN', headers: { 'x-ban-tags': 'site") || true || ("' } })
  expect(malformed.status).toBe(400)
  const wellFormed = await fetch(`${varnish.url}/`, { method: 'BAN', headers: { 'x-ban-tags': 'doc:press-releases:nothing-here list' } })
  expect(wellFormed.status).toBe(200)
})
