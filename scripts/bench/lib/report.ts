import type { LoadResult } from './load'
import type { Machine } from './machine'

/**
 * docs/benchmarks.md from one run: per corpus size, every page against nginx serving its saved
 * HTML (Warta alone, and Warta behind Varnish), the editor's actions, search under load and peak
 * RSS, then the issue's targets with what was reached. Numbers only; no interpretation is added
 * here that the run did not measure.
 */
export type PageRow = {
  name: string
  path: string
  kind: 'document' | 'list' | 'variant'
  /** The first request of the page in the process (one sample, its route's first render there). */
  coldMs: number
  /** The median of later renders at addresses the page cache does not hold (BENCH_RENDERS). */
  renderMs: number
  alone: LoadResult
  fronted: LoadResult
  nginx: LoadResult
  /** Against nginx: the median over the rounds of each round's ratio (req/s, p99) to nginx's in that round. */
  share: Record<'alone' | 'fronted', { reqPerSec: number; p99: number }>
}
export type EditorTimings = {
  publishBriefing: number[]
  /** One language of an approved briefing published alone (its source live): one language re-indexed. */
  publishOneLanguage: number[]
  uncachedBriefing: number[]
  draftSave: number[]
  adminList: number[]
  adminEdit: number[]
  visibleThroughVarnish: number[]
}
export type SizeReport = {
  scale: number
  /** From starting the server process to its first answer. */
  answeredMs: number
  /** From starting the server process to its first search's answer (the search index loaded). */
  searchIndexMs: number
  /** `planned`: what the size asks for; fewer `releases`/`briefings` when BENCH_PARTIAL measured an incomplete corpus. */
  corpus: { releases: number; briefings: number; planned: { releases: number; briefings: number }; qaItems: number; searchEntries: number; workflowEvents: number; perRelease: number | null; perBriefing: number | null }
  rows: PageRow[]
  /** Queries asked before, in turn: the page cache holds their results after the warm-up. */
  searchRepeated: LoadResult
  searchRepeatedAddresses: number
  /** Queries nobody asked before: every one renders. */
  searchFirstTime: LoadResult
  editor: EditorTimings
  rssMiB: number | null
}
export type Report = { startedAt: string; machine: Machine; workers: number; loadAtEnd: [number, number, number]; seconds: number; turnSeconds: number; warmup: number; rounds: number; renders: number; connections: number; sizes: SizeReport[] }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
const ratio = (value: number) => `${value.toFixed(2)}×`
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

type Verdict = { target: string; reached: string; met: boolean }

