import { findDate, foundInFirstSentence } from './dates'
import { type ClassifiedParagraph, classifyParagraph, PRESS_CONFERENCE_PHRASE, SPOKESPERSON_WORD, spokespersonInHeader } from './classify'
import type { Directory } from './names'
import type { DroppedLine } from './types'

/**
 * Page furniture that only its position gives away. A copied web page carries a language bar
 * ("عربي Español Русский Français 简体中文"), a navigation menu, "Contact Us", a site slogan or a
 * login form above the transcript's title; taken as text they became the title (so the date was
 * lost) or opening statements. Line patterns cannot catch them all (a menu is just words), but
 * their place can: everything short above a transcript's title is set aside, and listed.
 */

/** How far down a page the title may be (furniture lines above it included). */
const TITLE_SEARCH = 15
/** Above-title lines longer than this are real text (a release before a briefing), not furniture. */
const MAX_FURNITURE_LENGTH = 150

/** Short, and not a sentence: a CJK character carries about as much as two or three Latin ones. */
const couldBeFurniture = (p: ClassifiedParagraph): boolean => {
  if (p.kind === 'label') return false
  const cjk = (p.text.match(/[\u3400-\u9fff]/gu) ?? []).length
  const weight = p.text.length - cjk + cjk * 2.5
  return weight <= MAX_FURNITURE_LENGTH && !(p.text.length > 40 && /[。.!?！？]$/u.test(p.text))
}

/** "原标题：…" (original title) names the real title of a repost; the rest of its heading is the portal's. */
const ORIGINAL_TITLE = /^原[标標][题題]\s*[:：]\s*/u

const isAnchor = (p: ClassifiedParagraph): boolean =>
  p.kind === 'transcript-title' || p.kind === 'statement-title' || p.kind === 'press-conference-date'

/**
 * A title broken over two lines ("Foreign Ministry Spokesperson Wang Wenbin’s" / "Regular Press
 * Conference on August 19, 2022", "2022年8月19日外交部发言人汪文斌" / "主持例行记者会") is one title.
 */
const joinSplitTitles = (paragraphs: ClassifiedParagraph[], directory: Directory): ClassifiedParagraph[] => {
  const result: ClassifiedParagraph[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    const current = paragraphs[index] as ClassifiedParagraph
    const next = paragraphs[index + 1]
    if (
      index < TITLE_SEARCH &&
      next &&
      current.kind === 'title' &&
      next.kind === 'transcript-title' &&
      next.text.length <= 60 &&
      // The second half of a title never names the spokesperson again ("主持例行记者会").
      !SPOKESPERSON_WORD.test(next.text) &&
      !ORIGINAL_TITLE.test(next.text) &&
      SPOKESPERSON_WORD.test(current.text) &&
      !PRESS_CONFERENCE_PHRASE.test(current.text)
    ) {
      const isCjk = /[\u3400-\u9fff]$/u.test(current.text) && /^[\u3400-\u9fff]/u.test(next.text)
      result.push(classifyParagraph({ line: current.line, text: `${current.text}${isCjk ? '' : ' '}${next.text}` }, directory))
      index++
      continue
    }
    result.push(current)
  }
  return result
}

/** "… Berikut petikannya:", "… started the press conference with the following announcements:" */
const LEAD_IN = /\b(?:berikut|following)\b|以下/iu

/**
 * Below the title and before the first question, a portal's lead-in ("Beijing, Bolong.id -
 * Konferensi pers rutin …, Rabu, 15 Desember 2021, Berikut petikannya:") or the ministry's own
 * ("Foreign Ministry Spokesperson Hong Lei held a press conference on January 16, 2013.") is the
 * date line, not an announcement. Only checked at the top, so an answer mentioning a press
 * conference and a date never splits a transcript.
 */
