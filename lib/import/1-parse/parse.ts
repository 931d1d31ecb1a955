import { buildBriefing } from './briefing'
import { chromeKind, withoutTrailingTags } from './chrome'
import {
  type ClassifiedParagraph,
  classifyParagraph,
  isHeaderKind,
  isStatementTitle,
  PRESS_CONFERENCE_PHRASE,
  spokespersonInHeader,
  withBareQuestionAnswerPairs,
  withQuestionsBeforeAnswers,
} from './classify'
import { assignLocales, readHeader } from './header'
import { DEFAULT_MAX_BYTES, decodeInput } from './input'
import { excerpt as quote, issueAt, lineRange } from './issues'
import { setAsideHeaderFurniture } from './furniture'
import { hasExchange, newsArticleReason, quoteCollectionReason, speechReason } from './genre'
import { countScripts } from './language'
import { createDirectory, type Directory } from './names'
import { newsReportReason } from './newsReport'
import { reconstructParagraphs } from './reconstruct'
import { chromeMessage, setAsideMessage } from './messages'
import { buildRelease } from './release'
import { splitDocuments } from './segment'
import { findDate, monthDayInYearOf, timestampIn } from './dates'
import type { Built, DroppedLine, ParsedDocument, ParseIssue, ParseOptions, ParseResult, Paragraph } from './types'

export type { DroppedLine, KnownOutlet, KnownPerson, ParsedDocument, ParsedItem, ParseIssue, ParseOptions, ParseResult } from './types'

/**
 * Turns a press-office text (an Indonesian, Chinese, English or bilingual press release or
 * regular press conference transcript, possibly several back to back, possibly a damaged repost)
 * into structured documents. Pure: no I/O. Never throws; every problem is an error or a warning
 * that names the line. See docs/import.md for the rules.
 */
export function parseText(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    return parse(input, options)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    return {
      documents: [],
      warnings: [],
      errors: [{ line: null, message: `The importer failed on this input (${reason}); please report it with the text.` }],
    }
  }
}

/** Longer than any real paragraph: a sign that line breaks were lost. */
const LONG_PARAGRAPH = 20_000

const TRIM = /^[\s\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]+|[\s\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]+$/g