const verdicts = (report: Report): Verdict[] => {
  const out: Verdict[] = []
  for (const size of report.sizes) {
    const at = `${size.scale}×`
    const pageVerdict = (label: string, rows: PageRow[], key: 'alone' | 'fronted', minimum: number, p99Limit: number | null) => {
      if (rows.length === 0) return
      const worst = rows.map((row) => ({ row, share: row.share[key].reqPerSec, p99: row.share[key].p99 }))
      const lowest = worst.reduce((a, b) => (a.share < b.share ? a : b))
      const highestP99 = worst.reduce((a, b) => (a.p99 > b.p99 ? a : b))
      out.push({
        target: `${at} ${label}: ≥ ${minimum}× nginx req/s${p99Limit ? `, p99 ≤ ${p99Limit}× nginx's` : ''}`,
        reached: `lowest ${ratio(lowest.share)} (${lowest.row.name})${p99Limit ? `; highest p99 ${ratio(highestP99.p99)} (${highestP99.row.name})` : ''}`,
        met: lowest.share >= minimum && (!p99Limit || highestP99.p99 <= p99Limit),
      })
    }
    // The pages the target names; home, the feed and the sitemap are reported, under "public pages behind Varnish" too.
    const canonicalLists = size.rows.filter((row) => row.kind === 'list' && row.name !== 'home' && row.name !== 'feed' && !row.name.startsWith('sitemap'))
    pageVerdict('canonical list, topic, archive, spokesperson pages, Warta alone', canonicalLists, 'alone', 0.5, 2)
    pageVerdict('release and briefing pages, Warta alone', size.rows.filter((row) => row.kind === 'document'), 'alone', 0.5, 2)
    pageVerdict('public pages behind Varnish', size.rows, 'fronted', 0.9, null)
    const limit = (target: string, values: number[], max: number, unit = 'ms') => {
      const value = median(values)
      out.push({ target: `${at} ${target} ≤ ${max} ${unit}`, reached: `${ms(value)} ${unit}`, met: value <= max })
    }
    limit('publish of a 3-locale briefing (20 Q&A), workflow endpoint, p50', size.editor.publishBriefing, 200)
    limit("editor's draft save of that briefing, p50", size.editor.draftSave, 150)
    limit('uncached briefing render (first request after publish), p50', size.editor.uncachedBriefing, 150)
    limit('publish→visible through Varnish, worst', [Math.max(...size.editor.visibleThroughVarnish)], 1000)
    limit('search, 10 connections, queries nobody asked before (each renders), p95', [size.searchFirstTime.p95], 50)
    limit('search, 10 connections, queries asked before (page cache), p95', [size.searchRepeated.p95], 50)
    limit('admin list view, server time, p50', size.editor.adminList, 300)
    limit('admin edit view, server time, p50', size.editor.adminEdit, 300)
    if (size.rssMiB !== null) limit('peak server RSS', [size.rssMiB], 400, 'MiB')
  }
  const [small, large] = [report.sizes.find((size) => size.scale === 1), report.sizes.find((size) => size.scale === 10)]
  if (small && large) {
    const growth: [string, number, number][] = [
      ['publish', median(small.editor.publishBriefing), median(large.editor.publishBriefing)],
      ['publish of one language', median(small.editor.publishOneLanguage), median(large.editor.publishOneLanguage)],
      ['draft save', median(small.editor.draftSave), median(large.editor.draftSave)],
      ['uncached briefing render', median(small.editor.uncachedBriefing), median(large.editor.uncachedBriefing)],
      ['admin list', median(small.editor.adminList), median(large.editor.adminList)],
      ['admin edit', median(small.editor.adminEdit), median(large.editor.adminEdit)],
      ['search p95 (first-time queries)', small.searchFirstTime.p95, large.searchFirstTime.p95],
      ...small.rows.map((row, index): [string, number, number] => [`${row.name} p50`, row.alone.p50, large.rows[index]!.alone.p50]),
      // A page's render is what a reader waits for after every publish: the median of several, not
      // the first request (one sample, and the first render of its route in the process).
      ...small.rows.map((row, index): [string, number, number] => [`${row.name} render`, row.renderMs, large.rows[index]!.renderMs]),
    ]
    const worst = growth.reduce((a, b) => (b[2] / b[1] > a[2] / a[1] ? b : a))
    out.push({ target: 'growth from 1× to 10× of any per-request cost ≤ 1.5×', reached: `largest ${ratio(worst[2] / worst[1])} (${worst[0]})`, met: worst[2] / worst[1] <= 1.5 })
  } else {
    // Said, not left out: a run without both sizes has not measured growth at all.
    out.push({ target: 'growth from 1× to 10× of any per-request cost ≤ 1.5×', reached: 'not measured: this run had one corpus size (BENCH_SIZES)', met: false })
  }
  return out
}

