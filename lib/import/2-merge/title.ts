import { firstSentenceEnd, startsWithDate } from '../1-parse/dates'

/** Long enough for any real headline; a first sentence beyond it is cut at a word. */
const MAX_TITLE = 160

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

const cutAtWord = (text: string): string => {
  if (text.length <= MAX_TITLE) return text
  const cut = text.slice(0, MAX_TITLE)
  const space = cut.lastIndexOf(' ')
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,，、;；:：]+$/u, '')}…`
}

/**
 * A working title for a release whose text has none (the founding release): its first sentence
 * without the opening date ("Pada tanggal 3 September 2024, Wakil Menteri … menyampaikan pidato
 * video …" → "Wakil Menteri … menyampaikan pidato video …"). The importer reports it as derived, so
 * an editor rewrites it; the parser itself never invents titles.
 */
export const titleFromFirstSentence = (paragraph: string): string | null => {
  const end = firstSentenceEnd(paragraph)
  let sentence = (end === -1 ? paragraph : paragraph.slice(0, end)).trim()
  const date = startsWithDate(sentence)
  if (date) sentence = sentence.slice(date.index + date.length).replace(/^[\s,，、]+/u, '')
  sentence = sentence.replace(/[\s.。!！?？]+$/u, '')
  return /\p{L}/u.test(sentence) ? cutAtWord(capitalize(sentence)) : null
}
