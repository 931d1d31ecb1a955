import type { Locale } from '@/lib/i18n/locales'

/** A problem found in the input; `line` is 1-based, or null when it concerns the whole input. */
export type ParseIssue = { line: number | null; message: string }

/** A person the importer can recognise as a speaker; `names` in any language, e.g. ['Mao Ning', '毛宁']. */
export type KnownPerson = { slug: string; names: string[]; englishName: string }

/** An outlet's display names and aliases in any language, e.g. ['CCTV', '总台央视', '中央广播电视总台']. */
export type KnownOutlet = { slug: string; names: string[] }

export type ParsedItem = {
  /** q1, q2, … in order of appearance. */
  key: string
  /** Line where the question starts. */
  line: number
  /** Outlet as written, per locale; absent for a generic "Reporter" / "Wartawan" / "记者". */
  outlet: Partial<Record<Locale, string>>
  outletSlug: string | null
  question: Partial<Record<Locale, string>>
  /** Answer paragraphs. */
  answer: Partial<Record<Locale, string[]>>
  followUp: boolean
  /** Outlets named in "(Similar question from …)" notes, as written. */
  similarQuestionFrom: string[]
  /** Asked after the press conference ("会后有记者问及：…", "The following question was raised after the press conference."); absent otherwise. */
  askedAfterConference?: true
}

export type ParsedDocument = {
  kind: 'press-release' | 'briefing' | 'statement'
  locales: Locale[]
  /** YYYY-MM-DD */
  date: string | null
  /** When the page says it was published ("2020-07-18 00:48"), as YYYY-MM-DDTHH:MM local time; else null. */
  publishedAt?: string | null
  title: Partial<Record<Locale, string>>
  /** English form of the spokesperson's name, e.g. 'Mao Ning'. */
  spokesperson: string | null
  /** A briefing's announcements before the first question (a statement's text is its `body`). */
  openingStatements: Partial<Record<Locale, string[]>>
  items: ParsedItem[]
  body: Partial<Record<Locale, string[]>>
  startLine: number
  endLine: number
  warnings: ParseIssue[]
}

/** Every line the importer set aside as page furniture, so an editor can see what was removed. */
export type DroppedLine = { line: number; text: string; kind: string }

export type ParseResult = { documents: ParsedDocument[]; warnings: ParseIssue[]; errors: ParseIssue[]; dropped?: DroppedLine[] }

export type ParseOptions = { people?: KnownPerson[]; outlets?: KnownOutlet[]; maxBytes?: number }

/** One paragraph of input: a line (or a piece of a joined line) with its 1-based line number. */
export type Paragraph = { line: number; text: string }

/** A document built from one segment of the input, or the reason the segment is not one. */
export type Built = { ok: true; document: ParsedDocument } | { ok: false; reason: ParseIssue }
