/**
 * The excerpt under a search result: a window of the entry's text around the first match, cut only
 * between words, with every occurrence of the query's words marked. It is returned as segments
 * (plain text and matches) that the page renders as React text and `<mark>` elements: indexed
 * text never becomes HTML.
 *
 * "Between words" is the same rule in every language: a run of letters, digits and in-word
 * punctuation (`don't`, `3.5`, `ASEAN-China`) is never split, while Chinese and Japanese
 * characters and their punctuation each stand alone, so Chinese text may be cut between any two
 * characters but never inside a Latin word or a number written among them.
 */
export type ExcerptSegment = { text: string; isMatch: boolean }

const ELLIPSIS = '…'

/** Characters that stand alone (written without spaces between words): Han, kana, CJK and full-width punctuation. */
const STANDALONE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef`
/** The unbreakable units of a text: one stand-alone character, or a run of anything else but white space. */
const UNITS = new RegExp(`[${STANDALONE}]|[^\\s${STANDALONE}]+`, 'gu')

type Unit = { start: number; end: number }

const STANDALONE_CHARACTER = new RegExp(`[${STANDALONE}]`, 'u')
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u
/** Full-width punctuation ends a sentence or clause by itself: white space after it (a paragraph break) is dropped. */
const AFTER_CJK_PUNCTUATION = /([\u3000-\u303f\uff00-\uffef])\s+/gu

/** White space collapsed to single spaces, none after Chinese punctuation (where paragraphs were joined). */
const flatten = (text: string): string => text.replace(AFTER_CJK_PUNCTUATION, '$1').replace(/\s+/g, ' ').trim()

const unitsOf = (text: string): Unit[] => [...text.matchAll(UNITS)].map((match) => ({ start: match.index, end: match.index + match[0].length }))

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every occurrence of any word (longest first where two start at the same place), in text order. */
export const matchRanges = (text: string, words: readonly string[]): Unit[] => {
  const alternatives = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRegExp)
  if (alternatives.length === 0) return []
  return [...text.matchAll(new RegExp(alternatives.join('|'), 'giu'))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** Splits `text` into plain and matched segments (adjacent matches merge into one mark). */
export const markMatches = (text: string, words: readonly string[]): ExcerptSegment[] => {
  const segments: ExcerptSegment[] = []
  const push = (value: string, isMatch: boolean) => {
    if (!value) return
    const last = segments[segments.length - 1]
    if (last && last.isMatch === isMatch) last.text += value
    else segments.push({ text: value, isMatch })
  }
  let at = 0
  for (const range of matchRanges(text, words)) {
    push(text.slice(at, range.start), false)
    push(text.slice(range.start, range.end), true)
    at = range.end
  }
  push(text.slice(at), false)
  return segments
}

/**
 * The part of `text` (white space collapsed) to show: about `radius` characters either side of
 * the first match (half as many in Chinese text), widened or narrowed to whole units, never
 * dropping the match itself.
 */
export const excerptSegments = (text: string, words: readonly string[], radius = 90): ExcerptSegment[] => {
  const flat = flatten(text)
  const units = unitsOf(flat)
  if (units.length === 0) return []
  // Chinese says about twice as much per character: its window is half as many characters wide.
  const standalone = units.filter((unit) => unit.end - unit.start === 1 && STANDALONE_CHARACTER.test(flat[unit.start]!)).length
  const span = standalone * 2 > flat.length ? Math.ceil(radius / 2) : radius
  const first = matchRanges(flat, words)[0] ?? { start: 0, end: 0 }
  const unitAt = (index: number) => units.find((unit) => unit.end > index) ?? units[units.length - 1]!
  const matchStart = unitAt(first.start).start
  const matchEnd = unitAt(Math.max(first.start, first.end - 1)).end
  // Start at the first whole unit inside the window, or at the match's own unit if that is earlier.
  const wantedStart = Math.max(0, first.start - span)
  let start = Math.min(matchStart, units.find((unit) => unit.start >= wantedStart)?.start ?? matchStart)
  // "…，获协商": a cut window does not open on the punctuation that ended the clause before it.
  while (start > 0 && start < matchStart && CJK_PUNCTUATION.test(flat[start]!)) start += 1
  // End at the last whole unit inside the window, or at the match's own unit if that is later.
  const wantedEnd = start + 2 * span + (first.end - first.start)
  const fitting = units.filter((unit) => unit.end <= wantedEnd)
  const end = Math.max(matchEnd, fitting[fitting.length - 1]?.end ?? matchEnd)
  const segments = markMatches(flat.slice(start, end).trim(), words)
  if (start > 0) segments.unshift({ text: ELLIPSIS, isMatch: false })
  if (end < flat.length) segments.push({ text: ELLIPSIS, isMatch: false })
  return segments
}

/** Shortens a one-line title (a question) to about `length` characters, on a unit boundary. */
export const shortenText = (text: string, length: number): string => {
  const flat = flatten(text)
  if (flat.length <= length) return flat
  const fitting = unitsOf(flat).filter((unit) => unit.end <= length)
  const end = fitting[fitting.length - 1]?.end ?? unitsOf(flat)[0]?.end ?? length
  return `${flat.slice(0, end).replace(/[\s,;:，、；：]+$/u, '')}${ELLIPSIS}`
}
