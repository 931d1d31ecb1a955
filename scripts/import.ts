/**
 * `npm run import -- [--dry-run] [--json] <files or folders…>`: imports press-release and briefing
 * texts as drafts (docs/import.md). The CLI acts as the system, like the seed: no user, full
 * access, audit entries labelled "import". Exit status 0 when every file was imported (warnings
 * allowed), 1 when any failed.
 */
import type { Config } from 'payload'

import type { ImportReport } from '@/lib/import/2-merge/model'

import { exitAfterFlush } from '@/lib/cli/exit'
import { formatReport, jsonReport } from '@/lib/import/cliOutput'
import { readTexts } from '@/lib/import/files'
import { describeError } from '@/lib/ops/describeError'

const USAGE = 'Usage: npm run import -- [--dry-run] [--json] <files or folders…>'

const args = process.argv.slice(2)
const flags = new Set(args.filter((arg) => arg.startsWith('--')))
const paths = args.filter((arg) => !arg.startsWith('--'))
const unknown = [...flags].filter((flag) => flag !== '--dry-run' && flag !== '--json')
if (unknown.length > 0 || paths.length === 0) {
  console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ${USAGE}` : USAGE)
  await exitAfterFlush(1)
}
const dryRun = flags.has('--dry-run')
const asJson = flags.has('--json')

const { texts, failures } = await readTexts(paths)

const importAll = async (): Promise<ImportReport> => {
  // Payload loads only when there is something to import: a mistyped path fails fast.
  const [{ getPayload }, { runImport }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('@/lib/import/run'),
    import('@payload-config'),
  ])
  const config = await configPromise
  if (asJson) {
    // Payload logs to stdout; with --json, stdout must hold nothing but the JSON array.
    const logger: Config['logger'] = { options: { level: process.env.LOG_LEVEL || 'info' }, destination: process.stderr }
    Object.assign(config, { logger })
  }
  const payload = await getPayload({ config })
  return runImport(payload, { texts, dryRun, importer: { system: true } })
}

let imported: ImportReport = { dryRun, documents: [], failedFiles: [], failed: [], summaryLine: `${dryRun ? 'Dry run: ' : ''}no texts to import.` }
try {
  if (texts.length > 0) imported = await importAll()
} catch (error) {
  console.error(`Import failed before any text was imported: ${describeError(error)}`)
  await exitAfterFlush(1)
}
const report: ImportReport = {
  ...imported,
  failedFiles: [...failures, ...imported.failedFiles],
  failed: [...failures.map(({ file }) => file), ...imported.failed],
  summaryLine:
    failures.length > 0
      ? `${imported.summaryLine} ${failures.length} path${failures.length === 1 ? '' : 's'} could not be read.`
      : imported.summaryLine,
}

if (asJson) {
  // stdout carries only the JSON array, so it can be piped; everything for people goes to stderr.
  process.stdout.write(`${JSON.stringify(jsonReport(report), null, 2)}\n`)
  for (const failure of report.failedFiles) for (const error of failure.errors) console.error(error)
  console.error(report.summaryLine)
} else {
  console.log(formatReport(report))
}
await exitAfterFlush(report.failed.length > 0 ? 1 : 0)
