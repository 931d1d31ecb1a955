import { excerpt as quote } from './issues'

/**
 * The parser's most common messages, written here once and read back here: the CLI prints them as
 * English sentences, and the Import view says them in the admin's language from their key and
 * parameters (`readImportMessage`). Rare messages stay English sentences only.
 *
 * Pure (no Payload, no Node): the admin's client code imports it.
 */

/** Every kind of line the importer sets aside, as the messages write it ("above the title"). */
export const FURNITURE_KINDS = [
  'reading time',
  'image caption',
  'page controls',
  'site name',
  'advertisement',
  'publication line',
  'dateline',
  'byline',
  'related link',
  'copyright',
  'view count',
  'breadcrumb',
  'link',
  'font-size buttons',
  'comment form',
  'sign-off',
  'share buttons',
  'above the title',
  'genre label',
  'repeated title',
  'link caption',
  'signature',
  'end mark',
  'date line under the text',
  "not the page's main content",
] as const

export type FurnitureKind = (typeof FURNITURE_KINDS)[number]

/** "above the title" → "aboveTheTitle": the kind's key under `warta:import:furnitureKinds`. */
export const furnitureKindKey = (kind: string): string | null =>
  (FURNITURE_KINDS as readonly string[]).includes(kind)
    ? kind.replace(/'/g, '').replace(/[-\s]+(\p{L})/gu, (_, letter: string) => letter.toUpperCase())
    : null

/** Message keys under `warta:import:notes`. */
export type ImportNoteKey = 'chrome' | 'setAside' | 'setAsideEntry' | 'notMainContent' | 'dateRange' | 'yearFromPage' | 'datedFromPage' | 'yearMissing' | 'noDate'

/** A message read back: the text it concerns, its line, its key and parameters. */
export type ImportNote = {
  file: string | null
  line: number | null
  key: ImportNoteKey
  kind?: string
  text?: string
  date?: string
  year?: string
}

// Writers: the parser's sentences.
export const chromeMessage = (line: number, kind: string, text: string) => `line ${line}: dropped site chrome (${kind}) ${quote(text)}.`
export const setAsideMessage = (line: number, kind: string, text: string) => `line ${line}: set aside as page furniture (${kind}) ${quote(text)}.`
export const setAsideEntry = (file: string, line: number, kind: string, text: string) => `${file}: line ${line} (${kind}): ${text}`
export const notMainContentEntry = (file: string, text: string) => `${file}: (not the page's main content): ${text}`
export const dateRangeMessage = (date: string) => `the first sentence gives a date range; the release is dated at its start, ${date}. Check the date.`
export const yearFromPageMessage = (year: string) =>
  `the first sentence gives a day and month without a year; the year ${year} comes from the page's date line. Check the date.`
export const datedFromPageMessage = (date: string) => `no date in the title or the first sentence; dated ${date} from the page's own date line.`
export const YEAR_MISSING_MESSAGE =
  'the first sentence gives a day and month without a year, and the page shows no date line: kept without a date; enter the date before publishing.'
export const NO_DATE_MESSAGE = 'no date anywhere in the text: kept without a date; enter the date before publishing.'

// Readers.
const QUOTED = '"(.*)"'
const READERS: { pattern: RegExp; note: (match: RegExpExecArray) => Omit<ImportNote, 'file' | 'line'> }[] = [
  { pattern: new RegExp(`^dropped site chrome \\(([^)]+)\\) ${QUOTED}\\.$`, 'su'), note: (m) => ({ key: 'chrome', kind: m[1], text: m[2] }) },
  { pattern: new RegExp(`^set aside as page furniture \\(([^)]+)\\) ${QUOTED}\\.$`, 'su'), note: (m) => ({ key: 'setAside', kind: m[1], text: m[2] }) },
  { pattern: /^the first sentence gives a date range; the release is dated at its start, (\d{4}-\d{2}-\d{2})\. Check the date\.$/u, note: (m) => ({ key: 'dateRange', date: m[1] }) },
  {
    pattern: /^the first sentence gives a day and month without a year; the year (\d{4}) comes from the page's date line\. Check the date\.$/u,
    note: (m) => ({ key: 'yearFromPage', year: m[1] }),
  },
  { pattern: /^no date in the title or the first sentence; dated (\d{4}-\d{2}-\d{2}) from the page's own date line\.$/u, note: (m) => ({ key: 'datedFromPage', date: m[1] }) },
  { pattern: /^the first sentence gives a day and month without a year, and the page shows no date line: kept without a date; enter the date before publishing\.$/u, note: () => ({ key: 'yearMissing' }) },
  { pattern: /^no date anywhere in the text: kept without a date; enter the date before publishing\.$/u, note: () => ({ key: 'noDate' }) },
]

/**
 * A warning or set-aside line of an import report, as a key and parameters, or null for a message
 * the view shows as written. `files` are the report's text names, which prefix each message.
 */
export const readImportMessage = (message: string, files: readonly string[]): ImportNote | null => {
  const file = [...files].sort((a, b) => b.length - a.length).find((name) => message.startsWith(`${name}: `)) ?? null
  const rest = file === null ? message : message.slice(file.length + 2)
  const entry = /^line (\d+) \(([^)]+)\): (.*)$/su.exec(rest)
  if (entry) return { file, line: Number(entry[1]), key: 'setAsideEntry', kind: entry[2], text: entry[3] }
  const page = /^\(not the page's main content\): (.*)$/su.exec(rest)
  if (page) return { file, line: null, key: 'notMainContent', text: page[1] }
  const numbered = /^line (\d+): (.*)$/su.exec(rest)
  const line = numbered ? Number(numbered[1]) : null
  const sentence = numbered ? (numbered[2] as string) : rest
  for (const { pattern, note } of READERS) {
    const match = pattern.exec(sentence)
    if (match) return { file, line, ...note(match) }
  }
  return null
}
