/**
 * `npm run bench`: for each corpus size (1× = 2,000 releases and 300 briefings × 20 Q&A; 10× =
 * ten times that), corpus → production server → Varnish in front → load with wrk against Warta
 * alone, Warta behind Varnish and nginx serving the same pages' saved HTML → editor actions
 * (publish of a 20-item briefing in three languages, a draft save, the admin's list and edit
 * view) → search under load → publish→visible through Varnish → peak RSS; the report goes to
 * stdout and docs/benchmarks.md. Every process it starts is stopped on the way out.
 *
 * Environment: BENCH_SIZES ("1,10"), BENCH_TURN_SECONDS (2: each server's turn on a page),
 * BENCH_SECONDS (4: each search load), BENCH_WARMUP_SECONDS (1), BENCH_ROUNDS (5),
 * BENCH_CONNECTIONS (10), BENCH_SAMPLES (15), BENCH_PARTIAL (1: measure an incomplete corpus as it is, instead of
 * resuming it), BENCH_REPORT (docs/benchmarks.md: where the report is written); WARTA_WORKERS as
 * for `npm start` (the report says how many server processes ran). Corpora live in data/bench-<size>x/ (git-ignored), generated once
 * through the workflow (the 10× corpus takes hours) and reused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { buildDatedFromStart, isBuildFresh } from '@/lib/cli/build'
import { loadDotEnv } from '@/lib/cli/dotEnv'
import { exitAfterFlush } from '@/lib/cli/exit'
import { varnishdArguments } from '@/lib/cli/varnish'
import { workerCount } from '@/lib/server/workers'

import { generateBriefings, generateReleases } from './corpus/generate'
import { benchPeople, benchTopics } from './corpus/textBank'
import { runLoad, type LoadResult } from './lib/load'
import { describeMachine, peakRssMiB } from './lib/machine'
import { ensureNginx, startNginx, type SavedPage } from './lib/nginx'
import { bin, freePort, installCleanup, productionServer, runScript, runToEnd, sleep, startProcess, stopAll, waitForHttp } from './lib/processes'
import { signIn } from './lib/signIn'
import { renderReport, type EditorTimings, type PageRow, type SizeReport } from './lib/report'
import { searchQueries } from './lib/searchLatency'

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${process.env[name]}".`)
  return value
}
const SECONDS = numberFromEnv('BENCH_SECONDS', 4)
const WARMUP = numberFromEnv('BENCH_WARMUP_SECONDS', 1)
/**
 * Each page is loaded this many times on each server, the three servers taking turns in an order
 * that changes every round; the median is reported. One long run per server, one server after the
 * other, let the machine's drift (a shared VM) decide the ratios: nginx's own figure for the same
 * page moved between 63k and 105k req/s from one run to the next. The drift also comes in phases
 * of seconds: Warta alone on one page, in 1 s runs back to back, 19–21k req/s, then 11–13k for 3 to
 * 10 s, then 19–21k again (nginx 29–41k). Three 4 s turns let one slow phase decide a page's
 * ratio, and the lowest of 24 pages' ratios moved from run to run; five 2 s turns, in the same time,
 * give each ratio more turns to be the median of.
 */
const ROUNDS = numberFromEnv('BENCH_ROUNDS', 5)
const TURN_SECONDS = numberFromEnv('BENCH_TURN_SECONDS', 2)
const CONNECTIONS = numberFromEnv('BENCH_CONNECTIONS', 10)
/**
 * Timed editor actions of each kind (publish, draft save, admin views…), after one not counted. Five
 * were too few: the first publishes after the server starts are still being optimized by V8 (on
 * one run 189, 126, 111, 169, 186 ms, then 100–125), so a median of five measured the warm-up.
 */
const SAMPLES = numberFromEnv('BENCH_SAMPLES', 15)
/**
 * Each page is rendered this many times more after its first request, past the page cache, and the
 * median is its render time: what a reader waits for after every publish. A first request is one sample, and the first render of its
 * route in the process (V8 still compiling it): on the run of 2026-12-03 the topic page's 38 → 71 ms
 * from 1× to 10× was the whole growth verdict, while renders of it right after took 31–59 ms at 1×
 * and 20–26 ms at 10×.
 */
