/**
 * Editorial notes inside questions: "(Similar question from the AP)", "(AP also asked a similar
 * question.)", "（法新社记者也问到类似问题）", "(Pertanyaan serupa juga diajukan oleh AFP)", and the
 * phrases that mark a follow-up question.
 */

const NOTE_PATTERNS: RegExp[] = [
  /[(（]\s*(?:an?\s+)?similar questions?\s+(?:was\s+|were\s+)?(?:also\s+)?(?:raised\s+|asked\s+)?(?:from|by)\s+([^()（）]{1,120}?)\s*\.?\s*[)）]/giu,
  /[(（]\s*([^()（）]{1,120}?)\s+also\s+(?:asked|raised)\s+(?:a\s+)?similar\s+questions?\s*\.?\s*[)）]/giu,
  /[(（]\s*pertanyaan\s+serupa\s+(?:juga\s+)?(?:diajukan\s+)?(?:oleh|dari)\s+([^()（）]{1,120}?)\s*\.?\s*[)）]/giu,
  /[(（]\s*([^()（）]{1,120}?)\s+juga\s+(?:mengajukan|menanyakan)\s+pertanyaan\s+serupa\s*\.?\s*[)）]/giu,
  /[(（]\s*([^()（）]{1,120}?)也(?:问到|问了|提出了?|就此提出|提问了?)类似(?:的)?问题\s*[。.]?\s*[)）]/gu,
]

const LIST_SEPARATOR = /\s*(?:,\s*and\s+|,\s*dan\s+|,|、|，|\band\b|\bdan\b|和|及)\s*/u

const cleanOutlet = (name: string): string =>
  name
    .trim()
    .replace(/^the\s+/, '')
    .replace(/记者$/, '')
    .replace(/[《》]/g, '')
    .trim()

export type NoteExtraction = { text: string; outlets: string[] }

/** Removes similar-question notes from a question and returns the outlets they name, as written. */
export const extractSimilarQuestionNotes = (text: string): NoteExtraction => {
  if (!/[(（]/u.test(text)) return { text, outlets: [] }
  const outlets: string[] = []
  let rest = text
  for (const pattern of NOTE_PATTERNS) {
    rest = rest.replace(pattern, (_note, names: string) => {
      for (const name of names.split(LIST_SEPARATOR)) {
        const outlet = cleanOutlet(name)
        if (outlet) outlets.push(outlet)
      }
      return ' '
    })
  }
  if (!outlets.length) return { text, outlets }
  return {
    text: rest
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/\s+([?？.。])/gu, '$1')
      .trim(),
    outlets,
  }
}

/** True when the paragraph is nothing but a similar-question note. */
export const isOnlyNote = (text: string): boolean => {
  const { text: rest, outlets } = extractSimilarQuestionNotes(text)
  return outlets.length > 0 && rest === ''
}

const FOLLOW_UP =
  /^(?:to follow up|follow[- ]up|a follow[- ]up|as a follow[- ]up|i have a follow[- ]up|just to follow up|menindaklanjuti|pertanyaan lanjutan|sebagai tindak lanjut|tindak lanjut|追问|跟进|接着问|再追问)/iu

export const isFollowUpText = (text: string): boolean => FOLLOW_UP.test(text.trim())

const PAIRS: Record<string, string> = { '(': ')', '（': '）', '《': '》', '[': ']', '【': '】' }
const CLOSERS = new Set(Object.values(PAIRS))

/** The first bracket left open at the end of `text`, or null. */
export const unclosedBracket = (text: string): string | null => {
  const stack: string[] = []
  for (const char of text) {
    if (PAIRS[char]) stack.push(char)
    else if (CLOSERS.has(char)) {
      const open = stack[stack.length - 1]
      if (open && PAIRS[open] === char) stack.pop()
    }
  }
  return stack[0] ?? null
}

/**
 * Questions put to the spokesperson after the conference are printed after its last answer:
 * "会后有记者问及：…" carries the question itself, the English note stands alone before a "Q:".
 * Read as items of their own (flagged), they keep the zh and en versions' item counts equal.
 */
export const AFTER_CONFERENCE_INLINE = /^(?:记者)?会后[，,]?有记者问及?(?:[^：:]{0,12})?[：:]\s*|^(?:記者)?會後[，,]?有記者問及?(?:[^：:]{0,12})?[：:]\s*/u
