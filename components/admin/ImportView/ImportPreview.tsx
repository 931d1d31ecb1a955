'use client'

import type { DocumentOutcome, DocumentReport, ImportReport } from '@/lib/import/2-merge/model'

const KIND_LABEL = { briefing: 'Briefing', 'press-release': 'Press release', statement: 'Statement' } as const

const actionText = (outcome: DocumentOutcome, dryRun: boolean): string => {
  const languages = outcome.locales.join(', ')
  switch (outcome.action) {
    case 'create':
      return dryRun ? `will be created (${languages})` : `created (${languages})`
    case 'update':
      return dryRun ? `will update ${languages} of an existing draft` : `updated ${languages}`
    case 'unchanged':
      return 'already imported: nothing changes'
    case 'failed':
      return dryRun ? 'cannot be imported' : 'not imported'
  }
}

/** The draft in the first language imported: the admin otherwise opens Indonesian, maybe empty. */
const draftLink = (outcome: DocumentOutcome): string => {
  const [locale] = outcome.locales
  return locale ? `${outcome.adminPath}?locale=${locale}` : (outcome.adminPath ?? '')
}

const joined = (values: Partial<Record<string, string>>): string =>
  Object.values(values)
    .filter((value): value is string => Boolean(value))
    .join(' / ')

const firstOf = (values: Partial<Record<string, string>>): string => Object.values(values).find(Boolean) ?? ''

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

function Messages({ warnings, errors }: { warnings: string[]; errors: string[] }) {
  return (
    <>
      {errors.length > 0 ? (
        <ul className="warta-import__errors" style={{ color: 'var(--theme-error-500)' }}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <details open className="warta-import__warnings">
          <summary>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {warnings.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}

type SummaryItems = Extract<DocumentReport['summary'], { items: unknown }>['items']

function ItemsTable({ items }: { items: SummaryItems }) {
  return (
    <table className="warta-import__items" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>
            Key
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Outlet
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Question
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Follow-up
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
            <td>{item.key}</td>
            <td className="warta-import__outlet">{joined(item.outlet) || 'Reporter (no outlet)'}</td>
            <td>{shorten(firstOf(item.question))}</td>
            <td>{item.followUp ? 'yes' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const paragraphCounts = (body: Partial<Record<string, string[]>>): string =>
  Object.entries(body)
    .map(([locale, paragraphs]) => `${locale}: ${paragraphs?.length ?? 0} paragraphs`)
    .join(' · ')

function DocumentCard({ report: { summary, outcome }, dryRun }: { report: DocumentReport; dryRun: boolean }) {
  return (
    <section
      className="warta-import__document"
      data-action={outcome.action}
      style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginTop: '1rem' }}
    >
      <h3 style={{ margin: 0 }}>
        {KIND_LABEL[summary.kind]} {summary.date ?? '(no date)'} — {actionText(outcome, dryRun)}
      </h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {Object.entries(summary.title).map(([locale, title]) => (
          <li key={locale}>
            <strong>{locale}</strong> {title}
          </li>
        ))}
      </ul>
      {!dryRun && outcome.adminPath && outcome.action !== 'failed' ? (
        <p>
          <a href={draftLink(outcome)}>Open the draft</a>
        </p>
      ) : null}
      {summary.kind === 'briefing' ? (
        <p>
          Spokesperson: {summary.spokesperson ?? 'not recognised'} · {summary.openingStatements} opening paragraph
          {summary.openingStatements === 1 ? '' : 's'} · <span className="warta-import__count">{summary.items.length} questions</span>
        </p>
      ) : summary.kind === 'statement' ? (
        <p>
          Spokesperson: {summary.spokesperson ?? 'not recognised'} · {paragraphCounts(summary.body) || 'no statement text'} ·{' '}
          <span className="warta-import__count">{summary.items.length} questions</span>
        </p>
      ) : (
        <p>{paragraphCounts(summary.body)}</p>
      )}
      {summary.kind !== 'press-release' && summary.items.length > 0 ? <ItemsTable items={summary.items} /> : null}
      <Messages warnings={summary.warnings} errors={summary.errors} />
    </section>
  )
}

/** How the texts were read (before confirming) or what was written (after), one card per document. */
export function ImportPreview({ report }: { report: ImportReport }) {
  return (
    <div className="warta-import__report" aria-live="polite">
      <h2 style={{ marginTop: '2rem' }}>{report.dryRun ? 'Preview' : 'Result'}</h2>
      <p className="warta-import__summary">{report.summaryLine}</p>
      {report.documents.map((document, index) => (
        <DocumentCard key={index} report={document} dryRun={report.dryRun} />
      ))}
      {report.failedFiles.map((failure) => (
        <section
          key={failure.file}
          className="warta-import__failed"
          style={{ border: '1px solid var(--theme-error-500)', padding: '1rem', marginTop: '1rem' }}
        >
          <h3 style={{ margin: 0 }}>{failure.file} — not a release or a transcript</h3>
          <Messages warnings={failure.warnings} errors={failure.errors} />
        </section>
      ))}
    </div>
  )
}