const isLeadInDateLine = (text: string): boolean =>
  ANNOUNCEMENTS_FOLLOW.test(text) ||
  (text.length <= 300 &&
  PRESS_CONFERENCE_PHRASE.test(text) &&
  // "… held a press conference. Foreign Minister Wang Yi answered questions …" names its speaker too.
  (SPOKESPERSON_WORD.test(text) || LEAD_IN.test(text) || spokespersonInHeader(text) !== null) &&
  (findDate(text, 300) !== null || /[:：]$/.test(text) || ANSWERED_QUESTIONS.test(text)))

/** "洪磊首先发布消息：" — the spokesperson "first announced" what follows. */
const ANNOUNCEMENTS_FOLLOW = /^.{0,40}(?:首先[发發]布(?:以下)?消息|with the following announcements?)[:：]$/iu

const ANSWERED_QUESTIONS = /回答[记記]者提[问問]|answered (?:the )?(?:journalists'? |reporters'? )?questions/iu

export type FurnitureResult = { paragraphs: ClassifiedParagraph[]; dropped: DroppedLine[] }

const namesSpokesperson = (text: string): boolean => SPOKESPERSON_WORD.test(text) || spokespersonInHeader(text) !== null

/**
 * A portal's own heading for the conference ("「雙語」例行記者會/Regular Press Conference(2024-7-15)"),
 * with its own lines under it (the repost's date and section, "2024-07-16社會"), above the ministry's
 * title. The heading names no spokesperson; the title, further down, names one and gives the same
 * date. Returns the title's index, or null. A title directly under the heading is its other language
 * (a Chinese and an English title stacked), so at least one line must lie between them.
 */
const portalHeadingAbove = (top: ClassifiedParagraph[], firstAnchor: number): number | null => {
  const heading = top[firstAnchor]
  if (!heading || heading.kind !== 'transcript-title' || namesSpokesperson(heading.text)) return null
  const headingDate = findDate(heading.text)?.iso ?? null
  for (let index = firstAnchor + 2; index < top.length; index++) {
    const candidate = top[index] as ClassifiedParagraph
    if (candidate.kind === 'label') return null
    if (candidate.kind !== 'transcript-title' || !namesSpokesperson(candidate.text)) continue
    const date = findDate(candidate.text)?.iso ?? null
    return date !== null && (headingDate === null || headingDate === date) ? index : null
  }
  return null
}

/** A short line of figures between a release's title and its text: "28 Jul 15", "2016-05-17". */
const isFigureLine = (p: ClassifiedParagraph): boolean => {
  const digits = (p.text.match(/\d/gu) ?? []).length
  return p.text.length <= 40 && digits > 0 && digits * 3 >= p.text.replace(/\s/gu, '').length
}

/**
 * A release has no transcript title to anchor on, but its dated first sentence ("On March 14,
 * 2016, …", "2018年6月12日中午，…") gives its place away: the line above it is the title, with
 * at most a line of figures (its date) between them. Returns the title's index, or -1.
 */
const releaseTitleIndex = (top: ClassifiedParagraph[]): number => {
  const lead = top.findIndex((p) => p.kind === 'text' && foundInFirstSentence(p.text) !== null)
  if (lead < 1 || top.slice(0, lead).some((p) => p.kind === 'label')) return -1
  let title = lead - 1
  while (title > 0 && isFigureLine(top[title] as ClassifiedParagraph)) title--
  const candidate = top[title]
  if (!candidate || isFigureLine(candidate) || !couldBeFurniture(candidate) || /[.!?。！？]$/u.test(candidate.text)) return -1
  return title
}

/**
 * The short lines above a release's title are the page's menus, language links and sign-up
 * prompts, but titles stacked above it (a title and its subtitle, the Chinese and English titles)
 * must stay: they are cut only when one of them is something no title looks like.
 */
const isCutAboveRelease = (top: ClassifiedParagraph[], title: number): boolean => title > 0 && top.slice(0, title).some(cannotBeTitle)

