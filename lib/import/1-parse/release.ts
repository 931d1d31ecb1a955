import type { Locale } from '@/lib/i18n/locales'

import type { ClassifiedParagraph } from './classify'
import { dateInFirstSentence, type FoundDate, firstSentenceEnd, foundInFirstSentence, isoDate, yearlessNearStart, yearlessStart } from './dates'
import type { DocumentParts, LocaleAssignment } from './header'
import { issueAt, lineRange, localeName } from './issues'
import { dateRangeMessage, datedFromPageMessage, NO_DATE_MESSAGE, YEAR_MISSING_MESSAGE, yearFromPageMessage } from './messages'
import type { Built, ParseIssue } from './types'

/** The date in the first sentence of the first real paragraph (not a subtitle) in any language. */
export const firstSentenceFound = (content: ClassifiedParagraph[], assignment: LocaleAssignment): (FoundDate & { line: number }) | null => {
  for (const locale of assignment.locales) {
    const paragraph = content.find((p) => p.kind !== 'title' && assignment.localeOf(p) === locale)
    const found = paragraph ? foundInFirstSentence(paragraph.text) : null
    if (found && paragraph) return { ...found, line: paragraph.line }
  }
  return null
}

export const firstSentenceDate = (content: ClassifiedParagraph[], assignment: LocaleAssignment): string | null =>
  firstSentenceFound(content, assignment)?.iso ?? null

const isOneSentence = (text: string): boolean => {
  const end = firstSentenceEnd(text)
  return end === -1 || end >= text.length - 2
}

/**
 * A press release: title (never invented when missing), then paragraphs verbatim. Its date comes
 * from the title, else a date line, else the first sentence ("Pada tanggal 3 September 2024, …").
 */
type ReleaseParts = Omit<DocumentParts, 'directory'> & {
  /** The page's own date (a dateline or publication line set aside as furniture), if it shows one. */
  pageDate?: string | null
  /** Speeches and speaking notes are kept without a date (with a warning) rather than refused. */
  isSpeech?: boolean
}

export const buildRelease = ({ paragraphs, header, assignment, pageDate = null, isSpeech = false }: ReleaseParts): Built => {
  const first = paragraphs[0]
  const last = paragraphs[paragraphs.length - 1]
  const startLine = first?.line ?? 1
  if (!first || !last) return { ok: false, reason: { line: startLine, message: `line ${startLine}: empty document.` } }
  const range = lineRange(startLine, last.line)
  const warnings: ParseIssue[] = []
  const title = { ...header.title }
  let content = paragraphs.slice(header.end)
  const inSentence = header.titleDate || header.lineDate ? null : firstSentenceFound(content, assignment)
  let date = header.titleDate ?? header.lineDate ?? inSentence?.iso ?? null
  if (inSentence?.isRange) {
    warnings.push(issueAt(inSentence.line, dateRangeMessage(inSentence.iso)))
  }

  // A title that ends with a full stop looks like a sentence; the dated paragraph after it gives it away.
  const [candidate, next] = content
  if (!date && candidate && next && Object.keys(title).length === 0 && candidate.text.length <= 200 && isOneSentence(candidate.text)) {
    date = dateInFirstSentence(next.text)
    if (date) {
      title[assignment.localeOf(candidate)] = candidate.text
      content = content.slice(1)
      warnings.push(
        issueAt(candidate.line, 'read as the title although it ends like a sentence, because the next paragraph opens with the date.'),
      )
    }
  }
  const yearless = date ? null : content.map((p, index) => (index === 0 ? yearlessNearStart(p.text) : yearlessStart(p.text))).find(Boolean)
  const contentLine = content[0]?.line ?? startLine
  if (!date && yearless && pageDate) {
    date = isoDate(Number(pageDate.slice(0, 4)), yearless.month, yearless.day)
    if (date) warnings.push(issueAt(contentLine, yearFromPageMessage(pageDate.slice(0, 4))))
  }
  if (!date && pageDate) {
    date = pageDate
    warnings.push(issueAt(contentLine, datedFromPageMessage(pageDate)))
  }
  if (!date && (yearless || isSpeech)) {
    warnings.push(
      issueAt(
        contentLine,
        yearless ? YEAR_MISSING_MESSAGE : NO_DATE_MESSAGE,
      ),
    )
  } else if (!date) {
    return {
      ok: false,
      reason: {
        line: startLine,
        message: `${range}: not a press release or transcript: no speaker labels (like 'Reporter:' or 'Mao Ning:') and no date in a title, a date line or the first sentence.`,
      },
    }
  }
  if (content.length === 0) {
    return { ok: false, reason: { line: startLine, message: `${range}: only a title or date, with no text after it.` } }
  }

  const body: Partial<Record<Locale, string[]>> = {}
  for (const paragraph of content) (body[assignment.localeOf(paragraph)] ??= []).push(paragraph.text)
  if (assignment.isBilingual) {
    const [a, b] = assignment.locales
    const countA = a ? (body[a]?.length ?? 0) : 0
    const countB = b ? (body[b]?.length ?? 0) : 0
    const line = content[0]?.line ?? startLine
    if (a && b && countA !== countB) {
      warnings.push(
        issueAt(
          line,
          `the release has ${countA} ${localeName(a)} and ${countB} ${localeName(b)} paragraphs; check that each paragraph has its translation.`,
        ),
      )
    }
  }
  return {
    ok: true,
    document: {
      kind: 'press-release',
      locales: assignment.locales,
      date,
      title,
      spokesperson: null,
      openingStatements: {},
      items: [],
      body,
      startLine,
      endLine: last.line,
      warnings,
    },
  }
}
