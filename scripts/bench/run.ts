/**
 * `npm run bench`: for each corpus size (1× = 2,000 releases and 300 briefings × 20 Q&A; 10× =
 * ten times that), corpus → production server → Varnish in front → load with wrk against Warta
 * alone, Warta behind Varnish and nginx serving the same pages' saved HTML → editor actions
 * (publish of a 20-item briefing in three languages, a draft save, the admin's list and edit
 * view) → search under load → publish→visible through Varnish → peak RSS; the report goes to
 * stdout and docs/benchmarks.md. Every process it starts is stopped on the way out.
 *
 * Environment: BENCH_SIZES ("1,10"), BENCH_SECONDS (8), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS
 * (10), BENCH_SAMPLES (5), BENCH_PARTIAL (1: measure an incomplete corpus as it is, instead of
 * resuming it). Corpora live in data/bench-<size>x/ (git-ignored), generated once
 * through the workflow (the 10× corpus takes hours) and reused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { buildDatedFromStart, isBuildFresh } from '@/lib/cli/build'
import { exitAfterFlush } from '@/lib/cli/exit'

import { generateBriefings, generateReleases } from './corpus/generate'
import { benchPeople, benchTopics } from './corpus/textBank'
import { runLoad, type LoadResult } from './lib/load'
import { describeMachine, peakRssMiB } from './lib/machine'
import { ensureNginx, startNginx, type SavedPage } from './lib/nginx'
import { bin, freePort, installCleanup, productionServerCommand, runScript, runToEnd, sleep, startProcess, stopAll, waitForHttp } from './lib/processes'
import { signIn } from './lib/signIn'
import { renderReport, type EditorTimings, type PageRow, type SizeReport } from './lib/report'
import { searchQueries } from './lib/searchLatency'

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${process.env[name]}".`)
  return value
}
const SECONDS = numberFromEnv('BENCH_SECONDS', 8)
const WARMUP = numberFromEnv('BENCH_WARMUP_SECONDS', 2)
const CONNECTIONS = numberFromEnv('BENCH_CONNECTIONS', 10)
const SAMPLES = numberFromEnv('BENCH_SAMPLES', 5)
/** Measure a corpus that is not complete (one still being written elsewhere) as it is; the report says so. */
const PARTIAL = process.env.BENCH_PARTIAL === '1'
const SIZES = (process.env.BENCH_SIZES ?? '1,10').split(',').map((value) => Number(value.trim())).filter((value) => value > 0)
const DIST_DIR = '.next-bench'
const REPORT_FILE = path.resolve('docs', 'benchmarks.md')

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

