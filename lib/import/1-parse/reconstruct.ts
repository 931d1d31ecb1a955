import { findDate, firstSentenceEnd } from './dates'
import { readColonLabelOnly } from './labels'
import { isChineseText } from './language'
import { type Directory, escapeRegExp } from './names'
import type { Paragraph, ParseIssue } from './types'

/**
 * Damaged copies join paragraphs with spaces, sometimes a whole transcript on one line. The
 * speaker labels are still there, so the line is cut before each of them. Paragraph breaks
 * inside an answer or a release left no trace and cannot be recovered.
 *
 * Every pattern is a lookbehind plus a bounded lookahead, so a 5 MB line is scanned in linear time.
 */

const PRESS_CONFERENCE = /regular press conference|press conference|例行记者会|记者会|konferensi pers/giu
const TRANSCRIPT_TITLE_PHRASE = /regular press conference|例行记者会|konferensi pers rutin/iu
const DATE_LEAD_BEFORE = /(?:\bon|\bpada(?: tanggal| hari)?|\btanggal)\s+$/iu
const TIMESTAMP_AT_START = /^\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)/
const SENTENCE_END = /[.!?。！？][”"’)）]?(?=\s|$)|[。！？][”"’）]?/gu

type Splitters = { strong: RegExp[]; weak: RegExp[] }

const cache = new WeakMap<Directory, Splitters>()

