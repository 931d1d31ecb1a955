/**
 * Dates as press offices write them: "September 3, 2024", "Sept. 3, 2024", "3 September 2024",
 * Indonesian "Selasa, 3 September 2024" / "3 Agustus 2024", "2024年9月3日" and ISO "2024-09-03".
 */

/** `isRange`: the start of a range such as "31 Juli – 4 Agustus 2018", whose year is written only at its end. */
export type FoundDate = { iso: string; index: number; length: number; isRange?: boolean }

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

/** A print or share button copied on the timestamp line ("2024-07-18 19:37  Print"). */
const PAGE_BUTTONS = /\b(?:print|share|close|cetak|bagikan)\b|打印|分享|关闭/giu

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

type Reader = { pattern: RegExp; read: (match: RegExpExecArray) => string | null; isRange?: boolean }

const DASH = '\\s{0,3}(?:[–—-]|s\\.d\\.|sampai|hingga|to|until|至)\\s{0,3}'
/** "31 Juli – 4 Agustus 2018", "12-14 November 2017": the start, in the year written at the end. */
const DAY_MONTH_RANGE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:\\s{1,3}(${MONTH_PATTERN})(?![a-z])\\.?)?${DASH}(\\d{1,2})\\s{1,3}(${MONTH_PATTERN})(?![a-z])\\.?,?\\s{1,3}(\\d{4})(?!\\d)`,
  'i',
)
/** "July 31 – August 4, 2018", "November 12-14, 2017". */
const MONTH_DAY_RANGE = new RegExp(
  `\\b(${MONTH_PATTERN})(?![a-z])\\.?\\s{1,3}(\\d{1,2})${DASH}(?:(${MONTH_PATTERN})(?![a-z])\\.?\\s{1,3})?(\\d{1,2}),?\\s{1,3}(\\d{4})(?!\\d)`,
  'i',
)
/** "04/30/2024" (a syndication line): read only when the order is unambiguous. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/

const READERS: Reader[] = [
  { pattern: DAY_MONTH_RANGE, read: (m) => toIso(Number(m[5]), monthNumber(m[2] ?? m[4] ?? ''), Number(m[1])), isRange: true },
  { pattern: MONTH_DAY_RANGE, read: (m) => toIso(Number(m[5]), monthNumber(m[1] ?? ''), Number(m[2])), isRange: true },
  { pattern: ISO, read: (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: CHINESE, read: (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: MONTH_DAY_YEAR, read: (m) => toIso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])) },
  { pattern: DAY_MONTH_YEAR, read: (m) => toIso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])) },
  {
    pattern: SLASHED,
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])]
      if (a > 12 && b <= 12) return toIso(Number(m[3]), b, a)
      if (b > 12 && a <= 12) return toIso(Number(m[3]), a, b)
      return null
    },
  },
]

/** The earliest valid date in `text` (searching at most `limit` characters), or null. */
export const findDate = (text: string, limit = 2000): FoundDate | null => {
  const sample = asciiDigits(text.length > limit ? text.slice(0, limit) : text)
  if (!/\d{4}/.test(sample)) return null
  let best: FoundDate | null = null
  for (const { pattern, read, isRange } of READERS) {
    const match = pattern.exec(sample)
    if (!match || (best && match.index >= best.index)) continue
    const iso = read(match)
    if (iso) best = isRange ? { iso, index: match.index, length: match[0].length, isRange } : { iso, index: match.index, length: match[0].length }
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
    .replace(PAGE_BUTTONS, ' ')
    .trim()
    .replace(PLACE_PREFIX, '')
  return !/[\p{L}\p{N}]/u.test(rest)
}

const ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|Vol|Prof|Hon|Gen|Rep|Sen|Gov|Inc|Ltd|Co|Corp|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{L})\.$/u

const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-z])$/iu

/** Index of the first sentence end in `text` (after ". ", "? ", "。" …), or -1. */
export const firstSentenceEnd = (text: string, limit = 600): number => {
  const sample = text.length > limit ? text.slice(0, limit) : text
  const pattern = /[.!?。！？]+(?=\s|$|[”"’)）])|[。！？]/gu
  for (let match = pattern.exec(sample); match; match = pattern.exec(sample)) {
    if (match[0] === '.' && ABBREVIATION_END.test(sample.slice(Math.max(0, match.index - 6), match.index + 1))) continue
    // A numbered paragraph ("1.  The Ministry …", as releases list their points) has not ended at its number.
    if (match[0] === '.' && LIST_NUMBER.test(sample.slice(0, match.index))) continue
    return match.index
  }
  return -1
}

/** The date inside the first sentence of a paragraph ("Pada tanggal 3 September 2024, Wakil …"). */
export const foundInFirstSentence = (text: string): FoundDate | null => {
  const found = findDate(text, 400)
  if (!found) return null
  const end = firstSentenceEnd(text)
  return end === -1 || found.index < end ? found : null
}

export const dateInFirstSentence = (text: string): string | null => foundInFirstSentence(text)?.iso ?? null

const YEARLESS_LATIN = new RegExp(
  `^(?:on|pada(?: tanggal| hari)?|tanggal)?\\s*(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH_PATTERN})|(${MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?)(?![a-z])(?!,?\\s{0,3}\\d{4})\\s*[,，]`,
  'i',
)
const YEARLESS_CHINESE = /^(\d{1,2})月(\d{1,2})日/

/** "On 20 August, …", "Pada 20 Agustus, …", "8月20日，…": a day and month opening the text, with no year. */
export const yearlessStart = (text: string): { month: number; day: number } | null => {
  const latin = YEARLESS_LATIN.exec(text)
  if (latin) return { month: monthNumber(latin[2] ?? latin[3] ?? ''), day: Number(latin[1] ?? latin[4]) }
  const chinese = YEARLESS_CHINESE.exec(text)
  return chinese ? { month: Number(chinese[1]), day: Number(chinese[2]) } : null
}

/**
 * "(Jakarta-MFA). Last Sunday (30/11), …": the Indonesian day/month in brackets near the start of
 * a release, with no year. Only the first 200 characters: later ones are other days it mentions.
 */
const BRACKETED_DAY_MONTH = /\((\d{1,2})\/(\d{1,2})\)/u

export const yearlessNearStart = (text: string): { month: number; day: number } | null => {
  const start = yearlessStart(text)
  if (start) return start
  const bracketed = BRACKETED_DAY_MONTH.exec(text.slice(0, 200))
  if (!bracketed) return null
  const day = Number(bracketed[1])
  const month = Number(bracketed[2])
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { month, day } : null
}

export const isoDate = (year: number, month: number, day: number): string | null => toIso(year, month, day)

const CLOCK = /(?<!\d)(\d{1,2})[:.](\d{2})(?::\d{2})?(?!\d)/

/** "YYYY-MM-DDTHH:MM" from a line that shows a date and a time ("2020-07-18 00:48", "08 December 2021, 17:36 WIB"), else null. */
export const timestampIn = (text: string): string | null => {
  const date = findDate(text)
  const clock = CLOCK.exec(date ? text.slice(0, date.index) + ' ' + text.slice(date.index + date.length) : text)
  if (!date || !clock) return null
  return `${date.iso}T${(clock[1] ?? '').padStart(2, '0')}:${clock[2] ?? '00'}`
}

const MONTH_DAY_CHINESE = /(?<![\d年])(\d{1,2})月(\d{1,2})日/u
const MONTH_DAY_LATIN = new RegExp(`\\b(${MONTH_PATTERN})(?![a-z])\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s{0,3}\\d{4})`, 'i')
const DAY_MONTH_LATIN = new RegExp(`(?<!\\d)(\\d{1,2})\\s{1,3}(${MONTH_PATTERN})(?![a-z])\\.?(?!,?\\s{0,3}\\d{4})`, 'i')

/**
 * A day and month written without a year ("外交部6月21日记者会全文", "Press Conference on June 21"),
 * placed in the year of `pageDate` (the page's own date line): the latest such date not after it.
 */
export const monthDayInYearOf = (text: string, pageDate: string): string | null => {
  const zh = MONTH_DAY_CHINESE.exec(text)
  const latin = MONTH_DAY_LATIN.exec(text)
  const dayFirst = DAY_MONTH_LATIN.exec(text)
  const [month, day] = zh
    ? [Number(zh[1]), Number(zh[2])]
    : latin
      ? [monthNumber(latin[1] ?? ''), Number(latin[2])]
      : dayFirst
        ? [monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1])]
        : [0, 0]
  if (!month) return null
  const year = Number(pageDate.slice(0, 4))
  const sameYear = toIso(year, month, day)
  if (!sameYear) return null
  return sameYear <= pageDate ? sameYear : toIso(year - 1, month, day)
}
