import { isDateOnlyLine, startsWithDate } from './dates'
import { readColonLabelOnly, readLabel, readQuestionBeforeAnswer, type SpeakerLabel } from './labels'
import type { Directory } from './names'
import { AFTER_CONFERENCE_INLINE } from './notes'
import type { Paragraph } from './types'

/**
 * What a paragraph is, for splitting documents and reading their headers. A briefing opens with
 * a title, maybe a timestamp, and a date line ("On September 3, 2024, … held a regular press
 * conference."); a release with a title and a first sentence that carries the date.
 */
export type ParagraphKind = 'label' | 'transcript-title' | 'statement-title' | 'press-conference-date' | 'date-only' | 'title' | 'text'

export type ClassifiedParagraph = Paragraph & { kind: ParagraphKind; label: SpeakerLabel | null }

export const PRESS_CONFERENCE_PHRASE =
  /regular press (?:conference|briefing)|press (?:conference|briefing)|例行[记記]者[会會]|[记記]者[会會]|新闻发布会|新聞發布會|konferensi pers|jumpa pers/iu
const REGULAR_PRESS_CONFERENCE = /regular press (?:conference|briefing)|例行[记記]者[会會]|konferensi pers rutin/iu
export const SPOKESPERSON_WORD = /spokesperson|spokesman|spokeswoman|[发發]言人|juru bicara|jubir/iu
/**
 * A spokesperson's statement or remarks between briefings: "Foreign Ministry Spokesperson Mao
 * Ning’s Remarks on …", "外交部发言人毛宁就…答记者问", "外交部发言人声明",
 * "Pernyataan Juru Bicara Kementerian Luar Negeri …". Checked after the press-conference phrase,
 * so a regular press conference's title never reads as one.
 */
const STATEMENT_PHRASE = /\bremarks\b|\bstatement\b|\banswers? (?:to )?(?:a )?(?:journalist|reporter)|答记者问|谈话|声明|\bpernyataan\b|\bketerangan\b/iu

const NOTICE_WORDS = /\badjourn|\bresum(?:e|ption)\b|休会|休會|恢复举行|ditunda|libur/iu

/** A statement's title: names the spokesperson and says it is a statement or remarks. */
export const isStatementTitle = (text: string): boolean => SPOKESPERSON_WORD.test(text) && STATEMENT_PHRASE.test(text)

/** "On September 3, 2024, Foreign Ministry Spokesperson Mao Ning held a regular press conference." */
const isPressConferenceDateLine = (text: string): boolean =>
  text.length <= 300 &&
  (REGULAR_PRESS_CONFERENCE.test(text) || (SPOKESPERSON_WORD.test(text) && PRESS_CONFERENCE_PHRASE.test(text))) &&
  startsWithDate(text) !== null

