import type { LoadResult } from './load'
import type { Machine } from './machine'
import type { VisibleSample } from './publishVisible'
import type { SearchLatency } from './searchLatency'

/** The printed table and `docs/benchmarks.md`, from one set of measurements. */

export type Target = { name: string; path: string; kind: 'release' | 'briefing' | 'search' | 'other' }
export type PageResult = { target: Target; warta: LoadResult; nginx: LoadResult; bytes: number; coldMs: number }

export type Corpus = {
  releases: number
  /** Published by earlier runs' publish→visible step. */
  otherReleases: number
  briefings: number
  qaItems: number
  searchEntries: number
  workflowEvents: number
  generatedSeconds: number | null
  reused: boolean
  generatedAt: string | null
  path: string
}

export type BenchReport = {
  startedAt: string
  machine: Machine
  loadAtEnd: [number, number, number]
  corpus: Corpus
  buildSeconds: number | null
  load: { seconds: number; connections: number; warmupSeconds: number }
  pages: PageResult[]
  visible: VisibleSample[]
  /** One reader at a time, a different query each time (lib/searchLatency.ts). */
  search: SearchLatency
  peakRssMiB: number | null
}

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms` : 'n/a')
const rate = (value: number) => value.toFixed(0)
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a')
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export type Verdict = { target: string; reached: string; met: boolean }

export const verdicts = (report: BenchReport): Verdict[] => {
  const list: Verdict[] = []
  for (const page of report.pages.filter((entry) => entry.target.kind === 'release' || entry.target.kind === 'briefing')) {
    const throughput = page.warta.reqPerSec / page.nginx.reqPerSec
    const tail = page.warta.p99 / page.nginx.p99
    list.push({
      target: `${page.target.name}: ≥ 0.5× nginx req/s`,
      reached: `${ratio(throughput)} (${rate(page.warta.reqPerSec)} vs ${rate(page.nginx.reqPerSec)} req/s)`,
      met: throughput >= 0.5,
    })
    list.push({
      target: `${page.target.name}: p99 ≤ 2× nginx's`,
      reached: `${ratio(tail)} (${ms(page.warta.p99)} vs ${ms(page.nginx.p99)})`,
      met: tail <= 2,
    })
  }
  list.push({
    target: `search p95 ≤ 30 ms (${report.search.queries} different queries, one at a time)`,
    reached: `${ms(report.search.p95)} (p50 ${ms(report.search.p50)}, max ${ms(report.search.max)})`,
    met: report.search.p95 <= 30,
  })
  if (report.visible.length > 0) {
    const worst = Math.max(...report.visible.map((sample) => sample.visibleMs))
    list.push({
      target: 'publish→visible ≤ 1 s',
      reached: `median ${ms(median(report.visible.map((sample) => sample.visibleMs)))}, max ${ms(worst)}`,
      met: worst <= 1000,
    })
  }
  return list
}

const tableRows = (report: BenchReport): string[][] =>
  report.pages.map(({ target, warta, nginx }) => [
    target.name,
    rate(warta.reqPerSec),
    ms(warta.p50),
    ms(warta.p99),
    rate(nginx.reqPerSec),
    ms(nginx.p50),
    ms(nginx.p99),
    ratio(warta.reqPerSec / nginx.reqPerSec),
    ratio(warta.p99 / nginx.p99),
  ])

const header = ['page', 'Warta req/s', 'p50', 'p99', 'nginx req/s', 'p50', 'p99', 'req/s Warta/nginx', 'p99 Warta/nginx']

