import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import type { ImportNote } from '../1-parse/messages'
import type { ParsedDocument } from '../1-parse/types'

/**
 * The importer's data between the parser and the database: texts in, merged documents, the
 * summary shown before confirming (the `--dry-run --json` shape) and what was written.
 */

/** One uploaded or pasted text; `name` is how reports refer to it (a file path, "pasted text"). */
/** `setAside`: lines the reader dropped before parsing (an HTML page's navigation …), listed with the document. */
export type ImportText = { name: string; content: string | Uint8Array; setAside?: readonly string[] }

export type ImportKind = ParsedDocument['kind']

/** A Q&A item after merging translations: one row, its text per locale. */
export type MergedItem = {
  key: string
  /** The outlet as written in each locale's text; absent for a generic "Reporter:". */
  outlet: Partial<Record<Locale, string>>
  outletSlug: string | null
  question: Partial<Record<Locale, string>>
  answer: Partial<Record<Locale, string[]>>
  followUp: boolean
  similarQuestionFrom: string[]
  /** Asked after the press conference (parser's flag); absent otherwise. */
  askedAfterConference?: true
}

/** One document to write: every language of it found in the texts, merged. */
export type MergedDocument = {
  kind: ImportKind
  date: string | null
  /** When a text shows when it was published ("2020-07-18 00:48"): YYYY-MM-DDTHH:MM. */
  publishedAt: string | null
  /** Languages in order of appearance. */
  locales: Locale[]
  /** Which text supplied each language. */
  fileOf: Partial<Record<Locale, string>>
  title: Partial<Record<Locale, string>>
  /** Languages whose title the importer derived from the first sentence (the text had none). */
  derivedTitle: Locale[]
  spokesperson: string | null
  openingStatements: Partial<Record<Locale, string[]>>
  items: MergedItem[]
  body: Partial<Record<Locale, string[]>>
  /** Every line of its texts set aside as page furniture: "<file>: line N (<kind>): <line>". */
  setAside: string[]
  warnings: string[]
  /** Anything here means the document is not written (or, for a locale, not merged). */
  errors: string[]
}

export type SummaryItem = {
  key: string
  outlet: Partial<Record<Locale, string>>
  question: Partial<Record<Locale, string>>
  /** The answer's paragraphs joined by a blank line. */
  answer: Partial<Record<Locale, string>>
  followUp: boolean
  askedAfterConference?: true
}

type SummaryCommon = {
  files: string[]
  kind: ImportKind
  date: string | null
  publishedAt: string | null
  locales: Locale[]
  title: Partial<Record<Locale, string>>
  setAside: string[]
  warnings: string[]
  errors: string[]
}

/** The documented `--dry-run --json` object for one document (docs/import.md). */
export type DocumentSummary =
  | (SummaryCommon & {
      kind: 'briefing'
      spokesperson: string | null
      openingStatements: number
      items: SummaryItem[]
    })
  | (SummaryCommon & { kind: 'press-release'; body: Partial<Record<Locale, string[]>> })
  | (SummaryCommon & {
      kind: 'statement'
      spokesperson: string | null
      body: Partial<Record<Locale, string[]>>
      items: SummaryItem[]
    })

/** What happened (or, in a dry run, would happen) to one document in the database. */
export type DocumentOutcome = {
  action: 'create' | 'update' | 'unchanged' | 'failed'
  collection: NewsroomCollection
  /** Null when the document does not exist (a dry run's create, or a failure). */
  id: number | string | null
  /** Languages written or to be written. */
  locales: Locale[]
  /** `/admin/collections/<slug>/<id>`, when the document exists. */
  adminPath: string | null
}

/**
 * The common messages read back as key and parameters (`readImportMessage`), index by index with
 * `warnings` and `setAside`; null where a message is said only as written. For the Import view,
 * which says them in the admin's language.
 */
export type ImportNotes = { warnings: (ImportNote | null)[]; setAside: (ImportNote | null)[] }

export type DocumentReport = { summary: DocumentSummary; outcome: DocumentOutcome; notes?: ImportNotes }

/** A text that yielded no document at all. */
export type FileFailure = { file: string; errors: string[]; warnings: string[]; notes?: Pick<ImportNotes, 'warnings'> }

/** The numbers the summary line says, for a view that says them in its own language. */
export type ImportCounts = {
  documents: number
  texts: number
  create: number
  update: number
  unchanged: number
  failed: number
  /** Texts not (or not fully) imported. */
  failedTexts: number
}

export type ImportReport = {
  dryRun: boolean
  documents: DocumentReport[]
  failedFiles: FileFailure[]
  /** Every text whose content was not (or would not be) fully imported. */
  failed: string[]
  /** One line for people: "3 documents from 4 files: 1 created, 1 updated, 1 unchanged; 0 files failed." */
  summaryLine: string
  /** The same numbers; absent only in the CLI's report of a run with no texts. */
  counts?: ImportCounts
}
