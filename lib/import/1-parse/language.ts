import type { Locale } from '@/lib/i18n/locales'

export type ScriptCounts = { cjk: number; latin: number; other: number; otherScript: string | null }

const SAMPLE = 20_000

const OTHER_SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
]

const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x20000 && code <= 0x3134f)

const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
  (code >= 0x1e00 && code <= 0x1eff)

/** Letters by script, over at most the first 20,000 characters. Code-point ranges, not regexes: this runs on every paragraph. */
export const countScripts = (text: string): ScriptCounts => {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  let cjk = 0
  let latin = 0
  let other = 0
  let firstOther = ''
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) {
      if (isLatinLetter(code)) latin++
    } else if (isHan(code)) cjk++
    else if (isLatinLetter(code)) latin++
    else if (/\p{L}/u.test(char)) {
      other++
      if (!firstOther) firstOther = char
    }
  }
  const otherScript = firstOther ? (OTHER_SCRIPTS.find(([, pattern]) => pattern.test(firstOther))?.[0] ?? 'another script') : null
  return { cjk, latin, other, otherScript }
}

/** Chinese when at least 30% of the letters are Han characters. */
export const isChineseText = (text: string): boolean => {
  const { cjk, latin, other } = countScripts(text)
  const letters = cjk + latin + other
  return letters > 0 && cjk / letters >= 0.3
}

/** A set from a '|'-separated list, which keeps long word lists compact. */
export const wordSet = (list: string): Set<string> => new Set(list.split('|'))

const INDONESIAN = wordSet(
  'yang|dan|di|dengan|untuk|ini|itu|dalam|pada|tidak|akan|dari|ke|bahwa|juga|adalah|kami|telah|serta|' +
    'oleh|atas|bagi|para|secara|tersebut|mengenai|bisakah|apakah',
)
const ENGLISH = wordSet(
  'the|and|of|to|in|is|that|for|on|with|will|be|are|we|has|have|this|as|was|at|by|it|its|you|your|' + 'could|what|from|our|not',
)

/** Indonesian or English for Latin-script text, by counting common function words. */
export const latinLocale = (texts: string[]): Locale => {
  let indonesian = 0
  let english = 0
  let seen = 0
  for (const text of texts) {
    if (seen > SAMPLE) break
    const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
    seen += sample.length
    for (const word of sample.toLowerCase().split(/[^a-z]+/)) {
      if (INDONESIAN.has(word)) indonesian++
      else if (ENGLISH.has(word)) english++
    }
  }
  return indonesian > english ? 'id' : 'en'
}