const TERMINAL_PUNCTUATION = /[.。!！?？:：;；,，…、][”"’)）」』]*$/u

/** A short line without sentence-final punctuation: how titles look. */
export const isTitleLike = (text: string): boolean => {
  if (text.length < 2 || text.length > 200 || TERMINAL_PUNCTUATION.test(text)) return false
  if (!/\p{L}/u.test(text)) return false
  return text.split(/\s+/).length <= 30
}

export const classifyParagraph = (paragraph: Paragraph, directory: Directory): ClassifiedParagraph => {
  const { line, text } = paragraph
  // Built field by field: object spread is slow enough to matter on a 5 MB transcript.
  const as = (kind: ParagraphKind, label: SpeakerLabel | null = null): ClassifiedParagraph => ({ line, text, kind, label })
  if (isDateOnlyLine(text)) return as('date-only')
  const colonLabel = readColonLabelOnly(text, directory)
  if (colonLabel) return as('label', colonLabel)
  const titleLike = isTitleLike(text)
  // "Adjournment of the Regular Press Conference …" is a notice about press conferences, not one.
  if (titleLike && PRESS_CONFERENCE_PHRASE.test(text) && !NOTICE_WORDS.test(text)) return as('transcript-title')
  if (titleLike && isStatementTitle(text)) return as('statement-title')
  if (isPressConferenceDateLine(text)) return as('press-conference-date')
  const bareLabel = readLabel(text, directory)
  if (bareLabel) return as('label', bareLabel)
  return as(titleLike ? 'title' : 'text')
}

/**
 * A paragraph the label rules passed over, directly before the spokesperson's answer, that opens
 * with a short name and a colon and asks a question, is that outlet's question: the answer after
 * it says what it is. Without this its question and the answer became opening statements.
 */
export const withQuestionsBeforeAnswers = (paragraphs: ClassifiedParagraph[]): ClassifiedParagraph[] =>
  paragraphs.map((paragraph, index) => {
    if (paragraph.kind !== 'text' && paragraph.kind !== 'title') return paragraph
    if (paragraphs[index + 1]?.label?.role !== 'answer' || AFTER_CONFERENCE_INLINE.test(paragraph.text)) return paragraph
    const label = readQuestionBeforeAnswer(paragraph.text)
    return label ? { line: paragraph.line, text: paragraph.text, kind: 'label', label } : paragraph
  })

/** "Q Iranian military admitted …", "A We are deeply saddened …": the letters without their colon. */
const BARE_QUESTION = /^Q[ \t]+(?=[\p{Lu}\d“"‘'])/u
const BARE_ANSWER = /^A[ \t]+(?=[\p{Lu}\d“"‘'])/u

/**
 * A "Q …" paragraph directly followed by an "A …" one: a transcript whose labels lost their colons
 * (reposts, study sites). Only as a pair: "A delegation will …" alone is an English sentence.
 * Without this the questions and answers became opening statements.
 */
export const withBareQuestionAnswerPairs = (paragraphs: ClassifiedParagraph[]): ClassifiedParagraph[] => {
  const unlabeled = (paragraph: ClassifiedParagraph) => paragraph.kind === 'text' || paragraph.kind === 'title'
  const labelled = (paragraph: ClassifiedParagraph, role: SpeakerLabel['role'], prefix: RegExp): ClassifiedParagraph => {
    const text = paragraph.text.replace(prefix, '').trim()
    const label: SpeakerLabel = { role, raw: paragraph.text.charAt(0), name: '', outletSlug: null, person: null, isKnown: true, hasColon: false, text }
    return { line: paragraph.line, text: paragraph.text, kind: 'label', label }
  }
  let result: ClassifiedParagraph[] | null = null
  for (let index = 0; index + 1 < paragraphs.length; index++) {
    const question = paragraphs[index]!
    const answer = paragraphs[index + 1]!
    if (!unlabeled(question) || !unlabeled(answer) || !BARE_QUESTION.test(question.text) || !BARE_ANSWER.test(answer.text)) continue
    result ??= paragraphs.slice()
    result[index] = labelled(question, 'question', BARE_QUESTION)
    result[index + 1] = labelled(answer, 'answer', BARE_ANSWER)
    index++
  }
  return result ?? paragraphs
}

export const isHeaderKind = (kind: ParagraphKind): boolean =>
  kind === 'transcript-title' || kind === 'statement-title' || kind === 'press-conference-date' || kind === 'date-only' || kind === 'title'

const SPOKESPERSON_PATTERNS = [
  /Spokesperson\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}?)(?=[’']s\b|\s+(?:held|hosted|presided|answered|said|introduced|issued|made|gave|on)\b)/u,
  /Juru Bicara(?:\s+Kementerian Luar Negeri)?(?:\s+(?:Tiongkok|China|RRT))?\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}?)(?=\s+(?:mengadakan|memimpin|menggelar|memperkenalkan|menjawab|menyampaikan|pada|tanggal|tentang|mengenai|terkait|atas)\b|\s*$|\s+\d)/u,
  /[发發]言人([\u4e00-\u9fff]{2,3}?)(?=主持|答[记記]者问|就|介绍|宣布)/u,
  // Not a spokesperson, but the one the press conference is held for: "Foreign Minister Wang Yi
  // answered questions …", "邀请外交部部长王毅就…回答中外记者提问". Whoever answers there is its speaker.
  /\b(?:Minister|Councilor|Councillor|Premier|Ambassador|Director-General)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}?)\s+(?:answered|took|fielded)\s+(?:\S+\s+){0,3}questions\b/u,
  /(?:部长|部長|外长|外長|大使)([\u4e00-\u9fff]{2,3}?)就[^，。,]{0,40}回答(?:中外)?[记記]者(?:的)?(?:提问|提問)/u,
]

/** The spokesperson named in a title or date line, as written. */
export const spokespersonInHeader = (text: string): string | null => {
  for (const pattern of SPOKESPERSON_PATTERNS) {
    const match = pattern.exec(text.slice(0, 300))
    if (match?.[1]) return match[1]
  }
  return null
}
