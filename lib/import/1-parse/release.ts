import type { Locale } from '@/lib/i18n/locales'

import type { ClassifiedParagraph } from './classify'
import { dateInFirstSentence, firstSentenceEnd } from './dates'
import type { DocumentParts, LocaleAssignment } from './header'
import { issueAt, lineRange, localeName } from './issues'
import type { Built, ParseIssue } from './types'

/** The date in the first sentence of the first real paragraph (not a subtitle) in any language. */
export const firstSentenceDate = (content: ClassifiedParagraph[], assignment: LocaleAssignment): string | null => {
  for (const locale of assignment.locales) {
    const paragraph = content.find((p) => p.kind !== 'title' && assignment.localeOf(p) === locale)
    const date = paragraph ? dateInFirstSentence(paragraph.text) : null
    if (date) return date
  }
  return null
}

const isOneSentence = (text: string): boolean => {
  const end = firstSentenceEnd(text)
  return end === -1 || end >= text.length - 2
}

/**
 * A press release: title (never invented when missing), then paragraphs verbatim. Its date comes
 * from the title, else a date line, else the first sentence ("Pada tanggal 3 September 2024, …").
 */
export const buildRelease = ({ paragraphs, header, assignment }: Omit<DocumentParts, 'directory'>): Built => {
  const first = paragraphs[0]
  const last = paragraphs[paragraphs.length - 1]
  const startLine = first?.line ?? 1
  if (!first || !last) return { ok: false, reason: { line: startLine, message: `line ${startLine}: empty document.` } }
  const range = lineRange(startLine, last.line)
  const warnings: ParseIssue[] = []
  const title = { ...header.title }
  let content = paragraphs.slice(header.end)
  let date = header.titleDate ?? header.lineDate ?? firstSentenceDate(content, assignment)

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
  if (!date) {
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
