import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { DocumentReport, ImportCounts, ImportNotes, ImportReport, ImportText, MergedDocument } from './2-merge/model'
import type { Importer } from './3-store/write'

import { readImportMessage } from './1-parse/messages'
import { loadDirectory } from './3-store/directory'
import { mergeDocuments } from './2-merge/merge'
import { parseTexts } from './2-merge/sources'
import { summarize } from './2-merge/summary'
import { previewDocument, writeDocument } from './3-store/write'

/**
 * The whole import, shared by `npm run import` and the admin's Import view: parse every text
 * against the people and outlets in the database, merge translations, then write each document
 * (or, in a dry run, work out what writing would do). Documents are independent: one that fails
 * leaves the others written.
 */
export const runImport = async (
  payload: Payload,
  { texts, dryRun, importer }: { texts: readonly ImportText[]; dryRun: boolean; importer: Importer },
): Promise<ImportReport> => {
  const directory = await loadDirectory(payload, await createLocalReq({}, payload))
  const parsed = parseTexts(texts, { people: directory.people, outlets: directory.outlets })
  const merged = mergeDocuments(parsed.documents)

  const names = texts.map(({ name }) => name)
  const documents: DocumentReport[] = []
  for (const document of merged) {
    const result = dryRun
      ? await previewDocument(payload, document, { directory, importer })
      : await writeDocument(payload, document, { directory, importer })
    const withResult: MergedDocument = {
      ...document,
      warnings: [...document.warnings, ...result.warnings],
      errors: [...document.errors, ...result.errors],
    }
    const summary = summarize(withResult)
    documents.push({ summary, outcome: result.outcome, notes: notesOf(summary.warnings, summary.setAside, names) })
  }

  const failed = new Set(parsed.failures.map(({ file }) => file))
  for (const { summary } of documents) if (summary.errors.length > 0) for (const file of summary.files) failed.add(file)
  const counts = countsOf({ documents, textCount: texts.length, failedCount: failed.size })
  return {
    dryRun,
    documents,
    failedFiles: parsed.failures.map((failure) => ({ ...failure, notes: { warnings: notesOf(failure.warnings, [], names).warnings } })),
    failed: names.filter((name) => failed.has(name)),
    summaryLine: summaryLine(dryRun, counts),
    counts,
  }
}

const notesOf = (warnings: readonly string[], setAside: readonly string[], names: readonly string[]): ImportNotes => ({
  warnings: warnings.map((message) => readImportMessage(message, names)),
  setAside: setAside.map((line) => readImportMessage(line, names)),
})

const countsOf = ({ documents, textCount, failedCount }: { documents: readonly DocumentReport[]; textCount: number; failedCount: number }): ImportCounts => {
  const count = (action: DocumentReport['outcome']['action']) => documents.filter(({ outcome }) => outcome.action === action).length
  return {
    documents: documents.length,
    texts: textCount,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    failedTexts: failedCount,
  }
}

const summaryLine = (dryRun: boolean, counts: ImportCounts): string => {
  const verbs = dryRun
    ? [`${counts.create} to create`, `${counts.update} to update`, `${counts.unchanged} unchanged`, `${counts.failed} failed`]
    : [`${counts.create} created`, `${counts.update} updated`, `${counts.unchanged} unchanged`, `${counts.failed} failed`]
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${dryRun ? 'Dry run: ' : ''}${plural(counts.documents, 'document')} from ${plural(counts.texts, 'file')}: ${verbs.join(', ')}; ${plural(counts.failedTexts, 'file')} failed.`
}
