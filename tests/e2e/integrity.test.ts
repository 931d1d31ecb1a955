import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { freePort, productionServer, scriptCommand } from '@/lib/cli/processes'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { createSiteData, startServer, type RunningServer, type SiteData } from '@/tests/helpers/server'
import { loginToken } from '@/tests/helpers/siteHttp'
import { sitemapOverHttp } from '@/tests/helpers/sitemap'

/**
 * Readers see exactly what the database says, whatever happens to the server: the production
 * server (`npm start`) is stopped gracefully, killed, restarted on a restored older database and
 * run twice on one database, and every reader route — page, list, home, feed, sitemap, search and
 * the API — is checked against what was published. On the code before this, a takedown came back
 * after a restart (`x-nextjs-cache: HIT`), served from Next.js's on-disk cache.
 */
let site: SiteData
let server: RunningServer
let admin: string
let editor: string
let reviewer: string

beforeAll(async () => {
  site = await createSiteData()
  server = await startServer(site)
  admin = await loginToken(server.url, 'admin@example.com')
  editor = await loginToken(server.url, 'editor@example.com')
  reviewer = await loginToken(server.url, 'reviewer@example.com')
}, 900_000)

afterAll(async () => {
  await server?.stop()
  if (site) fs.rmSync(site.dataDir, { recursive: true, force: true })
})