/** A menu row ("首页 专题 直播 客户端"), a language link ("EN"), a prompt ("Not a member yet?", "Sign Up,"). */
const cannotBeTitle = (p: ClassifiedParagraph): boolean => {
  const tokens = p.text.split(/\s+/u)
  return (
    p.text.length <= 3 ||
    /[?？!！,，]$/u.test(p.text) ||
    /^\p{Ll}/u.test(p.text) ||
    (tokens.length >= 3 && tokens.every((t) => t.length <= 4) && /[\u3400-\u9fff]/u.test(p.text))
  )
}

/**
 * The kind of document, printed above its title: "SIARAN PERS", "Siaran Pers No. 22/PIH/KOMINFO/2/2010",
 * "PRESS RELEASE", "Press Releases|" (a ministry's section label), "新闻稿", "新聞公報（第12號）". Alone on
 * its line; never a title.
 */
const GENRE_WORDS =
  'siaran pers(?: bersama)?|rilis pers|keterangan pers|pernyataan pers|press releases?|news releases?|media releases?|press statements?|media statements?|joint press (?:release|statement)|for immediate release|untuk segera disiarkan|kenyataan (?:media|akhbar)|新闻稿|新聞稿|新闻公报|新聞公報|新闻通稿|新聞通稿|新闻发布|新聞發佈|新聞發布|媒体声明|媒體聲明'
/** The release's number after the label: "No. 12/2026", "Nomor: 123/HM/KOMINFO/11/2026", "（第12号）". */
const RELEASE_NUMBER = '(?:\\s*[-–—,:：]?\\s*(?:(?:no|nomor|nr|number|num)\\.?\\s*[:：]?\\s*[\\p{L}\\p{N}./\\-–]{1,40}|[（(]?\\s*第\\s*\\d{1,5}\\s*[号號期]\\s*[）)]?))?'
const GENRE_LABEL = new RegExp(`^[\\[【(（]?\\s*(?:${GENRE_WORDS})\\s*[\\]】)）]?${RELEASE_NUMBER}\\s*[|:：]?$`, 'iu')
/** The number on a line of its own under the label: "Nomor: 123/HM/KOMINFO/11/2026", "No. 12/2026". */
const NUMBER_LINE = /^(?:no|nomor|nr|number)\.?\s*[:：]?\s*[\p{N}][\p{L}\p{N}./\-–]{0,40}$/iu

export const isGenreLabel = (text: string): boolean => text.length <= 80 && GENRE_LABEL.test(text)

/**
 * Genre labels at the top of the page (before the first paragraph of text or speaker label), with
 * the number line under one. They are set aside, so the line under them is the title.
 */
const withoutGenreLabels = (paragraphs: ClassifiedParagraph[], dropped: DroppedLine[]): ClassifiedParagraph[] => {
  const remove = new Set<number>()
  for (let index = 0; index < Math.min(paragraphs.length, TITLE_SEARCH); index++) {
    const p = paragraphs[index] as ClassifiedParagraph
    if (p.kind === 'label' || p.kind === 'text') break
    if (!isGenreLabel(p.text)) continue
    remove.add(index)
    const next = paragraphs[index + 1]
    if (next && NUMBER_LINE.test(next.text)) remove.add(index + 1)
  }
  if (remove.size === 0) return paragraphs
  for (const index of remove) {
    const p = paragraphs[index] as ClassifiedParagraph
    dropped.push({ line: p.line, text: p.text, kind: 'genre label' })
  }
  return paragraphs.filter((_, index) => !remove.has(index))
}