const splittersFor = (directory: Directory): Splitters => {
  const cached = cache.get(directory)
  if (cached) return cached
  const latinPeople = directory.personNames.filter((n) => !/[\u3400-\u9fff]/u.test(n)).map(escapeRegExp)
  const hanPeople = directory.personNames.filter((n) => /[\u3400-\u9fff]/u.test(n)).map(escapeRegExp)
  const outlets = directory.outletNames.map(escapeRegExp)
  const strong: RegExp[] = [new RegExp(`(?<=\\s)(?=(?:${[...latinPeople, 'Reporter', 'Wartawan'].join('|')})\\s?[:：])`, 'gu')]
  if (hanPeople.length) strong.push(new RegExp(`(?=(?:${hanPeople.join('|')})[：:])`, 'gu'))
  if (outlets.length) strong.push(new RegExp(`(?<=[.?!。？！][”"’)）]?\\s?)(?=(?:${outlets.join('|')})\\s?[:：])`, 'gu'))
  strong.push(/(?<=[。？！][”"’）]?|[.?!]\s)(?=《?[^\s，。：:？！、,.;；《》]{1,20}》?记者[：:])/gu)
  const weak = [
    /(?<=[.?!][”"’)]?\s)(?=\p{Lu}[\p{L}\d.&'’-]{0,24}(?:\s(?:[\p{Lu}\d][\p{L}\d.&'’-]{0,24}|of|the|and|dan|dari|&)){0,5}[:：]\s)/gu,
  ]
  const built = { strong, weak }
  cache.set(directory, built)
  return built
}

const positions = (text: string, patterns: RegExp[]): number[] => {
  const found: number[] = []
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index > 0) found.push(match.index)
      pattern.lastIndex = match.index + 1
    }
  }
  return found
}

const lastSentenceEnd = (text: string): number => {
  SENTENCE_END.lastIndex = 0
  let last = -1
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) last = match.index + match[0].length
  return last
}

/** Title at the start of a joined line: "Foreign Ministry Spokesperson …’s Regular Press Conference on <date>". */
const splitLeadingTitle = (text: string): string[] => {
  const head = text.slice(0, 250)
  const phrase = TRANSCRIPT_TITLE_PHRASE.exec(head)
  if (!phrase) return [text]
  let end = phrase.index + phrase[0].length
  const after = findDate(text.slice(end, end + 40))
  if (after && after.index <= 5) end += after.index + after.length
  const title = text.slice(0, end)
  if (firstSentenceEnd(title) !== -1) return [text]
  const rest = text.slice(end)
  const stamp = TIMESTAMP_AT_START.exec(rest)
  return stamp ? [title, stamp[0], rest.slice(stamp[0].length)] : [title, rest]
}

/** Cuts out "On <date>, … held a regular press conference." and the unpunctuated title glued before it. */
const splitDateLine = (text: string): string[] => {
  PRESS_CONFERENCE.lastIndex = 0
  for (let phrase = PRESS_CONFERENCE.exec(text); phrase; phrase = PRESS_CONFERENCE.exec(text)) {
    const windowStart = Math.max(0, phrase.index - 250)
    const window = text.slice(windowStart, phrase.index)
    let dateIndex = -1
    for (let offset = 0; offset < window.length;) {
      const found = findDate(window.slice(offset), 400)
      if (!found) break
      dateIndex = offset + found.index
      offset += found.index + found.length
    }
    if (dateIndex < 0) continue
    if (firstSentenceEnd(window.slice(dateIndex)) !== -1) continue
    const lead = DATE_LEAD_BEFORE.exec(window.slice(0, dateIndex))
    const start = windowStart + (lead ? lead.index : dateIndex)
    const endInTail = firstSentenceEnd(text.slice(phrase.index))
    const end = endInTail === -1 ? text.length : phrase.index + endInTail + 1
    const before = text.slice(0, start).trim()
    const pieces: string[] = []
    if (before) {
      const cut = lastSentenceEnd(before)
      const fragment = cut === -1 ? before : before.slice(cut).trim()
      if (fragment && fragment.length <= 200 && cut !== -1) pieces.push(before.slice(0, cut), fragment)
      else pieces.push(before)
    }
    pieces.push(text.slice(start, end), text.slice(end))
    return pieces
  }
  return [text]
}

const labelAt = (text: string, index: number, directory: Directory): boolean =>
  readColonLabelOnly(text.slice(index, index + 80), directory) !== null

/** A Latin-script label after the end of a sentence (a Chinese one ends with "？" or "?"), however many spaces between. */
const LATIN_LABEL_AFTER_SENTENCE =
  /(?<=[。？！?!][”"’）)」]?\s*)(?=\p{Lu}[\p{L}\d.&'’-]{0,24}(?:\s(?:[\p{Lu}\d][\p{L}\d.&'’-]{0,24}|of|the|and|dan|dari|&)){0,5}\s?[:：]\s)/gu

/**
 * A bilingual page that prints a Chinese paragraph and its English on one line: "1.总台国广记者：据报道，…
 * 有何评论?   CRI: At a recent press conference, …". The line opens with a label, and an English
 * label follows Chinese text: it is cut there, so each language keeps its own question or answer.
 */
const translationCuts = (text: string, directory: Directory): number[] => {
  if (!readColonLabelOnly(text.slice(0, 80), directory)) return []
  const cuts: number[] = []
  let start = 0
  for (const index of positions(text, [LATIN_LABEL_AFTER_SENTENCE])) {
    if (!isChineseText(text.slice(start, index)) || isChineseText(text.slice(index)) || !labelAt(text, index, directory)) continue
    cuts.push(index)
    start = index
  }
  return cuts
}

/** The paragraphs hidden in one line, or the line itself when it holds no mid-line speaker label. */
export const reconstructParagraphs = (
  paragraph: Paragraph,
  directory: Directory,
): { paragraphs: Paragraph[]; warning: ParseIssue | null } => {
  const { text, line } = paragraph
  const { strong, weak } = splittersFor(directory)
  const strongAt = positions(text, strong).filter((index) => labelAt(text, index, directory))
  if (strongAt.length === 0) {
    const cuts = translationCuts(text, directory)
    if (cuts.length === 0) return { paragraphs: [paragraph], warning: null }
    const paragraphs = [0, ...cuts].map((cut, index) => ({ line, text: text.slice(cut, cuts[index] ?? text.length).trim() }))
    return {
      paragraphs,
      warning: {
        line,
        message: `line ${line}: a Chinese paragraph and its English were on one line; split it into ${paragraphs.length} paragraphs before the English label.`,
      },
    }
  }
  const weakAt = positions(text, weak).filter((index) => labelAt(text, index, directory))
  const cuts = [...new Set([...strongAt, ...weakAt])].sort((a, b) => a - b)

  const pieces: string[] = []
  let previous = 0
  for (const cut of [...cuts, text.length]) {
    pieces.push(text.slice(previous, cut))
    previous = cut
  }
  const [head = '', ...rest] = pieces
  const headPieces = splitLeadingTitle(head).flatMap((piece, index) => (index === 0 && piece !== head ? [piece] : splitDateLine(piece)))
  const paragraphs = [...headPieces, ...rest]
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({ line, text: piece }))
  return {
    paragraphs,
    warning: {
      line,
      message: `line ${line}: paragraphs were joined on one line; split it into ${paragraphs.length} paragraphs before speaker labels. Paragraph breaks inside answers and release text could not be recovered.`,
    },
  }
}