const parse = (input: string | Uint8Array, options: ParseOptions): ParseResult => {
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES)
  if (!decoded.ok) return { documents: [], warnings: [], errors: [decoded.error] }
  const warnings: ParseIssue[] = [...decoded.warnings]

  const lines: Paragraph[] = []
  const dropped: DroppedLine[] = []
  let pinyinReadings = 0
  const rawLines = decoded.text.split('\n')
  const isBulletedPaste = bulletedPaste(rawLines)
  if (isBulletedPaste) warnings.push({ line: null, message: "every line starts with '- ' (a list pasted as text): the dashes were removed." })
  rawLines.forEach((raw, index) => {
    // Some reposts print a pinyin reading after characters ("發(fā)言人"): ruby text flattened by the copy.
    const trimmed = raw.replace(TRIM, '')
    const text = (isBulletedPaste ? trimmed.replace(DASH_BULLET, '') : trimmed).replace(PINYIN_READING, (_, han: string) => {
      pinyinReadings++
      return han
    })
    if (!text) return
    const kind = chromeKind(text)
    if (kind) {
      dropped.push({ line: index + 1, text, kind })
      warnings.push({ line: index + 1, message: chromeMessage(index + 1, kind, text) })
      return
    }
    const tagged = withoutTrailingTags(text)
    for (const tag of tagged.tags) {
      dropped.push({ line: index + 1, text: tag, kind: 'byline' })
      warnings.push({ line: index + 1, message: chromeMessage(index + 1, 'byline', tag) })
    }
    lines.push({ line: index + 1, text: tagged.text })
  })
  if (pinyinReadings > 0) warnings.push({ line: null, message: `removed ${pinyinReadings} pinyin readings printed after Chinese characters, e.g. '發(fā)' → '發'.` })
  if (lines.length === 0) {
    return {
      documents: [],
      warnings,
      dropped,
      errors: [{ line: null, message: 'Input contains only site chrome (reading times, captions, share buttons …), no text.' }],
    }
  }
  if (!lines.some(({ text }) => /\p{L}/u.test(text))) {
    return { documents: [], warnings, ...listed(dropped), errors: [{ line: null, message: 'Input has no words: only digits, symbols, emoji or punctuation.' }] }
  }

  const directory = withHeaderSpokespeople(createDirectory(options.people, options.outlets), lines)
  const paragraphs: Paragraph[] = []
  for (const line of lines) {
    const { paragraphs: pieces, warning } = reconstructParagraphs(line, directory)
    for (const piece of pieces) paragraphs.push(piece)
    if (warning) warnings.push(warning)
    if (line.text.length > LONG_PARAGRAPH && pieces.length === 1) {
      warnings.push(
        issueAt(
          line.line,
          `${line.text.length.toLocaleString('en')} characters on one line with no speaker labels inside; its paragraph breaks were probably lost.`,
        ),
      )
    }
  }

  const all = withQuestionsBeforeAnswers(withBareQuestionAnswerPairs(paragraphs.map((p) => classifyParagraph(p, directory))))
  // Judged on the whole page, before anything is set aside: a news article split at a dated
  // heading is still one news article.
  const hasLabels = all.some((p) => p.label !== null)
  const notImported =
    quoteCollectionReason(all) ?? (hasLabels || hasExchange(all) ? null : newsReportReason(all, directory)) ?? newsArticleReason(all, dropped)
  if (notImported) return { documents: [], warnings, ...listed(dropped), errors: [notImported] }
  const furniture = setAsideHeaderFurniture(all, directory)
  for (const line of furniture.dropped) {
    dropped.push(line)
    warnings.push({ line: line.line, message: setAsideMessage(line.line, line.kind, line.text) })
  }
  const signedOff = withoutSignOff(withoutTrailingLinkCaptions(furniture.paragraphs, dropped), dropped)
  const classified = signedOff.paragraphs
  for (const line of dropped.filter((d) => d.kind === 'link caption' || d.kind === 'signature' || d.kind === 'end mark' || d.kind === 'date line under the text')) {
    warnings.push({ line: line.line, message: setAsideMessage(line.line, line.kind, line.text) })
  }
  dropped.sort((a, b) => a.line - b.line)

  const top = pageDates(dropped)
  // A release signed off with its date ("September 2, 2014" under the text) is dated by it when nothing above dates it.
  const page: PageDates = { ...top, date: top.date ?? signedOff.date }
  const documents: ParsedDocument[] = []
  const rejections: ParseIssue[] = []
  for (const segment of splitDocuments(classified)) {
    const built = buildDocument(segment, directory, page)
    if (built.ok) documents.push(withPageYear({ ...built.document, publishedAt: built.document.publishedAt ?? page.publishedAt }, page))
    else rejections.push(built.reason)
  }
  if (documents.length === 0) return { documents, warnings, ...listed(dropped), errors: rejections }
  for (const rejection of rejections) warnings.push({ ...rejection, message: `skipped: ${rejection.message}` })
  return { documents, warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), ...listed(dropped), errors: [] }
}

const DASH_BULLET = /^-\s+/u

/**
 * A text pasted from a list view (a paste site, a chat) with "- " before every line, title
 * included. Most lines must carry it, so a release with a short dashed list keeps its dashes.
 */
const bulletedPaste = (lines: string[]): boolean => {
  const nonEmpty = lines.map((l) => l.replace(TRIM, '')).filter(Boolean)
  const dashed = nonEmpty.filter((l) => DASH_BULLET.test(l)).length
  return dashed >= 3 && dashed * 5 >= nonEmpty.length * 3
}

/**
 * Short lines ending with a colon after the last paragraph ("Full speech of 2019 Annual Press
 * Statement:", "article source:") introduced a link or an embed the copy did not keep. Nothing
 * follows them, so they are the page's, not the text's. Labels are left alone (a question left
 * without text is reported elsewhere).
 */
