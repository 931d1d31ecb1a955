import type { DocumentOutcome, DocumentSummary, ImportReport } from './2-merge/model'

/** `--json`: the summaries as documented; after a real import each also says what was done. */
export const jsonReport = (report: ImportReport): (DocumentSummary | (DocumentSummary & { result: DocumentOutcome }))[] =>
  report.documents.map(({ summary, outcome }) => (report.dryRun ? summary : { ...summary, result: outcome }))

const ACTION_LABEL: Record<DocumentOutcome['action'], [dryRun: string, done: string]> = {
  create: ['would create', 'created'],
  update: ['would update', 'updated'],
  unchanged: ['unchanged', 'unchanged'],
  failed: ['would fail', 'FAILED'],
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

const paragraphs = (body: Partial<Record<string, string[]>>) =>
  plural(Math.max(0, ...Object.values(body).map((list) => list?.length ?? 0)), 'paragraph')

const contents = (summary: DocumentSummary): string => {
  if (summary.kind === 'briefing') return plural(summary.items.length, 'question')
  if (summary.kind === 'statement') return `${paragraphs(summary.body)}, ${plural(summary.items.length, 'question')}`
  return paragraphs(summary.body)
}

/** The plain-text report: one block per document, then the texts that failed, then the summary line. */
export const formatReport = (report: ImportReport): string => {
  const lines: string[] = []
  for (const { summary, outcome } of report.documents) {
    const [title] = Object.values(summary.title)
    const action = ACTION_LABEL[outcome.action][report.dryRun ? 0 : 1]
    const languages = outcome.locales.length > 0 ? ` (${outcome.locales.join(', ')})` : ''
    lines.push(
      `${action}${languages}: ${summary.kind} ${summary.date ?? 'undated'} “${title ?? 'untitled'}”, ${contents(summary)}${outcome.adminPath ? ` → ${outcome.adminPath}` : ''}`,
    )
    for (const warning of summary.warnings) lines.push(`  warning: ${warning}`)
    for (const error of summary.errors) lines.push(`  error: ${error}`)
  }
  for (const failure of report.failedFiles) {
    lines.push(`FAILED: ${failure.file}`)
    for (const error of failure.errors) lines.push(`  error: ${error}`)
    for (const warning of failure.warnings) lines.push(`  warning: ${warning}`)
  }
  lines.push(report.summaryLine)
  return lines.join('\n')
}