const RENDERS = numberFromEnv('BENCH_RENDERS', 9)
/**
 * How a render is asked for past the page cache: with a draft-mode cookie that is no valid one. The
 * page cache sends every request carrying that cookie to Next.js, and without a staff session
 * Next.js renders what an anonymous reader gets (lib/data/preview.ts). (A parameter the page does
 * not read no longer does it: the page cache answers such an address with the page's copy.)
 */
const RENDER_HEADERS = { cookie: '__prerender_bypass=bench-render' }
/** Measure a corpus that is not complete (one still being written elsewhere) as it is; the report says so. */
const PARTIAL = process.env.BENCH_PARTIAL === '1'
const SIZES = (process.env.BENCH_SIZES ?? '1,10').split(',').map((value) => Number(value.trim())).filter((value) => value > 0)
const DIST_DIR = '.next-bench'
const REPORT_FILE = path.resolve(process.env.BENCH_REPORT || path.join('docs', 'benchmarks.md'))
// The server's own setting, read as the server reads it (its environment, then .env).
loadDotEnv()
const WORKERS = workerCount(process.env.WARTA_WORKERS)

/**
 * Page loads ask for gzip, as every browser does. Without it Varnish, which keeps the gzipped copy,
 * unzips it on every request (half its throughput in the first run), and no reader looks like that.
 */
const READER_HEADERS = { 'accept-encoding': 'gzip' }

const step = (title: string) => console.log(`\n== ${title}`)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now()
  const result = await run()
  return [result, performance.now() - started]
}

installCleanup()
const startedAt = new Date().toISOString()
const machine = describeMachine()
console.log(`Warta benchmark: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}`)
process.env.NEXT_DIST_DIR = DIST_DIR

const secret = crypto.randomBytes(32).toString('hex')
const envFor = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: '',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: DIST_DIR,
  PAYLOAD_SECRET: secret,
  WARTA_DATA_DIR: dataDir,
  DATABASE_URI: `file:${path.join(dataDir, 'warta-bench.db')}`,
  WARTA_SCHEDULER: 'off',
  LOG_LEVEL: 'warn',
  LOG_FORMAT: 'json',
})

step(`Build (${DIST_DIR})`)
if (isBuildFresh()) console.log(`${DIST_DIR} is newer than the sources: not rebuilding.`)
else {
  const buildData = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-bench-build-'))
  try {
    await buildDatedFromStart(() => runToEnd(bin('next'), ['build'], envFor(buildData), { quiet: true }))
  } finally {
    fs.rmSync(buildData, { recursive: true, force: true })
  }
  console.log('Built.')
}
const nginxBinary = ensureNginx()