const withoutTrailingLinkCaptions = (paragraphs: ClassifiedParagraph[], dropped: DroppedLine[]): ClassifiedParagraph[] => {
  let end = paragraphs.length
  while (end > 1) {
    const last = paragraphs[end - 1] as ClassifiedParagraph
    if (last.label !== null || last.text.length > 100 || !/[:：]$/u.test(last.text)) break
    dropped.push({ line: last.line, text: last.text, kind: 'link caption' })
    end--
  }
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end)
}

/** An office signing the text: "Kementerian Luar Negeri Republik Indonesia", "Direktorat Informasi dan Media", "外交部新闻司". */
const SIGNATURE_OFFICE =
  /\b(?:kementerian|kemlu|kemenlu|direktorat|biro|humas|sekretariat|kedutaan besar|konsulat|kbri|kjri|ministry|department|directorate|embassy|consulate|press office|information (?:and media )?(?:division|department))\b|外交部|新闻司|新聞司|大使馆|大使館|领事馆|領事館|新闻办|新聞辦/iu
/** "***", "###", "-end-", "- selesai -", "（完）", "-30-": the end of a release. */
const END_MARK = /^(?:[*#~=\-–—\s]{3,}|[-–—(（\[]*\s*(?:end|selesai|habis|ends|完|完毕|完畢|-?30-?)\s*[-–—)）\]]*)$/iu

/**
 * The lines under a release's last paragraph that sign it: the office ("Kementerian Luar Negeri
 * Republik Indonesia", "Direktorat Informasi dan Media"), an end mark ("***", "-selesai-"), the date
 * ("Jakarta, 12 November 2026", "September 2, 2014"). Short, not sentences, and nothing but them
 * follows; each is set aside and listed. The date (the last one given) dates a release that has
 * no date above.
 */
const withoutSignOff = (paragraphs: ClassifiedParagraph[], dropped: DroppedLine[]): { paragraphs: ClassifiedParagraph[]; date: string | null } => {
  let end = paragraphs.length
  let date: string | null = null
  const block: DroppedLine[] = []
  while (end > 1) {
    const last = paragraphs[end - 1] as ClassifiedParagraph
    if (last.label !== null || last.text.length > 100) break
    const kind =
      last.kind === 'date-only'
        ? 'date line under the text'
        : END_MARK.test(last.text)
          ? 'end mark'
          : last.kind === 'title' && SIGNATURE_OFFICE.test(last.text) && last.text.split(/\s+/u).length <= 12
            ? 'signature'
            : null
    if (!kind) break
    if (kind === 'date line under the text') date ??= findDate(last.text)?.iso ?? null
    block.push({ line: last.line, text: last.text, kind })
    end--
  }
  // Something must remain above the sign-off that is not a title or date line (a release's text).
  const rest = paragraphs.slice(0, end)
  if (block.length === 0 || !rest.some((p) => p.kind === 'text' || p.kind === 'label')) return { paragraphs, date: null }
  dropped.push(...block)
  return { paragraphs: rest, date }
}

const PINYIN_READING = /([\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6} ?\)/gu

/** A briefing whose title gives day and month but no year takes the year from the page's own date line. */
const withPageYear = (document: ParsedDocument, page: PageDates): ParsedDocument => {
  if (document.date || !page.date || document.kind === 'press-release') return document
  const title = Object.values(document.title).find((t) => t && monthDayInYearOf(t, page.date ?? ''))
  const date = title ? monthDayInYearOf(title, page.date) : null
  if (!date) return document
  const warning = issueAt(document.startLine, `the title gives a day and month without a year; the year comes from the page's date line (${page.date}): ${date}. Check the date.`)
  return { ...document, date, warnings: [...document.warnings.filter((w) => !/no date found/.test(w.message)), warning] }
}

/** `dropped` only when something was set aside, so a clean text's result stays as it was. */
const listed = (dropped: DroppedLine[]): { dropped?: DroppedLine[] } => (dropped.length > 0 ? { dropped } : {})

export type PageDates = { date: string | null; publishedAt: string | null }

/** The page's own date and publication time, from a dateline or publication line set aside at the top. */
const pageDates = (dropped: DroppedLine[]): PageDates => {
  const dated = dropped.filter((d) => d.line <= 20 && (d.kind === 'dateline' || d.kind === 'publication line') && findDate(d.text))
  const first = dated[0]
  return { date: first ? (findDate(first.text)?.iso ?? null) : null, publishedAt: dated.map((d) => timestampIn(d.text)).find(Boolean) ?? null }
}

/** Spokespeople named in titles and date lines become speakers, so "Zhang Wei:" reads as an answer. */
const withHeaderSpokespeople = (directory: Directory, lines: Paragraph[]): Directory => {
  let result = directory
  for (const { text } of lines) {
    if (text.length > 300 || !(PRESS_CONFERENCE_PHRASE.test(text) || isStatementTitle(text))) continue
    const name = spokespersonInHeader(text)
    if (name) result = result.withPerson(name)
  }
  return result
}

const reject = (line: number, message: string): Built => ({ ok: false, reason: { line, message } })

const buildDocument = (segment: ClassifiedParagraph[], directory: Directory, page: PageDates): Built => {
  const first = segment[0]
  if (!first) return reject(1, 'line 1: empty document.')
  const lastLine = segment[segment.length - 1]?.line ?? first.line
  const range = lineRange(first.line, lastLine)

  const sample = segment
    .map((p) => p.text)
    .join('\n')
    .slice(0, 20_000)
  const scripts = countScripts(sample)
  if (scripts.other > scripts.cjk + scripts.latin) {
    return reject(
      first.line,
      `${range}: the text is mostly in ${scripts.otherScript ?? 'another'} script; the importer reads Indonesian, Chinese and English.`,
    )
  }

  const labels = segment.filter((p) => p.label !== null)
  const others = segment.filter((p) => p.label === null && !isHeaderKind(p.kind))
  if (labels.length > 0 && labels.every((p) => p.label?.text === '') && others.length === 0) {
    return reject(
      first.line,
      `${range}: only speaker labels (${labels
        .map((p) => `'${p.label?.raw ?? ''}'`)
        .slice(0, 5)
        .join(', ')}) and no text.`,
    )
  }

  const questions = labels.filter((p) => p.label?.role === 'question').length
  const answers = labels.length - questions
  const hasBriefingHeader = segment.some((p) => p.kind === 'transcript-title' || p.kind === 'press-conference-date')
  // A statement's title decides, whether or not it answers a question (Q:/A:, 问：/答：).
  const isStatement = !hasBriefingHeader && segment.slice(0, 6).some((p) => p.kind === 'statement-title')
  if (labels.length === 0) {
    const news = newsReportReason(segment, directory)
    if (news) return { ok: false, reason: news }
  }

  const assignment = assignLocales(segment)
  const header = readHeader(segment, assignment.localeOf)
  const speech = speechReason(segment)
  if (speech) {
    const release = buildRelease({ paragraphs: segment, header, assignment, pageDate: page.date, isSpeech: true })
    if (!release.ok) return release
    const note = issueAt(first.line, `${speech}: read as a speech or speaking notes and offered as a press release, not a briefing.`)
    return { ok: true, document: { ...release.document, warnings: [note, ...release.document.warnings] } }
  }
  if ((hasBriefingHeader || isStatement) && header.end >= segment.length)
    return reject(first.line, `${range}: only a title or date line, with no text after it.`)
  if (isStatement) return buildBriefing({ paragraphs: segment, header, assignment, directory }, 'statement')
  if ((questions > 0 && answers > 0) || hasBriefingHeader) return buildBriefing({ paragraphs: segment, header, assignment, directory })

  const release = buildRelease({ paragraphs: segment, header, assignment, pageDate: page.date })
  if (!release.ok && labels.length > 0) {
    const firstLabel = labels[0]
    const line = firstLabel?.line ?? first.line
    const named = [...new Set(labels.map((p) => quote(p.label?.raw ?? '')))].slice(0, 3).join(', ')
    const missing = questions === 0 ? 'no questions' : 'no spokesperson answers'
    return reject(
      line,
      `${lineRange(line, lastLine)}: found speaker labels (${named}) but ${missing} and no press-conference title or date line; not a transcript or a press release.`,
    )
  }
  return release
}
