/**
 * Dates as press offices write them: "September 3, 2024", "Sept. 3, 2024", "3 September 2024",
 * Indonesian "Selasa, 3 September 2024" / "3 Agustus 2024", "2024年9月3日" and ISO "2024-09-03".
 */

export type FoundDate = { iso: string; index: number; length: number }

/** English and Indonesian month names and abbreviations, January first. */
const MONTH_NAMES = [
  'january|jan|januari',
  'february|feb|februari|pebruari|peb',
  'march|mar|maret',
  'april|apr',
  'may|mei',
  'june|jun|juni',
  'july|jul|juli',
  'august|aug|agustus|agu|agt|ags',
  'september|sept|sep',
  'october|oct|oktober|okt',
  'november|nov|nop|nopember',
  'december|dec|desember|des',
]

const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((names, index) => names.split('|').map((name) => [name, index + 1] as const)),
)

const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/
const CHINESE = /(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})(?![a-z])\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, 'i')
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH_PATTERN})(?![a-z])\\.?,?\\s{1,3}(\\d{4})(?!\\d)`, 'i')

const WEEKDAYS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b|星期[一二三四五六日天]|周[一二三四五六日]/giu
const TIME = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?/gi
const TIME_WORDS = /\b(?:utc|gmt|cst|beijing time|updated|published|posted|diperbarui|diterbitkan)\b|北京时间|发布时间|更新时间|时间/giu

const FULL_WIDTH_DIGIT = /[０-９]/g
/** Same length as the input, so match indices stay valid. */
const asciiDigits = (text: string): string =>
  text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))

const toIso = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const monthNumber = (name: string): number => MONTHS[name.toLowerCase()] ?? 0

type Reader = { pattern: RegExp; read: (match: RegExpExecArray) => string | null }

const READERS: Reader[] = [
  { pattern: ISO, read: (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: CHINESE, read: (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: MONTH_DAY_YEAR, read: (m) => toIso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])) },
  { pattern: DAY_MONTH_YEAR, read: (m) => toIso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])) },
]

/** The earliest valid date in `text` (searching at most `limit` characters), or null. */
export const findDate = (text: string, limit = 2000): FoundDate | null => {
  const sample = asciiDigits(text.length > limit ? text.slice(0, limit) : text)
  if (!/\d{4}/.test(sample)) return null
  let best: FoundDate | null = null
  for (const { pattern, read } of READERS) {
    const match = pattern.exec(sample)
    if (!match || (best && match.index >= best.index)) continue
    const iso = read(match)
    if (iso) best = { iso, index: match.index, length: match[0].length }
  }
  return best
}

const DATE_LEAD = /^(?:(?:on|pada(?: tanggal| hari)?|tanggal|hari)\s+)?(?:[\p{L}'’]+,\s*)?$/iu

/** "On September 3, 2024, …", "Pada tanggal 3 September 2024, …", "2024年9月3日，…", "Selasa, 3 September 2024". */
export const startsWithDate = (text: string): FoundDate | null => {
  const found = findDate(text, 80)
  if (!found || found.index > 40) return null
  return DATE_LEAD.test(text.slice(0, found.index).trimStart()) ? found : null
}

const PLACE_PREFIX = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?,\s*/u

/** A line that is only a date, maybe with a weekday, a place, a time and a zone ("2024-09-04 19:00"). */
export const isDateOnlyLine = (text: string): boolean => {
  if (text.length > 80) return false
  const found = findDate(text)
  if (!found) return false
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length))
    .replace(WEEKDAYS, ' ')
    .replace(TIME, ' ')
    .replace(TIME_WORDS, ' ')
    .trim()
    .replace(PLACE_PREFIX, '')
  return !/[\p{L}\p{N}]/u.test(rest)
}

const ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|Vol|Prof|Hon|Gen|Rep|Sen|Gov|Inc|Ltd|Co|Corp|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{L})\.$/u

/** Index of the first sentence end in `text` (after ". ", "? ", "。" …), or -1. */
export const firstSentenceEnd = (text: string, limit = 600): number => {
  const sample = text.length > limit ? text.slice(0, limit) : text
  const pattern = /[.!?。！？]+(?=\s|$|[”"’)）])|[。！？]/gu
  for (let match = pattern.exec(sample); match; match = pattern.exec(sample)) {
    if (match[0] === '.' && ABBREVIATION_END.test(sample.slice(Math.max(0, match.index - 6), match.index + 1))) continue
    return match.index
  }
  return -1
}

/** The date inside the first sentence of a paragraph ("Pada tanggal 3 September 2024, Wakil …"). */
export const dateInFirstSentence = (text: string): string | null => {
  const found = findDate(text, 400)
  if (!found) return null
  const end = firstSentenceEnd(text)
  return end === -1 || found.index < end ? found.iso : null
}