export const setAsideHeaderFurniture = (input: ClassifiedParagraph[], directory: Directory): FurnitureResult => {
  const genreDropped: DroppedLine[] = []
  const paragraphs = joinSplitTitles(withoutGenreLabels(input, genreDropped), directory).map((p, index) =>
    index < TITLE_SEARCH && ORIGINAL_TITLE.test(p.text) ? classifyParagraph({ line: p.line, text: p.text.replace(ORIGINAL_TITLE, '') }, directory) : p,
  )
  const dropped: DroppedLine[] = [...genreDropped]
  const originalLines = new Set(input.filter((p) => ORIGINAL_TITLE.test(p.text)).map((p) => p.line))
  const original = paragraphs.slice(0, TITLE_SEARCH).findIndex((p) => originalLines.has(p.line))
  const top = paragraphs.slice(0, TITLE_SEARCH)
  const firstAnchor = top.findIndex(isAnchor)
  // A section name ("Regular Press Conference") above the dated title is the site's, not the title.
  const datedTitle = top.findIndex((p) => p.kind === 'transcript-title' && findDate(p.text) !== null)
  const found =
    original >= 0
      ? original
      : firstAnchor >= 0 && datedTitle > firstAnchor && top[firstAnchor]?.kind === 'transcript-title' && findDate(top[firstAnchor]?.text ?? '') === null && !SPOKESPERSON_WORD.test(top[firstAnchor]?.text ?? '')
        ? datedTitle
        : portalHeadingAbove(top, firstAnchor) ?? firstAnchor
  // A date line's title is the line just above it.
  const releaseTitle = found < 0 ? releaseTitleIndex(top) : -1
  const anchor =
    found > 0 && paragraphs[found]?.kind === 'press-conference-date' && paragraphs[found - 1]?.kind === 'title'
      ? found - 1
      : found >= 0
        ? found
        : isCutAboveRelease(top, releaseTitle)
          ? releaseTitle
          : -1
  let start = 0
  // A release's date written under its title in figures ("28 Jul 15") is not a paragraph of it.
  const releaseDateLines = releaseTitle >= 0 ? paragraphs.slice(releaseTitle + 1, TITLE_SEARCH) : []
  for (const p of releaseDateLines) {
    if (!isFigureLine(p) || findDate(p.text) !== null) break
    dropped.push({ line: p.line, text: p.text, kind: 'dateline' })
  }
  const droppedBelow = new Set(dropped.map((d) => d.line))
  if (anchor > 0) {
    const above = paragraphs.slice(0, anchor)
    if (above.every(couldBeFurniture)) {
      for (const p of above) if (p.kind !== 'date-only') dropped.push({ line: p.line, text: p.text, kind: 'above the title' })
      start = anchor
    }
  }
  const kept: ClassifiedParagraph[] = paragraphs.slice(0, start).filter((p) => p.kind === 'date-only')
  // The portal's heading set aside above "原标题：…" often comes again under it.
  const titles = new Set<string>(dropped.map((d) => d.text))
  let beforeFirstLabel = true
  for (const paragraph of paragraphs.slice(start)) {
    if (droppedBelow.has(paragraph.line)) continue
    if (paragraph.kind === 'label') beforeFirstLabel = false
    if (beforeFirstLabel && kept.length < 12) {
      if (isAnchor(paragraph) || paragraph.kind === 'title') {
        // The same title twice (a repost's heading, then the article's): one document, not two.
        if (titles.has(paragraph.text) && kept.some(isAnchor)) {
          dropped.push({ line: paragraph.line, text: paragraph.text, kind: 'repeated title' })
          continue
        }
        titles.add(paragraph.text)
      }
      // A spokesperson's bare name under the title is the photo's caption.
      if (titles.size > 0 && paragraph.text.length <= 40 && directory.findPerson(paragraph.text)?.englishName) {
        dropped.push({ line: paragraph.line, text: paragraph.text, kind: 'image caption' })
        continue
      }
      if ((titles.size > 0 || kept.length === 0) && paragraph.kind === 'text' && isLeadInDateLine(paragraph.text)) {
        kept.push({ ...paragraph, kind: 'press-conference-date' })
        continue
      }
    }
    kept.push(paragraph)
  }
  return { paragraphs: kept, dropped }
}
