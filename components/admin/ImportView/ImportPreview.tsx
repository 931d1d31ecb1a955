'use client'

import type { AdminKey, AdminT, AdminTranslations } from '@/lib/i18n/adminStrings'
import type { DocumentOutcome, DocumentReport, ImportReport } from '@/lib/import/2-merge/model'

import { useTranslation } from '@payloadcms/ui'

const actionText = (t: AdminT, outcome: DocumentOutcome, dryRun: boolean): string => {
  const languages = outcome.locales.join(', ')
  switch (outcome.action) {
    case 'create':
      return t(dryRun ? 'warta:import:outcomes:willCreate' : 'warta:import:outcomes:created', { languages })
    case 'update':
      return t(dryRun ? 'warta:import:outcomes:willUpdate' : 'warta:import:outcomes:updated', { languages })
    case 'unchanged':
      return t('warta:import:outcomes:unchanged')
    case 'failed':
      return t(dryRun ? 'warta:import:outcomes:cannotImport' : 'warta:import:outcomes:notImported')
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

/** Warta's strings, typed: the importer's own messages (warnings, errors, summary) come from the server in English. */
const useAdminT = (): AdminT => useTranslation<AdminTranslations, AdminKey>().t

function Messages({ warnings, errors }: { warnings: string[]; errors: string[] }) {
  const t = useAdminT()
  return (
    <>
      {errors.length > 0 ? (
        <ul className="warta-import__errors" style={{ color: 'var(--theme-error-500)' }}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <ListedMessages className="warta-import__warnings" open summary={t('warta:import:warnings', { count: warnings.length })} lines={warnings} />
    </>
  )
}

/** A folded list of the importer's lines under a count; nothing when there are none. */
function ListedMessages({ className, summary, lines, open = false }: { className: string; summary: string; lines: readonly string[]; open?: boolean }) {
  if (lines.length === 0) return null
  return (
    <details open={open} className={className}>
      <summary>{summary}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  )
}

/** Every line the importer dropped as page furniture (menus, share buttons, captions): never silent. */
function SetAside({ lines = [] }: { lines: readonly string[] | undefined }) {
  const t = useAdminT()
  return <ListedMessages className="warta-import__set-aside" summary={t('warta:import:setAside', { count: lines.length })} lines={lines} />
}

type SummaryItems = Extract<DocumentReport['summary'], { items: unknown }>['items']

function ItemsTable({ items }: { items: SummaryItems }) {
  const t = useAdminT()
  return (
    <table className="warta-import__items" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t('warta:import:key')}
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t('warta:import:outlet')}
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t('warta:import:question')}
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t('warta:import:followUp')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
            <td>{item.key}</td>
            <td className="warta-import__outlet">{joined(item.outlet) || t('warta:import:noOutlet')}</td>
            <td>{shorten(firstOf(item.question))}</td>
            <td>{item.followUp ? t('warta:import:yes') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const paragraphCounts = (t: AdminT, body: Partial<Record<string, string[]>>): string =>
  Object.entries(body)
    .map(([locale, paragraphs]) => t('warta:import:paragraphs', { locale, count: paragraphs?.length ?? 0 }))
    .join(' · ')

function DocumentCard({ report: { summary, outcome }, dryRun }: { report: DocumentReport; dryRun: boolean }) {
  const t = useAdminT()
  const spokesperson = 'spokesperson' in summary ? t('warta:import:spokesperson', { name: summary.spokesperson ?? t('warta:import:notRecognised') }) : ''
  return (
    <section
      className="warta-import__document"
      data-action={outcome.action}
      style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginTop: '1rem' }}
    >
      <h3 style={{ margin: 0 }}>
        {t('warta:import:cardHeading', {
          kind: t(`warta:import:kinds:${summary.kind}`),
          date: summary.date ?? t('warta:import:noDate'),
          outcome: actionText(t, outcome, dryRun),
        })}
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
          <a href={draftLink(outcome)}>{t('warta:import:openDraft')}</a>
        </p>
      ) : null}
      {summary.kind === 'briefing' ? (
        <p>
          {spokesperson} · {t('warta:import:openingParagraphs', { count: summary.openingStatements })} ·{' '}
          <span className="warta-import__count">{t('warta:import:questions', { count: summary.items.length })}</span>
        </p>
      ) : summary.kind === 'statement' ? (
        <p>
          {spokesperson} · {paragraphCounts(t, summary.body) || t('warta:import:noStatementText')} ·{' '}
          <span className="warta-import__count">{t('warta:import:questions', { count: summary.items.length })}</span>
        </p>
      ) : (
        <p>{paragraphCounts(t, summary.body)}</p>
      )}
      {summary.kind !== 'press-release' && summary.items.length > 0 ? <ItemsTable items={summary.items} /> : null}
      <Messages warnings={summary.warnings} errors={summary.errors} />
      <SetAside lines={summary.setAside} />
    </section>
  )
}

/** How the texts were read (before confirming) or what was written (after), one card per document. */
export function ImportPreview({ report }: { report: ImportReport }) {
  const t = useAdminT()
  return (
    <div className="warta-import__report" aria-live="polite">
      <h2 style={{ marginTop: '2rem' }}>{report.dryRun ? t('warta:import:preview') : t('warta:import:result')}</h2>
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
          <h3 style={{ margin: 0 }}>{t('warta:import:notATranscript', { file: failure.file })}</h3>
          <Messages warnings={failure.warnings} errors={failure.errors} />
        </section>
      ))}
    </div>
  )
}