export const renderReport = (report: Report): string => {
  const { machine } = report
  const sections = report.sizes.map((size) => {
    const pageRows = size.rows.map((row) => [
      `${row.name} \`${row.path}\``,
      ms(row.coldMs),
      ms(row.renderMs),
      row.alone.reqPerSec.toFixed(0),
      ratio(row.share.alone.reqPerSec),
      `${ms(row.alone.p99)} (${ratio(row.share.alone.p99)})`,
      row.fronted.reqPerSec.toFixed(0),
      ratio(row.share.fronted.reqPerSec),
      row.nginx.reqPerSec.toFixed(0),
      ms(row.nginx.p99),
    ])
    const editorRows = Object.entries(size.editor).map(([name, values]) => [name, ms(median(values)), values.map(ms).join(', ')])
    return `## ${size.scale}× corpus

${size.corpus.releases.toLocaleString('en')} releases, ${size.corpus.briefings.toLocaleString('en')} briefings (${size.corpus.qaItems.toLocaleString('en')} Q&A items), id/zh/en; ${size.corpus.searchEntries.toLocaleString('en')} search rows, ${size.corpus.workflowEvents.toLocaleString('en')} audit entries. Written through the workflow (drafts, then submit → approve → publish)${size.corpus.perRelease ? `: ${ms(size.corpus.perRelease)} ms per release, ${ms(size.corpus.perBriefing ?? Number.NaN)} ms per briefing in the run that wrote it` : ''}.${
  size.corpus.releases < size.corpus.planned.releases || size.corpus.briefings < size.corpus.planned.briefings
    ? ` **Incomplete corpus** (measured as it was): ${size.corpus.releases.toLocaleString('en')} of ${size.corpus.planned.releases.toLocaleString('en')} releases, ${size.corpus.briefings.toLocaleString('en')} of ${size.corpus.planned.briefings.toLocaleString('en')} briefings.`
    : ''
} The server answered its health check ${(size.answeredMs / 1000).toFixed(1)} s after it was started, and answered a search (its search index loaded) ${(size.searchIndexMs / 1000).toFixed(1)} s after.

### Pages (req/s with wrk; p99 in ms; ratios against nginx serving the same HTML, round by round)

${table(['page', 'first request ms', 'render ms (median)', 'Warta req/s', '× nginx', 'Warta p99 (× nginx)', 'Varnish req/s', '× nginx', 'nginx req/s', 'nginx p99'], pageRows)}

### Editor actions and search (ms)

${table(['measure', 'median', 'samples'], editorRows)}

Search, ${report.connections} connections, queries nobody asked before (each renders): ${size.searchFirstTime.reqPerSec.toFixed(0)} req/s, p50 ${ms(size.searchFirstTime.p50)}, p95 ${ms(size.searchFirstTime.p95)}, p99 ${ms(size.searchFirstTime.p99)}.
Search, ${report.connections} connections, ${size.searchRepeatedAddresses} queries asked before, in turn (the page cache holds their results): ${size.searchRepeated.reqPerSec.toFixed(0)} req/s, p50 ${ms(size.searchRepeated.p50)}, p95 ${ms(size.searchRepeated.p95)}, p99 ${ms(size.searchRepeated.p99)}.
Peak RSS of the server: ${size.rssMiB === null ? 'n/a' : `${size.rssMiB.toFixed(0)} MiB`}.
`
  })
  const verdictRows = verdicts(report).map((verdict) => [verdict.target, verdict.reached, verdict.met ? '**met**' : '**not met**'])
  return `# Benchmarks

Measured by \`npm run bench\` (\`scripts/bench/\`) on ${report.startedAt.slice(0, 10)}; rerun it to refresh this page (it rewrites the file).

## What the run does

For each corpus size: the corpus is generated once into \`data/bench-<size>x/\` (git-ignored) through the
same path the newsroom uses (\`runWorkflowAction\`), and reused. The production build (\`.next-bench\`) is
served by \`server.ts\` (as \`npm start\`), with Varnish (\`deploy/varnish/warta.vcl\`) in front and
\`WARTA_PURGE_URLS\` pointing at it. After the server answers its health check (\`/api/health\`: none of the pages measured below is rendered before its first request is timed), the run waits for its search index to
load (a first search), so that load is timed and kept out of the page figures. Every page is requested once (its first render), rendered
${report.renders} times more past the page cache (with a draft-mode cookie that is no valid one, which the page cache sends to Next.js
and Next.js answers as for any reader; the median, to the last byte, is its render time, which the
growth target compares), then loaded with
**wrk** (${report.connections} connections, one thread, ${report.warmup} s warm-up, ${report.turnSeconds} s) on three servers taking turns:
nginx serving the same pages' saved HTML (the ceiling), Warta behind Varnish (with
\`deploy/varnish/varnishd.params\`) and Warta alone; ${report.rounds} rounds, each in another order, and
the median of each figure is reported; a ratio to nginx is the median of the rounds' own ratios (each
round's figure against nginx's in the same round: this VM's speed drifts over minutes, and in phases of seconds). "Release from a shared link" is a
release as readers arriving from social media ask for it: \`utm_*\` parameters and a new \`fbclid\` on every request
(nginx serves its saved copy). Search is loaded twice (${report.seconds} s each, after a ${report.warmup} s warm-up): with queries nobody asked before
(each address new, so each renders) and with queries asked before (their results in the page
cache). Editor actions are timed over HTTP as the newsroom sends them: a reviewer publishes an approved
20-item briefing in all three languages (then its page's first request is the uncached render; the
process's first publish is a warm-up, not counted), then one language of another such briefing alone
(its source already live), an
editor saves the briefing's draft back as the admin does, the admin's list and edit view are fetched
with a staff session (server time to the last byte; the first fetch is a warm-up). publish→visible is
measured through Varnish. Peak RSS is \`VmHWM\` of the server process.

## Machine

${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB, Node.js ${machine.node}; load average ${machine.loadAverage.map((value) => value.toFixed(1)).join(' ')} at the start, ${report.loadAtEnd.map((value) => value.toFixed(1)).join(' ')} at the end. wrk, Warta, Varnish and nginx share these CPUs. Warta ran ${report.workers === 1 ? 'as one server process' : `as ${report.workers} server processes on one port (WARTA_WORKERS; peak RSS is their sum)`}.

${sections.join('\n')}
## Targets

${table(['target', 'reached', ''], verdictRows)}

No timing is asserted in the test suite; this page is the record. Why the targets still missed are
missed, and what each would take: [capacity.md](capacity.md).
`
}
