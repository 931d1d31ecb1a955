'use client'

import type { AdminKey, AdminT, AdminTranslations } from '@/lib/i18n/adminStrings'
import type { Locale } from '@/lib/i18n/locales'
import type { ImportNote } from '@/lib/import/1-parse/messages'
import type { DocumentOutcome, DocumentReport, ImportCounts, ImportReport } from '@/lib/import/2-merge/model'

import { furnitureKindKey } from '@/lib/import/1-parse/messages'

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

/** Warta's strings, typed. The importer's common messages are said from their keys; rare ones and errors come from the server in English. */
const useAdminT = (): AdminT => useTranslation<AdminTranslations, AdminKey>().t

/** The names the form gives pasted text (ImportForm.tsx), said in the admin's language. */
export const PASTED_TEXT = 'pasted text'
export const PASTED_PAGE = 'pasted page.html'

const fileName = (t: AdminT, file: string): string =>
  file === PASTED_TEXT ? t('warta:import:pastedText') : file === PASTED_PAGE ? t('warta:import:pastedPage') : file

/** A line set aside or a common warning, in the admin's language; null when there is no key for it. */
const sayNote = (t: AdminT, note: ImportNote): string => {
  const file = note.file === null ? '' : fileName(t, note.file)
  const where = note.line === null ? file : t('warta:import:notes:where', { file, line: note.line })
  const kindKey = note.kind ? furnitureKindKey(note.kind) : null
  const kind = kindKey ? t(`warta:import:furnitureKinds:${kindKey}` as AdminKey) : (note.kind ?? '')
  const said = t(`warta:import:notes:${note.key}` as AdminKey, { where, kind, text: note.text ?? '', date: note.date ?? '', year: note.year ?? '' })
  // A message about the whole text has no place to name ("pasted text" is said above it).
  return where ? said : said.replace(/^[:：]\s*/u, '')
}

/** Each line said from its key when it has one, else as the importer wrote it (rare messages stay English). */
const said = (t: AdminT, lines: readonly string[], notes: readonly (ImportNote | null)[] | undefined): string[] =>
  lines.map((line, index) => {
    const note = notes?.[index]
    return note ? sayNote(t, note) : line
  })

function Messages({ warnings, errors, notes }: { warnings: string[]; errors: string[]; notes?: readonly (ImportNote | null)[] }) {
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
      <ListedMessages className="warta-import__warnings" open summary={t('warta:import:warnings', { count: warnings.length })} lines={said(t, warnings, notes)} />
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
        {lines.map((line, index) => (
          <li key={`${index}:${line}`}>{line}</li>
        ))}
      </ul>
    </details>
  )
}

/** Every line the importer dropped as page furniture (menus, share buttons, captions): never silent. */
function SetAside({ lines = [], notes }: { lines: readonly string[] | undefined; notes?: readonly (ImportNote | null)[] }) {
  const t = useAdminT()
  return <ListedMessages className="warta-import__set-aside" summary={t('warta:import:setAside', { count: lines.length })} lines={said(t, lines, notes)} />
}