export const printTable = (report: BenchReport): string => {
  const rows = [header, ...tableRows(report)]
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

const markdownTable = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

export const renderMarkdown = (report: BenchReport, notes: string[]): string => {
  const { machine, corpus } = report
  const verdictRows = verdicts(report).map((verdict) => [verdict.target, verdict.reached, verdict.met ? '**met**' : '**not met**'])
  const searchRows = report.pages
    .filter((page) => page.target.kind === 'search')
    .map((page) => [page.target.name, `\`${decodeURI(page.target.path)}\``, ms(page.warta.p50), ms(page.warta.p95), ms(page.warta.p99)])
  const visibleRows = report.visible.map((sample, index) => [
    String(index + 1),
    `\`${sample.slug}\``,
    ms(sample.endpointMs),
    ms(sample.visibleMs),
  ])
  const errors = report.pages.filter((page) => page.warta.non2xx + page.warta.errors + page.nginx.non2xx + page.nginx.errors > 0)
  return `# Benchmarks

Measured by \`npm run bench\` (\`scripts/bench/\`) on ${report.startedAt.slice(0, 10)}. The numbers below are
from the last run; rerun it to refresh this page (it rewrites the whole file).

## What the run does

1. Generates a corpus into its own SQLite database (\`data/bench/warta-bench.db\`, never \`data/warta.db\`),
   or reuses it when it is already complete.
2. Builds the production app (\`next build\`, \`NEXT_DIST_DIR=.next-bench\`, skipped when that build is newer
   than the sources) and starts the production server (\`server.ts\`, as \`npm start\` does: Next.js behind the
   page cache) on a free loopback port on the bench database
   (\`NODE_ENV=production\`, \`WARTA_SCHEDULER=off\`, \`LOG_LEVEL=warn\`).
3. Requests every page once (each page renders on its first request and is cached), warms up for
   ${report.load.warmupSeconds} s per page, then measures each page with autocannon: ${report.load.seconds} s,
   ${report.load.connections} connections, loopback, no pipelining. Latency percentiles are computed from every
   response time.
4. Saves the same pages' HTML (one fetch each) and serves it with nginx (Debian package, generated minimal
   config, foreground child process on another loopback port), measured the same way: the ceiling.
5. Search latency: ${report.search.queries} different queries (the corpus's country, city and topic names in
   each language), one request at a time, none seen before by any cache; then the two fixed searches
   of the table under load.
6. publish→visible: a reviewer signs in over HTTP and publishes an approved draft through
   \`POST /api/press-releases/{id}/workflow\`; the page is polled every 20 ms until it answers 200 with the
   new title. Time from the endpoint's response until then; ${report.visible.length} publishes.
7. Peak RSS: \`VmHWM\` of the server process (and any children) at the end.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpuModel} |
| CPUs (nproc) | ${machine.cpus} |
| memory | ${machine.memoryGiB.toFixed(1)} GiB |
| Node.js | ${machine.node} |
| kernel | ${machine.kernel} |
| load average at start (1/5/15 min) | ${machine.loadAverage.map((value) => value.toFixed(2)).join(' / ')} |
| load average at end | ${report.loadAtEnd.map((value) => value.toFixed(2)).join(' / ')} |

## Corpus

| | |
| --- | --- |
| press releases | ${corpus.releases} (id, zh, en, all published)${corpus.otherReleases > 0 ? `, plus ${corpus.otherReleases} published by earlier runs' publish→visible step` : ''} |
| briefings | ${corpus.briefings} (id, zh, en, all published) |
| Q&A items | ${corpus.qaItems} (${(corpus.qaItems / Math.max(1, corpus.briefings)).toFixed(1)} per briefing) |
| search rows | ${corpus.searchEntries} |
| audit entries | ${corpus.workflowEvents} |
| generation | ${corpus.generatedSeconds === null ? 'unknown' : `${(corpus.generatedSeconds / 60).toFixed(1)} min`} (${corpus.path} path${corpus.reused ? `, reused: generated ${corpus.generatedAt ?? 'earlier'}` : ''}) |
| build | ${report.buildSeconds === null ? 'reused an up-to-date `.next-bench` build' : `${report.buildSeconds.toFixed(0)} s`} |

## Results

${markdownTable(header, tableRows(report))}

Pages measured (first request: the uncached render, before the warm-up):

${report.pages.map((page) => `- ${page.target.name}: \`${decodeURI(page.target.path)}\` (${(page.bytes / 1024).toFixed(1)} KiB, first request ${ms(page.coldMs)})`).join('\n')}

Search latency, one reader at a time, ${report.search.queries} different queries (on average ${report.search.meanHits.toFixed(1)} results on the first page): p50 ${ms(report.search.p50)}, p95 ${ms(report.search.p95)}, max ${ms(report.search.max)}.

The same query repeated under load (${report.load.connections} connections; each request checks the index's freshness, matches and renders the page):

${markdownTable(['search', 'URL', 'p50', 'p95', 'p99'], searchRows)}

publish→visible:

${markdownTable(['#', 'document', 'workflow endpoint', 'visible after'], visibleRows)}

Peak RSS of the server: ${report.peakRssMiB === null ? 'not available' : `${report.peakRssMiB.toFixed(0)} MiB`}.
${errors.length > 0 ? `\nNon-2xx responses or errors: ${errors.map((page) => `${page.target.name} (Warta ${page.warta.non2xx} non-2xx, ${page.warta.errors} errors; nginx ${page.nginx.non2xx}, ${page.nginx.errors})`).join('; ')}.\n` : ''}
## Targets (issue #4)

${markdownTable(['target', 'reached', ''], verdictRows)}

## Notes

${notes.map((note) => `- ${note}`).join('\n')}
`
}
