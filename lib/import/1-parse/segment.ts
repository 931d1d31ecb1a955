import { startsWithDate } from './dates'
import { type ClassifiedParagraph, isHeaderKind } from './classify'

const LOOKAHEAD = 4

/** Does a document header start here: a title, maybe more titles or a timestamp, then a date line? */
const opensDocument = (paragraphs: ClassifiedParagraph[], index: number): boolean => {
  const first = paragraphs[index]
  if (!first) return false
  if (first.kind === 'transcript-title' || first.kind === 'statement-title' || first.kind === 'press-conference-date') return true
  if (first.kind !== 'title') return false
  for (let next = index + 1; next < paragraphs.length && next <= index + LOOKAHEAD; next++) {
    const paragraph = paragraphs[next]
    if (!paragraph) break
    if (paragraph.kind === 'press-conference-date' || paragraph.kind === 'transcript-title' || paragraph.kind === 'statement-title') return true
    if (paragraph.kind === 'title' || paragraph.kind === 'date-only') continue
    return paragraph.kind === 'text' && startsWithDate(paragraph.text) !== null
  }
  return false
}

/**
 * Splits back-to-back documents (the founding text is a release followed by a briefing). A new
 * document starts at a header only once the current one has some text, so the Chinese and
 * English titles of one bilingual document stay together.
 */
export const splitDocuments = (paragraphs: ClassifiedParagraph[]): ClassifiedParagraph[][] => {
  const segments: ClassifiedParagraph[][] = []
  let current: ClassifiedParagraph[] = []
  let hasContent = false
  paragraphs.forEach((paragraph, index) => {
    if (hasContent && opensDocument(paragraphs, index)) {
      segments.push(current)
      current = []
      hasContent = false
    }
    current.push(paragraph)
    if (!isHeaderKind(paragraph.kind)) hasContent = true
  })
  if (current.length) segments.push(current)
  return segments
}