/** The first words of a paragraph or question: enough to recognise it. */
const firstWords = (text: string, max = 120): string => {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

/** "bahasa Indonesia: 2 paragraf" at the start of a line is "Bahasa Indonesia: …". */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** Lists longer than this start folded. */
const OPEN_UP_TO = 6

/** Per language: what went in, each entry by its first words; folded when long. */
function LanguageLists({ lists, label }: { lists: [Locale, string[]][]; label: (language: string, count: number) => string }) {
  const t = useAdminT()
  if (lists.length === 0) return null
  return (
    <div className="warta-import__contents">
      {lists.map(([locale, entries]) => (
        <details key={locale} open={entries.length <= OPEN_UP_TO} className="warta-import__language" data-locale={locale}>
          <summary>{capitalised(label(t(`warta:languages:${locale}`), entries.length))}</summary>
          <ol lang={locale}>
            {entries.map((entry, index) => (
              <li key={index}>{firstWords(entry)}</li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  )
}

const perLanguage = (values: Partial<Record<string, string[]>>): [Locale, string[]][] =>
  Object.entries(values).filter((entry): entry is [Locale, string[]] => (entry[1]?.length ?? 0) > 0)

/** A briefing's or statement's questions per language, each with its outlet as written. */
const questionsPerLanguage = (t: AdminT, items: SummaryItems, locales: readonly Locale[]): [Locale, string[]][] =>
  locales
    .map((locale): [Locale, string[]] => [
      locale,
      items
        .filter((item) => item.question[locale])
        .map((item) => `${item.key} · ${item.outlet[locale] ?? t('warta:import:noOutlet')}: ${item.question[locale] ?? ''}`),
    ])
    .filter(([, questions]) => questions.length > 0)

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

function DocumentCard({ report: { summary, outcome, notes }, dryRun }: { report: DocumentReport; dryRun: boolean }) {
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
      <dl className="warta-import__head" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: '.75rem 0' }}>
        <dt>{t('warta:import:titleLabel')}</dt>
        <dd style={{ margin: 0 }}>
          {Object.keys(summary.title).length === 0 ? (
            <em>—</em>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {Object.entries(summary.title).map(([locale, title]) => (
                <li key={locale} className="warta-import__title" data-locale={locale}>
                  <strong>{locale}</strong> <span lang={locale}>{title}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('warta:import:dateLabel')}</dt>
        <dd style={{ margin: 0 }} className="warta-import__date">
          {summary.date ?? t('warta:import:noDate')}
        </dd>
        {summary.publishedAt ? (
          <>
            <dt>{t('warta:import:publishedLabel')}</dt>
            <dd style={{ margin: 0 }}>{summary.publishedAt.replace('T', ' ')}</dd>
          </>
        ) : null}
      </dl>
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
      ) : null}
      {summary.kind !== 'press-release' && summary.items.length > 0 ? <ItemsTable items={summary.items} /> : null}
      {summary.kind === 'briefing' ? (
        <LanguageLists
          lists={questionsPerLanguage(t, summary.items, summary.locales)}
          label={(language, count) => t('warta:import:languageQuestions', { language, count })}
        />
      ) : (
        <>
          <LanguageLists lists={perLanguage(summary.body)} label={(language, count) => t('warta:import:languageParagraphs', { language, count })} />
          {summary.kind === 'statement' ? (
            <LanguageLists
              lists={questionsPerLanguage(t, summary.items, summary.locales)}
              label={(language, count) => t('warta:import:languageQuestions', { language, count })}
            />
          ) : null}
        </>
      )}
      <Messages warnings={summary.warnings} errors={summary.errors} notes={notes?.warnings} />
      <SetAside lines={summary.setAside} notes={notes?.setAside} />
    </section>
  )
}

/** "Uji coba: 1 dokumen dari 1 berkas: 1 akan dibuat, …" from the report's numbers. */
const summaryLine = (t: AdminT, dryRun: boolean, counts: ImportCounts): string =>
  t(dryRun ? 'warta:import:summary:dryRun' : 'warta:import:summary:done', {
    documents: t('warta:import:summary:documents', { count: counts.documents }),
    texts: t('warta:import:summary:texts', { count: counts.texts }),
    create: counts.create,
    update: counts.update,
    unchanged: counts.unchanged,
    failed: counts.failed,
    failedTexts: t('warta:import:summary:texts', { count: counts.failedTexts }),
  })

/** How the texts were read (before confirming) or what was written (after), one card per document. */
export function ImportPreview({ report }: { report: ImportReport }) {
  const t = useAdminT()
  return (
    <div className="warta-import__report" aria-live="polite">
      <h2 style={{ marginTop: '2rem' }}>{report.dryRun ? t('warta:import:preview') : t('warta:import:result')}</h2>
      <p className="warta-import__summary">{report.counts ? summaryLine(t, report.dryRun, report.counts) : report.summaryLine}</p>
      {report.documents.map((document, index) => (
        <DocumentCard key={index} report={document} dryRun={report.dryRun} />
      ))}
      {report.failedFiles.map((failure) => (
        <section
          key={failure.file}
          className="warta-import__failed"
          style={{ border: '1px solid var(--theme-error-500)', padding: '1rem', marginTop: '1rem' }}
        >
          <h3 style={{ margin: 0 }}>{t('warta:import:notATranscript', { file: fileName(t, failure.file) })}</h3>
          <Messages warnings={failure.warnings} errors={failure.errors} notes={failure.notes?.warnings} />
        </section>
      ))}
    </div>
  )
}