const measure = async (label: string, base: string, paths: readonly string[], headers?: Record<string, string>): Promise<LoadResult> => {
  await runLoad({ base, paths, seconds: WARMUP, connections: CONNECTIONS, headers })
  const result = await runLoad({ base, paths, seconds: SECONDS, connections: CONNECTIONS, headers })
  console.log(
    `  ${label.padEnd(34)} ${result.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p95 ${result.p95.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms` +
      (result.non2xx + result.errors > 0 ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
  )
  return result
}

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
  const varnish = startProcess('varnishd', 'varnishd', ['-F', '-j', 'none', '-n', path.join(varnishFolder, 'work'), '-a', `127.0.0.1:${varnishPort}`, '-f', vcl, '-s', 'malloc,256m'])
  const varnishUrl = `http://127.0.0.1:${varnishPort}`
  const server = startProcess('server.ts', ...productionServerCommand(port, '127.0.0.1'), {
    env: { ...env, PORT: String(port), NEXT_PUBLIC_SERVER_URL: url, WARTA_PURGE_URLS: `${varnishUrl}/` },
  })
  await waitForHttp(`${url}/id`, server, 'server.ts')
  console.log(`Warta on ${url}, Varnish on ${varnishUrl}`)
  // The server loads the search index as it starts; the first search waits for it. Waiting here
  // keeps that load (a minute on the 10x corpus) out of the page measurements, and times it.
  const [, indexMs] = await timed(() => fetch(`${url}/en/search?q=${encodeURIComponent('index loaded')}`).then((response) => response.arrayBuffer()))
  console.log(`Search index ready ${(indexMs / 1000).toFixed(1)} s after the server answered`)

  const release = generateReleases(releases)[Math.floor(releases / 2)]!
  const briefing = generateBriefings(briefings)[Math.floor(briefings / 2)]!
  const pages = [
    { name: 'home', path: '/id', kind: 'list' },
    { name: 'release', path: `/zh/press-releases/${release.slug}`, kind: 'document' },
    { name: 'briefing (20 Q&A)', path: `/en/briefings/${briefing.slug}`, kind: 'document' },
    { name: 'release list', path: '/id/press-releases', kind: 'list' },
    { name: 'topic', path: `/en/topics/${benchTopics[0]!.slug}`, kind: 'list' },
    { name: 'briefing archive (month)', path: `/zh/briefings/archive/${briefing.date.slice(0, 7)}`, kind: 'list' },
    { name: 'spokesperson', path: `/id/spokespeople/${benchPeople[0]!.slug}`, kind: 'list' },
    { name: 'feed', path: '/en/press-releases/feed.xml', kind: 'list' },
    { name: 'release list, page 3 (dynamic)', path: '/id/press-releases?page=3', kind: 'dynamic' },
  ] as const

  step('First requests (each renders once; the page cache then keeps a copy) and saved HTML')
  const savedRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-bench-html-'))
  fs.chmodSync(savedRoot, 0o755)
  const saved: SavedPage[] = []
  const coldMs: number[] = []
  for (const [index, target] of pages.entries()) {
    const [response, ms] = await timed(() => fetch(`${url}${target.path}`))
    const body = Buffer.from(await response.arrayBuffer())
    if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`)
    const file = `page-${index}.html`
    fs.writeFileSync(path.join(savedRoot, file), body)
    // nginx serves it precompressed (gzip_static), as Warta's page cache and Varnish do.
    fs.writeFileSync(path.join(savedRoot, `${file}.gz`), gzipSync(body, { level: 9 }))
    saved.push({ path: target.path.split('?')[0]!, file, contentType: `"${response.headers.get('content-type') ?? 'text/html'}"` })
    coldMs.push(ms)
    console.log(`  ${target.name.padEnd(34)} ${String(body.length).padStart(7)} bytes, first request ${ms.toFixed(0)} ms`)
  }

  step(`Load, Warta alone (wrk, ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${SECONDS} s)`)
  const alone: LoadResult[] = []
  for (const target of pages) alone.push(await measure(target.name, url, [target.path], READER_HEADERS))
  step('Load, Warta behind Varnish')
  const fronted: LoadResult[] = []
  for (const target of pages) fronted.push(await measure(target.name, varnishUrl, [target.path], READER_HEADERS))

  step('Search, 10 connections, a different query on every request')
  const queries = searchQueries().map(({ locale, q }) => `/${locale}/search?q=${encodeURIComponent(q)}`)
  const search = await measure(`search (${queries.length} queries)`, url, queries)

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

  step('Load, nginx serving the saved HTML (the ceiling)')
  const nginx = await startNginx({ nginx: nginxBinary, root: savedRoot, pages: saved })
  const ceiling: LoadResult[] = []
  for (const target of pages) ceiling.push(await measure(target.name, nginx.url, [target.path], READER_HEADERS))
  await nginx.stop()
  fs.rmSync(savedRoot, { recursive: true, force: true })

  const rows: PageRow[] = pages.map((target, index) => ({
    name: target.name,
    path: target.path,
    kind: target.kind,
    coldMs: coldMs[index]!,
    alone: alone[index]!,
    fronted: fronted[index]!,
    nginx: ceiling[index]!,
  }))
  return {
    scale,
    searchIndexMs: indexMs,
    corpus: { releases: summary.releases, briefings: summary.briefings, planned: { releases, briefings }, qaItems: summary.qaItems, searchEntries: summary.searchEntries, workflowEvents: summary.workflowEvents, perRelease: summary.perRelease, perBriefing: summary.perBriefing },
    rows,
    search,
    searchQueries: queries.length,
    editor: editorTimings,
    rssMiB: rss,
  }
}

const reports: SizeReport[] = []
for (const scale of SIZES) reports.push(await runSize(scale))
const markdown = renderReport({ startedAt, machine, loadAtEnd: os.loadavg() as [number, number, number], seconds: SECONDS, warmup: WARMUP, connections: CONNECTIONS, sizes: reports })
fs.writeFileSync(REPORT_FILE, markdown)
console.log(`\nWrote ${path.relative(process.cwd(), REPORT_FILE)}.`)
await stopAll()
await exitAfterFlush(0)