const call = async (url: string, token: string, method: string, route: string, body?: unknown) => {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

type Release = { id: number; slug: string; word: string }
let releaseCount = 0

/** An Indonesian draft with a word of its own (for search), dated after everything else (for the home page). */
const draftRelease = async (url: string, label: string): Promise<Release> => {
  releaseCount += 1
  const slug = `integrity-${label}`
  const word = `Kata${label.replace(/\W/g, '')}${releaseCount}unik`
  const json = await call(url, editor, 'POST', '/api/press-releases?draft=true&locale=id', {
    slug,
    sourceLocale: 'id',
    eventDate: new Date(Date.UTC(2026, 10, releaseCount)).toISOString(),
    title: `Siaran ${label}`,
    body: paragraphsToRichText([`Isi siaran dengan ${word}.`]),
  })
  return { id: (json.doc as { id: number }).id, slug, word }
}

const workflow = (url: string, token: string, release: Release, action: string, extra: Record<string, unknown> = {}) =>
  call(url, token, 'POST', `/api/press-releases/${release.id}/workflow`, { action, locale: 'id', ...extra })

const publish = (url: string, release: Release) =>
  workflow(url, admin, release, 'force-publish', { note: 'integrity test', changeNote: 'Published again.' })

const text = async (url: string) => {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

/** Where an anonymous reader meets a release, and what each place shows of it. */
const whatReadersSee = async (url: string, release: Release) => {
  const [page, list, home, feed, sitemap, search, api] = await Promise.all([
    text(`${url}/id/press-releases/${release.slug}`),
    text(`${url}/id/press-releases`),
    text(`${url}/id`),
    text(`${url}/id/press-releases/feed.xml`),
    sitemapOverHttp(url).then((body) => ({ body })),
    text(`${url}/id/search?q=${release.word}`),
    fetch(`${url}/api/press-releases?locale=id&depth=0&where[slug][equals]=${release.slug}`).then((response) => response.json() as Promise<{ totalDocs: number }>),
  ])
  const address = `/id/press-releases/${release.slug}`
  return {
    page: page.status,
    list: list.body.includes(address),
    home: home.body.includes(address),
    feed: feed.body.includes(address),
    sitemap: sitemap.body.includes(address),
    search: search.body.includes(address),
    api: api.totalDocs,
  }
}

const visible = { page: 200, list: true, home: true, feed: true, sitemap: true, search: true, api: 1 }
/** Never public (a draft, a schedule not yet due, a publish a restored backup predates): 404. */
const gone = { page: 404, list: false, home: false, feed: false, sitemap: false, search: false, api: 0 }
/** Public once, then taken down in every language: its address answers 410 Gone. */
const takenDown = { ...gone, page: 410 }

/** Reads a page until the server answers it from its page cache: the copy readers would get. */
const untilCached = async (url: string) => {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(url)
    await response.arrayBuffer()
    if (response.headers.get('x-warta-page-cache') === 'HIT') return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} never came from the page cache`)
}

const restart = async (signal: 'SIGTERM' | 'SIGKILL') => {
  await server.stop(signal)
  server = await startServer(site, { port: server.port })
}

test.each(['SIGTERM', 'SIGKILL'] as const)(
  'a takedown stays down after a restart (%s), on every route readers use',
  async (signal) => {
    const release = await draftRelease(server.url, `takedown-${signal.toLowerCase()}`)
    await publish(server.url, release)
    await untilCached(`${server.url}/id/press-releases/${release.slug}`)
    await untilCached(`${server.url}/id/press-releases`)
    expect(await whatReadersSee(server.url, release)).toEqual(visible)

    await workflow(server.url, reviewer, release, 'unpublish')
    expect(await whatReadersSee(server.url, release)).toEqual(takenDown)

    await restart(signal)
    expect(await whatReadersSee(server.url, release)).toEqual(takenDown)
  },
  240_000,
)

test('a publish before a restart, and a scheduled publish due right after a crash, reach every route', async () => {
  const before = await draftRelease(server.url, 'published-before-restart')
  await publish(server.url, before)
  const scheduled = await draftRelease(server.url, 'scheduled-across-crash')
  await workflow(server.url, editor, scheduled, 'submit')
  await workflow(server.url, reviewer, scheduled, 'approve')
  await workflow(server.url, reviewer, scheduled, 'schedule', { at: new Date(Date.now() + 8_000).toISOString() })
  expect(await whatReadersSee(server.url, scheduled)).toEqual(gone)

  await restart('SIGKILL')
  expect(await whatReadersSee(server.url, before)).toEqual(visible)
  // The restarted server's own scheduler publishes it (it ticks every 10 s), with no visitor needed.
  const deadline = Date.now() + 90_000
  while ((await fetch(`${server.url}/id/press-releases/${scheduled.slug}`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('the scheduled release was never published after the restart')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  expect(await whatReadersSee(server.url, scheduled)).toEqual(visible)
}, 240_000)

test('a restarted server runs its scheduler with no staff request and no API call, and stays healthy', async () => {
  await restart('SIGTERM')
  // Only what readers do (startServer waited for /id); Payload's job runner ticks every 10 s.
  await new Promise((resolve) => setTimeout(resolve, 12_000))
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { checks: { scheduler: { ok: boolean; detail: string } } }
  expect(health.checks.scheduler).toEqual({ ok: true, detail: expect.stringMatching(/^last ran \d+ s ago$/) })
}, 120_000)

test('the serving process holds no compiler and no image library: SWC (24 MiB) and libvips are never loaded to serve readers', async () => {
  // After pages, the admin, the API and search have been served (tests above), so anything loaded
  // on demand would show too. A next.config.ts is compiled with SWC at every start, and the binary
  // then stays mapped in the server for good.
  for (const route of ['/id', '/en/search?q=workshop', '/admin', '/api/health']) await (await fetch(`${server.url}${route}`)).arrayBuffer()
  const maps = fs.readFileSync(`/proc/${server.pid}/maps`, 'utf8')
  expect(maps).toContain('/node_modules/')
  expect(maps).not.toMatch(/next-swc|@next\/swc/)
  // Nor an image library: sharp (libvips) is loaded by the first image upload (none here).
  expect(maps).not.toMatch(/libvips/)
})

test('the served build loads Payload, its database adapters and linkedom from node_modules: no server chunk carries a copy', () => {
  // Bundled, they were one 3 MB chunk written again for each group of routes (API, feeds,
  // sitemaps, health, preview, pages, admin), and the server held the text of every copy it had
  // loaded: 40 MB of its heap. The source maps name what each chunk was built from.
  const chunks = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server')
  const maps = (fs.readdirSync(chunks, { recursive: true }) as string[]).filter((file) => file.endsWith('.js.map'))
  expect(maps.length).toBeGreaterThan(20)
  const bundled = new Set<string>()
  let adminComponentsBundled = false
  for (const file of maps) {
    const map = JSON.parse(fs.readFileSync(path.join(chunks, file), 'utf8')) as { sources?: string[]; sections?: { map: { sources: string[] } }[] }
    const sources = map.sections ? map.sections.flatMap((section) => section.map.sources) : (map.sources ?? [])
    // Turbopack writes a scoped package's `@` as `%40` in these paths.
    for (const source of sources.map(decodeURIComponent)) {
      const external = /\/node_modules\/(payload|@payloadcms\/db-sqlite|@payloadcms\/db-mongodb|@payloadcms\/drizzle|linkedom)\//.exec(source)
      if (external) bundled.add(external[1]!)
      if (source.includes('/node_modules/@payloadcms/ui/')) adminComponentsBundled = true
    }
  }
  expect([...bundled]).toEqual([])
  // The same reading finds what stays bundled (the admin's components), so it would find these.
  expect(adminComponentsBundled).toBe(true)
})

const runCommand = (script: string, args: string[]) =>
  new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(...scriptCommand(script, args), { env: { ...site.env, LOG_LEVEL: 'warn' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, output }))
  })

test('backup while serving, publish, restore: readers and the API see the backed-up state (and restore refuses to run under a live server)', async () => {
  const kept = await draftRelease(server.url, 'in-the-backup')
  await publish(server.url, kept)
  const backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warta-backup-test-')), 'backup')
  const backup = await runCommand('scripts/backup.ts', [backupDir])
  expect(backup).toMatchObject({ status: 0, output: expect.stringContaining('integrity ok') })

  const later = await draftRelease(server.url, 'after-the-backup')
  await publish(server.url, later)
  await untilCached(`${server.url}/id/press-releases/${later.slug}`)
  expect(await whatReadersSee(server.url, later)).toEqual(visible)

  const refused = await runCommand('scripts/restore.ts', [backupDir])
  expect(refused.status).toBe(1)
  expect(refused.output).toMatch(new RegExp(`a Warta server is running on .*port ${server.port}.*--stop`))
  expect(await whatReadersSee(server.url, later)).toEqual(visible)

  const restored = await runCommand('scripts/restore.ts', [backupDir, '--stop'])
  expect(restored).toMatchObject({ status: 0, output: expect.stringContaining('Stopping the server') })
  await server.stop() // already stopped by the restore; this only waits for the process to be gone
  server = await startServer(site, { port: server.port })
  expect(await whatReadersSee(server.url, later)).toEqual(gone)
  expect(await whatReadersSee(server.url, kept)).toEqual(visible)
}, 300_000)

test('two server processes on one database agree within a second after a publish and an unpublish through either', async () => {
  const other = await startServer(site)
  try {
    const release = await draftRelease(server.url, 'two-processes')
    for (const url of [server.url, other.url]) {
      await untilCached(`${url}/id/press-releases`)
      await untilCached(`${url}/id/press-releases/${release.slug}`).catch(() => undefined) // a 404 is not copied
    }

    /** The first request, started within a second, that shows the expected status. */
    const seenWithinASecond = async (url: string, expected: number) => {
      const start = Date.now()
      while (Date.now() - start <= 1000) {
        const response = await fetch(`${url}/id/press-releases/${release.slug}`)
        await response.arrayBuffer()
        if (response.status === expected) return true
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return false
    }

    await publish(other.url, release)
    expect(await seenWithinASecond(server.url, 200)).toBe(true)
    await untilCached(`${server.url}/id/press-releases/${release.slug}`)
    await untilCached(`${other.url}/id/press-releases/${release.slug}`)

    await workflow(server.url, reviewer, release, 'unpublish')
    expect(await seenWithinASecond(other.url, 410)).toBe(true)
    expect(await whatReadersSee(other.url, release)).toEqual(takenDown)

    await publish(other.url, release)
    expect(await seenWithinASecond(server.url, 200)).toBe(true)
    expect(await whatReadersSee(server.url, release)).toEqual(visible)
  } finally {
    await other.stop()
  }
}, 300_000)

/** A GET on a connection of its own: the cluster's primary hands each new connection to the next worker. */
const freshGet = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
/** The server processes a primary started (its other children, esbuild's service, are not servers). */
const workerPids = (primary: number): number[] =>
  fs
    .readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.ts')
      } catch {
        return false // gone meanwhile
      }
    })

test('WARTA_WORKERS=2: two processes on one port, a publish seen on every connection within a second, a killed worker replaced, one stop signal stops all', async () => {
  const workers = await startServer(site, { env: { WARTA_WORKERS: '2' } })
  const registry = path.join(site.dataDir, 'run')
  // The primary is what `npm run restore` sees and stops: the workers are not registered.
  const registered = fs.readdirSync(registry).map((file) => JSON.parse(fs.readFileSync(path.join(registry, file), 'utf8')) as { pid: number; port: number })
  const primary = registered.filter((entry) => entry.port === workers.port)
  expect(primary).toHaveLength(1)
  const pid = primary[0]!.pid
  try {
    const listening = (worker: number) => workers.output().includes(`Warta server process ${worker} listening on port ${workers.port}`)
    /** Waits (at most 30 s) for a line the primary or a worker prints. */
    const untilPrinted = async (seen: () => boolean) => {
      for (let wait = 0; wait < 120 && !seen(); wait++) await sleep(250)
      return seen()
    }
    let started = workerPids(pid)
    for (let wait = 0; !(started.length === 2 && started.every(listening)) && wait < 120; wait++) started = (await sleep(250), workerPids(pid))
    expect(started).toHaveLength(2)
    expect(started.every(listening)).toBe(true)
    // Each worker runs with the primary's memory settings (lib/cli/processes.ts), not Node's defaults.
    for (const member of [pid, ...started]) {
      expect(fs.readFileSync(`/proc/${member}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(['--max-old-space-size=768', '--max-semi-space-size=8']))
      expect(fs.readFileSync(`/proc/${member}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2')
    }

    const release = await draftRelease(workers.url, 'workers')
    const address = `/id/press-releases/${release.slug}`
    // Both workers copy the list into their own page cache (fresh connections alternate).
    for (let round = 0; round < 6; round++) await freshGet(`${workers.url}/id/press-releases`)
    await publish(workers.url, release)
    await sleep(1000)
    for (let round = 0; round < 6; round++) {
      const [page, list] = await Promise.all([freshGet(`${workers.url}${address}`), freshGet(`${workers.url}/id/press-releases`)])
      expect({ page: page.status, listed: list.body.includes(address) }).toEqual({ page: 200, listed: true })
    }

    // A crash of one worker: the other answers at once, the primary starts a replacement.
    const killed = (worker: number) => () => workers.output().includes(`Warta server process ${worker} was killed by SIGKILL; starting another`)
    process.kill(started[0]!, 'SIGKILL')
    // Once the primary knows, it hands no connection to the dead worker.
    expect(await untilPrinted(killed(started[0]!))).toBe(true)
    for (let round = 0; round < 4; round++) expect((await freshGet(`${workers.url}${address}`)).status).toBe(200)
    let replacement: number | undefined
    await untilPrinted(() => {
      replacement = workerPids(pid).find((worker) => !started.includes(worker))
      return replacement !== undefined && listening(replacement)
    })
    expect(replacement !== undefined && listening(replacement)).toBe(true)
    // With the other original gone too, the replacement alone answers: it serves the port.
    process.kill(started[1]!, 'SIGKILL')
    expect(await untilPrinted(killed(started[1]!))).toBe(true)
    for (let round = 0; round < 4; round++) expect((await freshGet(`${workers.url}${address}`)).status).toBe(200)

    const running = workerPids(pid)
    await workers.stop('SIGTERM')
    expect(running.filter(isRunning)).toEqual([])
    expect(fs.readdirSync(registry).some((file) => file === `server-${pid}.json`)).toBe(false)
    await expect(freshGet(`${workers.url}/id`)).rejects.toThrow(/ECONNREFUSED/)
  } finally {
    await workers.stop('SIGKILL')
  }
}, 300_000)

test('WARTA_WORKERS=2 with a worker that cannot start (no PAYLOAD_SECRET): the server exits 1 with the reason instead of restarting it forever', async () => {
  const command = productionServer({ port: await freePort(), hostname: '127.0.0.1', env: { ...site.env, WARTA_WORKERS: '2', PAYLOAD_SECRET: '' } })
  const child = spawn(command.command, command.args, { env: command.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (output += String(chunk)))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  expect(code).toBe(1)
  expect(output).toContain('PAYLOAD_SECRET is not set')
  expect(output).toMatch(/A Warta server process exited with code 1 before it could serve; stopping the others\./)
}, 120_000)

test('health answers 200 on a working server and 503, naming the database, when the database file is unreadable', async () => {
  const healthy = await fetch(`${server.url}/api/health`)
  expect(healthy.status).toBe(200)
  expect(((await healthy.json()) as { checks: Record<string, { ok: boolean }> }).checks).toMatchObject({
    database: { ok: true },
    migrations: { ok: true },
    scheduler: { ok: true },
    publicChanges: { ok: true },
  })

  await server.stop()
  const databaseFile = path.join(site.dataDir, 'warta.db')
  const saved = `${databaseFile}.saved`
  fs.renameSync(databaseFile, saved)
  fs.writeFileSync(databaseFile, 'this is not a database, it is what is left after a disk failure'.repeat(100))
  try {
    server = await startServer(site, { port: server.port, ready: 'listening' })
    const broken = await fetch(`${server.url}/api/health`)
    expect(broken.status).toBe(503)
    const report = (await broken.json()) as { status: string; checks: { database: { ok: boolean; detail: string } } }
    expect(report).toMatchObject({ status: 'unavailable', checks: { database: { ok: false } } })
    expect(report.checks.database.detail).toMatch(/not a database|cannot start/i)
    // Readers get a server-rendered error page in their language (not Next.js's empty shell
    // that only JavaScript fills), with links to the site's languages.
    const page = await fetch(`${server.url}/zh/press-releases`)
    expect(page.status).toBeGreaterThanOrEqual(500)
    const html = await page.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toContain('<html lang="zh-Hans">')
    expect(html).toContain('出错了')
    for (const code of ['id', 'zh', 'en']) expect(html).toContain(`href="/${code}"`)
    expect(page.headers.get('cache-control')).toContain('no-store')
  } finally {
    await server.stop()
    fs.renameSync(saved, databaseFile)
  }
  server = await startServer(site, { port: server.port })
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
}, 240_000)
