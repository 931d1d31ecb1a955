import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { DocumentReport, ImportReport, ImportText, MergedDocument } from './2-merge/model'
import type { Importer } from './3-store/write'

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
    documents.push({ summary: summarize(withResult), outcome: result.outcome })
  }

  const failed = new Set(parsed.failures.map(({ file }) => file))
  for (const { summary } of documents) if (summary.errors.length > 0) for (const file of summary.files) failed.add(file)
  return {
    dryRun,
    documents,
    failedFiles: parsed.failures,
    failed: texts.map(({ name }) => name).filter((name) => failed.has(name)),
    summaryLine: summaryLine({ dryRun, documents, textCount: texts.length, failedCount: failed.size }),
  }
}

const summaryLine = ({
  dryRun,
  documents,
  textCount,
  failedCount,
}: {
  dryRun: boolean
  documents: readonly DocumentReport[]
  textCount: number
  failedCount: number
}): string => {
  const count = (action: string) => documents.filter(({ outcome }) => outcome.action === action).length
  const verbs = dryRun
    ? [`${count('create')} to create`, `${count('update')} to update`, `${count('unchanged')} unchanged`, `${count('failed')} failed`]
    : [`${count('create')} created`, `${count('update')} updated`, `${count('unchanged')} unchanged`, `${count('failed')} failed`]
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${dryRun ? 'Dry run: ' : ''}${plural(documents.length, 'document')} from ${plural(textCount, 'file')}: ${verbs.join(', ')}; ${plural(failedCount, 'file')} failed.`
}