/** A warm-up, then the measured run; `warmUpPaths` when the warm-up must not ask what is measured. */
const measure = async (label: string, base: string, paths: readonly string[], headers?: Record<string, string>, warmUpPaths = paths): Promise<LoadResult> => {
  await runLoad({ base, paths: warmUpPaths, seconds: WARMUP, connections: CONNECTIONS, headers })
  const result = await runLoad({ base, paths, seconds: SECONDS, connections: CONNECTIONS, headers })
  console.log(
    `  ${label.padEnd(34)} ${result.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p95 ${result.p95.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms` +
      (result.non2xx + result.errors > 0 ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
  )
  return result
}

/** The median of several runs, measure by measure (req/s and each percentile on its own). */
const medianResult = (results: LoadResult[]): LoadResult => ({
  requests: results.reduce((sum, result) => sum + result.requests, 0),
  reqPerSec: median(results.map((result) => result.reqPerSec)),
  p50: median(results.map((result) => result.p50)),
  p95: median(results.map((result) => result.p95)),
  p99: median(results.map((result) => result.p99)),
  non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
  errors: results.reduce((sum, result) => sum + result.errors, 0),
})

const runSize = async (scale: number): Promise<SizeReport> => {
  const releases = 2000 * scale
  const briefings = 300 * scale
  const dataDir = path.resolve('data', `bench-${scale}x`)
  fs.mkdirSync(dataDir, { recursive: true })
  const env = envFor(dataDir)

  step(`${scale}×: corpus of ${releases} releases and ${briefings} briefings × 20 Q&A → ${path.relative(process.cwd(), dataDir)}`)
  const [generated, corpusMs] = await timed(() =>
    runScript('scripts/bench/generateCorpus.ts', ['--releases', String(releases), '--briefings', String(briefings), ...(PARTIAL ? ['--limit', '0'] : [])], env),
  )
  const summary = JSON.parse(generated.split('\n').find((line) => line.startsWith('{"bench"'))!).bench as {
    complete: boolean
    releases: number
    briefings: number
    written: number
    perRelease: number | null
    perBriefing: number | null
    qaItems: number
    searchEntries: number
    workflowEvents: number
  }
  if (!summary.complete && !PARTIAL) throw new Error('The corpus is incomplete; run the benchmark again to resume it.')
  if (!summary.complete) console.log(`Measuring the corpus as it is (BENCH_PARTIAL): ${summary.releases} of ${releases} releases, ${summary.briefings} of ${briefings} briefings.`)
  console.log(summary.written > 0 ? `Wrote ${summary.written} documents in ${(corpusMs / 60_000).toFixed(1)} min.` : summary.complete ? 'Reusing the complete corpus.' : 'Reusing the corpus as it is.')

  const [port, varnishPort] = [await freePort(), await freePort()]
  const url = `http://127.0.0.1:${port}`
  const varnishFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-bench-varnish-'))
  const vcl = path.join(varnishFolder, 'warta.vcl')
  fs.writeFileSync(vcl, fs.readFileSync('deploy/varnish/warta.vcl', 'utf8').replace('.port = "3000";', `.port = "${port}";`))
  const varnish = startProcess('varnishd', 'varnishd', varnishdArguments({ workFolder: path.join(varnishFolder, 'work'), listen: `127.0.0.1:${varnishPort}`, vcl, storage: 'malloc,256m' }))
  const varnishUrl = `http://127.0.0.1:${varnishPort}`
  const spawnedAt = performance.now()
  const serverCommand = productionServer({ port, hostname: '127.0.0.1', env: { ...env, PORT: String(port), NEXT_PUBLIC_SERVER_URL: url, WARTA_PURGE_URLS: `${varnishUrl}/` } })
  const server = startProcess('server.ts', serverCommand.command, serverCommand.args, { env: serverCommand.env })
  // Its health check, not a page: the page measured first below (home) must not have been rendered,
  // and so copied by the page cache, by this wait (its "first request" was then a hit).
  await waitForHttp(`${url}/api/health`, server, 'server.ts')
  const answeredMs = performance.now() - spawnedAt
  console.log(`Warta on ${url} (answered ${(answeredMs / 1000).toFixed(1)} s after it was started), Varnish on ${varnishUrl}`)
  // The server loads the search index as it starts; the first search waits for it. Waiting here
  // keeps that load out of the page measurements. Timed from the start: the load begins with
  // Payload, before the server first answers, so a time from the answer hid most of it.
  await fetch(`${url}/en/search?q=${encodeURIComponent('index loaded')}`).then((response) => response.arrayBuffer())
  const indexMs = performance.now() - spawnedAt
  console.log(`Search index ready ${(indexMs / 1000).toFixed(1)} s after the server was started`)

  // The middle of what is written (an incomplete corpus, BENCH_PARTIAL, holds the first ones only).
  const writtenReleases = generateReleases(releases)
  const middleRelease = Math.floor(Math.min(releases, summary.releases) / 2)
  const release = writtenReleases[middleRelease]!
  const briefing = generateBriefings(briefings)[Math.floor(Math.min(briefings, summary.briefings) / 2)]!
  // Another release, so that its first request is a render: readers who arrive from a post on
  // social media, each click with a new `fbclid` (lib/site/trackingParameters.ts).
  const sharedRelease = writtenReleases[middleRelease + 1]!
  const sharedLink = `/id/press-releases/${sharedRelease.slug}?utm_source=facebook&utm_medium=social`
  const pages = [
    { name: 'home', path: '/id', kind: 'list' },
    { name: 'release', path: `/zh/press-releases/${release.slug}`, kind: 'document' },
    { name: 'briefing (20 Q&A)', path: `/en/briefings/${briefing.slug}`, kind: 'document' },
    { name: 'release from a shared link', path: `${sharedLink}&fbclid=IwAR0`, kind: 'document', loadPath: sharedLink, uniqueParameter: 'fbclid' },
    { name: 'release list', path: '/id/press-releases', kind: 'list' },
    { name: 'topic', path: `/en/topics/${benchTopics[0]!.slug}`, kind: 'list' },
    { name: 'briefing archive (month)', path: `/zh/briefings/archive/${briefing.date.slice(0, 7)}`, kind: 'list' },
    { name: 'spokesperson', path: `/id/spokespeople/${benchPeople[0]!.slug}`, kind: 'list' },
    { name: 'feed', path: '/en/press-releases/feed.xml', kind: 'list' },
    { name: 'release list, page 3', path: '/id/press-releases?page=3', kind: 'variant' },
    // What a crawler reads: the sitemap index, and the file the middle release is in (its year's,
    // or its month's where the year is split: known from the index's first request, below).
    { name: 'sitemap index', path: '/sitemap.xml', kind: 'list' },
    { name: 'sitemap, the file of a release', path: '', kind: 'list', inSitemapIndex: release.eventDate.slice(0, 7) },
  ] as const
  const sitemapFileOf = (index: string, month: string): string => {
    const name = [`press-releases-${month}.xml`, `press-releases-${month.slice(0, 4)}.xml`].find((file) => index.includes(`/sitemaps/${file}<`))
    if (!name) throw new Error(`the sitemap index names no file of releases for ${month}`)
    return `/sitemaps/${name}`
  }
  /** Each page's address: a sitemap file's is filled in once the index has been read. */
  const paths: string[] = pages.map((target) => target.path)

  step('First requests (each renders once; the page cache then keeps a copy) and saved responses')
  const savedRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-bench-html-'))
  fs.chmodSync(savedRoot, 0o755)
  const saved: SavedPage[] = []
  const coldMs: number[] = []
  let sitemapIndex = ''
  for (const [index, target] of pages.entries()) {
    if ('inSitemapIndex' in target) paths[index] = sitemapFileOf(sitemapIndex, target.inSitemapIndex)
    const address = paths[index]!
    const [first, ms] = await timed(() => fetch(`${url}${address}`))
    const firstBody = await first.text()
    if (first.status !== 200) throw new Error(`${address} answered ${first.status}`)
    if (address === '/sitemap.xml') sitemapIndex = firstBody
    // nginx is given the response Warta's copy is: its body and its headers.
    let copy: Response | null = null
    for (let attempt = 0; attempt < 40 && !copy; attempt++) {
      const response = await fetch(`${url}${address}`)
      if (response.headers.get('x-warta-page-cache') === 'HIT') copy = response
      else await response.arrayBuffer().then(() => sleep(50))
    }
    if (!copy) throw new Error(`${address} never came from the page cache`)
    const body = Buffer.from(await copy.arrayBuffer())
    const file = `page-${index}.html`
    fs.writeFileSync(path.join(savedRoot, file), body)
    // nginx serves it precompressed (gzip_static), as Warta's page cache and Varnish do, compressed
    // as the page cache compresses it (zlib's default level): the same bytes.
    fs.writeFileSync(path.join(savedRoot, `${file}.gz`), gzipSync(body))
    // Each saved response at its own address: `/id/press-releases` and its page 3 are two responses.
    saved.push({ path: `/saved/${index}`, file, contentType: `"${copy.headers.get('content-type') ?? 'text/html'}"`, headers: [...copy.headers.entries()] })
    coldMs.push(ms)
    console.log(`  ${target.name.padEnd(34)} ${String(body.length).padStart(7)} bytes, first request ${ms.toFixed(0)} ms`)
  }

  step(`Renders: each page ${RENDERS} times more past the page cache (a draft-mode cookie that is no valid one), to the last byte; the median`)
  const renderMs: number[] = []
  for (const [index, target] of pages.entries()) {
    const samples: number[] = []
    for (let render = 0; render < RENDERS; render++) {
      const address = `${url}${paths[index]}`
      const [cache, ms] = await timed(async () => {
        const response = await fetch(address, { headers: RENDER_HEADERS })
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${address} answered ${response.status}`)
        return response.headers.get('x-warta-page-cache')
      })
      if (cache === 'HIT') throw new Error(`${address} came from the page cache: not a render`)
      samples.push(ms)
    }
    const middle = median(samples)
    renderMs.push(middle)
    console.log(`  ${target.name.padEnd(34)} median ${middle.toFixed(0)} ms (${samples.map((value) => value.toFixed(0)).join(', ')})`)
  }

  // nginx serves the saved copies while the server runs (idle while nginx is loaded), so that the
  // three take turns on the same machine in the same minutes.
  const nginx = await startNginx({ nginx: nginxBinary, root: savedRoot, pages: saved })
  step(`Load: nginx with the saved HTML, Warta behind Varnish, Warta alone (wrk, ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${TURN_SECONDS} s, median of ${ROUNDS} rounds in turn)`)
  const servers = { nginx: nginx.url, fronted: varnishUrl, alone: url } as const
  const order = Object.keys(servers) as (keyof typeof servers)[]
  /** Per page, in the order of `pages`: the three servers' medians and the ratios to nginx. */
  const loads: Pick<PageRow, 'alone' | 'fronted' | 'nginx' | 'share'>[] = []
  for (const [index, target] of pages.entries()) {
    // A shared link is loaded with a new click id on every request (nginx serves its saved copy).
    const [loadPath, uniqueParameter] = 'loadPath' in target ? [target.loadPath, target.uniqueParameter] : [paths[index]!, undefined]
    const pathOn = { nginx: saved[index]!.path, fronted: loadPath, alone: loadPath }
    const runs: Record<keyof typeof servers, LoadResult[]> = { nginx: [], fronted: [], alone: [] }
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of [...order.slice(round % order.length), ...order.slice(0, round % order.length)]) {
        const load = { base: servers[which], paths: [pathOn[which]], connections: CONNECTIONS, headers: READER_HEADERS, uniqueParameter: which === 'nginx' ? undefined : uniqueParameter }
        await runLoad({ ...load, seconds: WARMUP })
        runs[which].push(await runLoad({ ...load, seconds: TURN_SECONDS }))
      }
    }
    const [n, f, a] = [medianResult(runs.nginx), medianResult(runs.fronted), medianResult(runs.alone)]
    // Each round's figures against nginx's in the same round, then the median of those ratios: this
    // VM's speed drifts by up to 2× over minutes (a bare Node.js server measured 35k then 19k req/s
    // a few minutes apart), and a ratio of medians taken from different rounds carried that drift.
    const shareOf = (which: 'alone' | 'fronted') => ({
      reqPerSec: median(runs[which].map((result, round) => result.reqPerSec / runs.nginx[round]!.reqPerSec)),
      p99: median(runs[which].map((result, round) => result.p99 / runs.nginx[round]!.p99)),
    })
    const share = { alone: shareOf('alone'), fronted: shareOf('fronted') }
    loads.push({ alone: a, fronted: f, nginx: n, share })
    // Per server: a run's 29,326 failures on the home page could not be traced to one afterwards.
    const failureNote = ([['nginx', n], ['Varnish', f], ['Warta', a]] as const)
      .filter(([, result]) => result.non2xx + result.errors > 0)
      .map(([who, result]) => `${who}: ${result.non2xx} non-2xx, ${result.errors} errors`)
    console.log(
      `  ${target.name.padEnd(24)} nginx ${n.reqPerSec.toFixed(0).padStart(6)} req/s p99 ${n.p99.toFixed(2)} ms | Varnish ${f.reqPerSec.toFixed(0).padStart(6)} (${share.fronted.reqPerSec.toFixed(2)}×) p99 ${f.p99.toFixed(2)} | Warta ${a.reqPerSec.toFixed(0).padStart(6)} (${share.alone.reqPerSec.toFixed(2)}×) p99 ${a.p99.toFixed(2)}` +
        (failureNote.length > 0 ? `  (${failureNote.join('; ')})` : ''),
    )
  }
  await nginx.stop()
  fs.rmSync(savedRoot, { recursive: true, force: true })

  step('Search, 10 connections')
  const queries = searchQueries().map(({ locale, q }) => `/${locale}/search?q=${encodeURIComponent(q)}`)
  // Queries readers asked before: each asked twice first (the page cache copies a search on its
  // second ask), so that the page cache holds each one's results.
  for (let ask = 0; ask < 2; ask++) for (const query of queries) await (await fetch(`${url}${query}`, { headers: READER_HEADERS })).arrayBuffer()
  await sleep(1000)
  const unheld = []
  for (const query of queries) {
    const response = await fetch(`${url}${query}`, { headers: READER_HEADERS })
    await response.arrayBuffer()
    if (response.headers.get('x-warta-page-cache') !== 'HIT') unheld.push(query)
  }
  if (unheld.length > 0) console.log(`  ${unheld.length} of ${queries.length} queries asked twice were not in the page cache (e.g. ${unheld[0]})`)
  const searchRepeated = await measure(`asked before (${queries.length} in turn)`, url, queries, READER_HEADERS)
  // Queries nobody asked before: every address is new to the page cache (the same words with a
  // different start date, before the corpus begins, so each finds what the words alone find and
  // renders), and the warm-up's addresses are not the measured ones.
  const firstTime = (from: number, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const day = new Date(Date.UTC(1970, 0, 1) + (from + index) * 86_400_000).toISOString().slice(0, 10)
      return `${queries[(from + index) % queries.length]!}&from=${day}`
    })
  const FIRST_TIME_ADDRESSES = 5000
  const searchFirstTime = await measure('first-time queries', url, firstTime(FIRST_TIME_ADDRESSES, FIRST_TIME_ADDRESSES), READER_HEADERS, firstTime(0, FIRST_TIME_ADDRESSES))
  if (searchFirstTime.requests > FIRST_TIME_ADDRESSES) console.log(`  (${searchFirstTime.requests} requests: some addresses were asked twice)`)

  step('Editor actions')
  const prepared = JSON.parse(
    (await runScript('scripts/bench/prepareDrafts.ts', ['--count', String(SAMPLES), '--briefings', String(2 * SAMPLES + 1)], env))
      .split('\n')
      .find((line) => line.startsWith('{"drafts"'))!,
  ) as { drafts: { id: number; slug: string }[]; briefings: { id: number; slug: string }[]; reviewer: { email: string; password: string }; editor: { email: string; password: string } }
  const reviewer = await signIn(url, prepared.reviewer.email, prepared.reviewer.password)
  const editor = await signIn(url, prepared.editor.email, prepared.editor.password)
  const staff = (cookie: string) => ({ cookie, origin: url, 'content-type': 'application/json' })
  const editorTimings: EditorTimings = { publishBriefing: [], publishOneLanguage: [], uncachedBriefing: [], draftSave: [], adminList: [], adminEdit: [], visibleThroughVarnish: [] }
  const publish = async (id: number, locale?: string) => {
    const [published, publishMs] = await timed(() =>
      fetch(`${url}/api/briefings/${id}/workflow`, { method: 'POST', headers: staff(reviewer), body: JSON.stringify({ action: 'publish', ...(locale ? { locale } : {}) }) }),
    )
    if (!published.ok) throw new Error(`publishing briefing ${id}${locale ? ` (${locale})` : ''}: ${published.status} ${await published.text()}`)
    await published.arrayBuffer()
    return publishMs
  }
  // The first publish of the process compiles the path (as the admin's first fetch below does): not counted.
  const [warmUp, ...briefingDrafts] = prepared.briefings
  await publish(warmUp!.id)
  for (const draft of briefingDrafts.slice(0, SAMPLES)) {
    editorTimings.publishBriefing.push(await publish(draft.id))
    const [page, renderMs] = await timed(() => fetch(`${url}/en/briefings/${draft.slug}`))
    if (page.status !== 200) throw new Error(`briefing ${draft.slug} not visible after publishing`)
    await page.arrayBuffer()
    editorTimings.uncachedBriefing.push(renderMs)
  }
  // A translator's language published alone, its source already live: one language re-indexed.
  for (const draft of briefingDrafts.slice(SAMPLES)) {
    await publish(draft.id, 'id')
    editorTimings.publishOneLanguage.push(await publish(draft.id, 'en'))
  }
  const saveTarget = briefingDrafts[0]!
  const current = (await (await fetch(`${url}/api/briefings/${saveTarget.id}?locale=id&draft=true&depth=0`, { headers: staff(editor) })).json()) as Record<string, unknown>
  for (let sample = 0; sample < SAMPLES; sample++) {
    const items = (current.items as Record<string, unknown>[]).map((item, index) => (index === 0 ? { ...item, question: `${String(item.question)} (${sample})` } : item))
    const [saved, saveMs] = await timed(() =>
      fetch(`${url}/api/briefings/${saveTarget.id}?locale=id&draft=true&depth=0`, { method: 'PATCH', headers: staff(editor), body: JSON.stringify({ ...current, _status: 'draft', items }) }),
    )
    if (!saved.ok) throw new Error(`draft save: ${saved.status} ${await saved.text()}`)
    await saved.arrayBuffer()
    editorTimings.draftSave.push(saveMs)
  }
  for (let sample = 0; sample <= SAMPLES; sample++) {
    const [list, listMs] = await timed(() => fetch(`${url}/admin/collections/briefings`, { headers: { cookie: editor } }))
    await list.arrayBuffer()
    const [edit, editMs] = await timed(() => fetch(`${url}/admin/collections/briefings/${saveTarget.id}`, { headers: { cookie: editor } }))
    await edit.arrayBuffer()
    if (list.status !== 200 || edit.status !== 200) throw new Error(`admin views answered ${list.status} / ${edit.status}`)
    // The first round compiles and warms what the admin needs; it is not counted.
    if (sample > 0) {
      editorTimings.adminList.push(listMs)
      editorTimings.adminEdit.push(editMs)
    }
  }
  for (const draft of prepared.drafts) {
    const page = `${varnishUrl}/id/press-releases/${draft.slug}`
    await (await fetch(page)).arrayBuffer()
    const response = await fetch(`${url}/api/press-releases/${draft.id}/workflow`, { method: 'POST', headers: staff(reviewer), body: JSON.stringify({ action: 'publish' }) })
    if (!response.ok) throw new Error(`publishing ${draft.slug}: ${response.status}`)
    await response.arrayBuffer()
    const answered = performance.now()
    for (;;) {
      const probe = await fetch(page)
      await probe.arrayBuffer()
      if (probe.status === 200) break
      if (performance.now() - answered > 15_000) throw new Error(`${draft.slug} not visible through Varnish 15 s after publishing`)
      await sleep(20)
    }
    editorTimings.visibleThroughVarnish.push(performance.now() - answered)
  }
  for (const [name, values] of Object.entries(editorTimings)) console.log(`  ${name.padEnd(22)} median ${median(values).toFixed(0)} ms (${values.map((value) => value.toFixed(0)).join(', ')})`)

  const rss = peakRssMiB(server.child.pid!)
  console.log(`Peak RSS of the server: ${rss === null ? 'n/a' : `${rss.toFixed(0)} MiB`}`)
  await server.stop()
  await varnish.stop()
  fs.rmSync(varnishFolder, { recursive: true, force: true })

  const rows: PageRow[] = pages.map((target, index) => ({
    name: target.name,
    path: paths[index]!,
    kind: target.kind,
    coldMs: coldMs[index]!,
    renderMs: renderMs[index]!,
    ...loads[index]!,
  }))
  return {
    scale,
    answeredMs,
    searchIndexMs: indexMs,
    corpus: { releases: summary.releases, briefings: summary.briefings, planned: { releases, briefings }, qaItems: summary.qaItems, searchEntries: summary.searchEntries, workflowEvents: summary.workflowEvents, perRelease: summary.perRelease, perBriefing: summary.perBriefing },
    rows,
    searchRepeated,
    searchRepeatedAddresses: queries.length,
    searchFirstTime,
    editor: editorTimings,
    rssMiB: rss,
  }
}

const reports: SizeReport[] = []
for (const scale of SIZES) reports.push(await runSize(scale))
const markdown = renderReport({ startedAt, machine, workers: WORKERS, loadAtEnd: os.loadavg() as [number, number, number], seconds: SECONDS, turnSeconds: TURN_SECONDS, warmup: WARMUP, rounds: ROUNDS, renders: RENDERS, connections: CONNECTIONS, sizes: reports })
fs.writeFileSync(REPORT_FILE, markdown)
console.log(`\nWrote ${path.relative(process.cwd(), REPORT_FILE)}.`)
await stopAll()
await exitAfterFlush(0)
