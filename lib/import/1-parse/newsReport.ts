import { PRESS_CONFERENCE_PHRASE } from './classify'
import { type Directory, escapeRegExp } from './names'
import type { Paragraph, ParseIssue } from './types'

/**
 * News reports retell a press conference ("有记者提问…毛宁表示…", "Mao Ning said …, when asked
 * about …") instead of transcribing it. They carry the words a transcript has but none of its
 * structure, and importing one would put a journalist's paraphrase in the spokesperson's mouth.
 */

const REPORTER_ASKED =
  /有记者(?:提问|问|问到|就)|记者提问|(?:a|one|another) (?:reporter|journalist) asked|when asked|asked by (?:a )?(?:reporter|journalist)|wartawan (?:bertanya|menanyakan)|ketika ditanya|saat ditanya/iu
const WIRE_DATELINE = /\d{1,2}月\d{1,2}日电|（记者[^）]{1,12}）|\((?:Reuters|AFP|AP|Xinhua|ANTARA|Antara|Bloomberg)\)\s*[-–—]/u
const ZH_VERBS = '(?:表示|指出|称|说|强调|回应|介绍说?|答问时)'
const LATIN_VERBS = '(?:said|told|stressed|noted|added|mengatakan|menyatakan|menegaskan|menambahkan|menjelaskan)'

type Marker = { line: number; phrase: string }

const find = (paragraphs: Paragraph[], pattern: RegExp): Marker | null => {
  for (const { line, text } of paragraphs) {
    const match = pattern.exec(text.slice(0, 5000))
    if (match) return { line, phrase: match[0] }
  }
  return null
}

/** An error explaining why the text is a news report, or null when it does not look like one. */
export const newsReportReason = (paragraphs: Paragraph[], directory: Directory): ParseIssue | null => {
  const names = directory.personNames.map(escapeRegExp).join('|')
  const spokespersonSaid = names
    ? new RegExp(`(?:${names})\\s?${ZH_VERBS}|(?:${names}) ${LATIN_VERBS}\\b|\\b(?:said|kata|ujar) (?:${names})`, 'iu')
    : null
  const asked = find(paragraphs, REPORTER_ASKED)
  const said = spokespersonSaid ? find(paragraphs, spokespersonSaid) : null
  const context = find(paragraphs, PRESS_CONFERENCE_PHRASE) ?? find(paragraphs, WIRE_DATELINE)
  if (!(asked || said) || !context) return null
  const markers = [asked, said, context].filter((m): m is Marker => m !== null)
  const first = markers.reduce((a, b) => (b.line < a.line ? b : a))
  const named = markers.map((m) => `'${m.phrase}' on line ${m.line}`).join(', ')
  return {
    line: first.line,
    message: `Not a transcript: this reads like a news report retelling a press conference (${named}) and has no speaker labels such as 'Mao Ning:' or 'Reporter:'. Import the official transcript instead.`,
  }
}
