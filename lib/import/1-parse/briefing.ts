import type { Locale } from '@/lib/i18n/locales'

import type { DocumentParts, Header } from './header'
import { issueAt as issue, localeName } from './issues'
import type { Directory } from './names'
import { AFTER_CONFERENCE_INLINE, extractSimilarQuestionNotes, isFollowUpText, isOnlyNote, unclosedBracket } from './notes'
import { spokespersonInHeader } from './classify'
import { firstSentenceDate } from './release'
import type { Built, ParsedItem, ParseIssue } from './types'

type Mode = 'opening' | 'question' | 'answer'

type ItemDraft = {
  line: number
  outlet: Partial<Record<Locale, string>>
  outletSlugs: string[]
  labels: Partial<Record<Locale, { question?: string; answer?: string; questionLine?: number; answerLine?: number }>>
  question: Partial<Record<Locale, string>>
  answer: Partial<Record<Locale, string[]>>
  similarQuestionFrom: string[]
  /** Asked under a bare "Follow-up:" / "追问：" label. */
  isFollowUpLabel: boolean
  isAfterConference: boolean
}

/** The English note that stands alone before a question asked after the conference (the Chinese inline form is in notes.ts). */
const AFTER_CONFERENCE_NOTE =
  /^(?:the )?following questions? (?:was|were) (?:raised|asked) after the (?:regular )?press conference\.?$|^pertanyaan berikut diajukan setelah konferensi pers\.?$/iu

const quoted = (text: string): string => `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`

/**
 * A regular press conference: opening statements (unlabelled paragraphs before the first
 * question), then questions and answers. An answer runs until the next label; in a bilingual
 * text the second language's question and answer join the item the first language opened.
 * A spokesperson's statement reads the same way: its unlabelled paragraphs are the statement's
 * text (`body`), and its questions and answers (often one, `Q:`/`A:`, `问：`/`答：`) its items.
 */
export const buildBriefing = ({ paragraphs, header, assignment, directory }: DocumentParts, kind: 'briefing' | 'statement' = 'briefing'): Built => {
  const { isBilingual, localeOf, locales, isChinese } = assignment
  const warnings: ParseIssue[] = []
  const opening: Partial<Record<Locale, string[]>> = {}
  const drafts: ItemDraft[] = []
  const mode: Partial<Record<Locale, Mode>> = {}
  const speakers = new Map<string, number>()
  const openingSpeakers = new Map<string, number>()
  const unknownOutlets = new Set<string>()
  let current: ItemDraft | null = null
  let afterConference = false

  const openItem = (line: number, isFollowUpLabel: boolean): ItemDraft => {
    const previous: ItemDraft | undefined = drafts[drafts.length - 1]
    const draft: ItemDraft = {
      line,
      // A bare "Follow-up:" comes from the reporter who asked last.
      outlet: isFollowUpLabel && previous ? { ...previous.outlet } : {},
      outletSlugs: isFollowUpLabel && previous ? previous.outletSlugs.slice(0, 1) : [],
      labels: {},
      question: {},
      answer: {},
      similarQuestionFrom: [],
      isFollowUpLabel,
      isAfterConference: afterConference,
    }
    drafts.push(draft)
    for (const key of locales) mode[key] = 'question'
    return draft
  }

  for (const paragraph of paragraphs.slice(header.end)) {
    const locale = localeOf(paragraph)
    const label = paragraph.kind === 'label' ? paragraph.label : null
    if (label && !label.hasColon) {
      const role = label.role === 'answer' ? 'spokesperson' : 'outlet'
      // A bare "Q"/"A" names nobody: say what it was read as.
      const read = label.name ? `${role} '${label.name}'` : `${label.role === 'answer' ? 'an answer' : 'a question'} ('${label.raw}')`
      warnings.push(issue(paragraph.line, `label without colon, read as ${read}.`))
    }

    if (label?.role === 'question') {
      if (label.name && !label.outletSlug && !unknownOutlets.has(label.name)) {
        unknownOutlets.add(label.name)
        warnings.push(issue(paragraph.line, `unknown outlet '${label.name}'; it is kept as written with no matching outlet.`))
      }
      const openInLabel = unclosedBracket(label.raw)
      if (openInLabel)
        warnings.push(
          issue(paragraph.line, `unclosed '${openInLabel}' in the label ${quoted(label.raw)}; read the outlet as '${label.name}'.`),
        )
      const joinsCurrent = isBilingual && current !== null && current.question[locale] === undefined && current.answer[locale] === undefined
      if (!joinsCurrent || !current) current = openItem(paragraph.line, isFollowUpText(label.raw))
      current.question[locale] = label.text
      if (label.name) current.outlet[locale] = label.name
      if (label.outletSlug) current.outletSlugs.push(label.outletSlug)
      const labels = (current.labels[locale] ??= {})
      labels.question = label.raw
      labels.questionLine = paragraph.line
      mode[locale] = 'question'
      continue
    }

    if (label?.role === 'answer') {
      const speaker = label.person?.englishName || label.name
      if (!current) {
        // Before the first question someone opens the conference (a colleague may introduce the
        // new spokesperson): that is not answering, so it only names the spokesperson when nothing else does.
        if (speaker) openingSpeakers.set(speaker, (openingSpeakers.get(speaker) ?? 0) + 1)
        if (label.text) (opening[locale] ??= []).push(label.text)
        continue
      }
      if (speaker) speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1)
      const answer = (current.answer[locale] ??= [])
      if (mode[locale] === 'answer' && answer.length > 0) {
        warnings.push(
          issue(paragraph.line, `a second answer label with no question in between; read as more of q${drafts.length}'s answer.`),
        )
      }
      if (label.text) answer.push(label.text)
      const labels = (current.labels[locale] ??= {})
      labels.answer = label.raw
      labels.answerLine ??= paragraph.line
      mode[locale] = 'answer'
      continue
    }

    const { text } = paragraph
    if (!label && AFTER_CONFERENCE_NOTE.test(text)) {
      afterConference = true
      continue
    }
    const inline = !label && current ? AFTER_CONFERENCE_INLINE.exec(text) : null
    if (inline) {
      afterConference = true
      current = openItem(paragraph.line, false)
      current.question[locale] = text.slice(inline[0].length)
      current.labels[locale] = { question: inline[0].trim(), questionLine: paragraph.line }
      continue
    }
    if (current && isOnlyNote(text)) {
      current.similarQuestionFrom.push(...extractSimilarQuestionNotes(text).outlets)
      continue
    }
    // A Chinese line between the questions and answers of an English or Indonesian transcript: a
    // study site's translation printed beside them (a bilingual page has as many of one as of the
    // other, and is read as bilingual above). It is not this language's text: listed, not kept.
    if (current && !isBilingual && locale !== 'zh' && isChinese(paragraph)) {
      warnings.push(issue(paragraph.line, `a Chinese line inside this ${localeName(locale)} transcript, set aside (not this language's text): ${quoted(text)}.`))
      continue
    }
    const state = mode[locale] ?? 'opening'
    if (state === 'opening' || !current) (opening[locale] ??= []).push(text)
    else if (state === 'question') current.question[locale] = current.question[locale] ? `${current.question[locale]}\n\n${text}` : text
    else (current.answer[locale] ??= []).push(text)
  }

  const items = drafts.map((draft, index) => finishItem({ draft, index, previous: drafts[index - 1], locales, isBilingual, warnings }))
  // A statement may name its speaker and date only in its first sentence ("On September 2, 2024,
  // Foreign Ministry Spokesperson Lin Jian issued the following statement."), as a release does.
  const body = paragraphs.slice(header.end)
  const lede = kind === 'statement' ? body.find((paragraph) => paragraph.kind !== 'label') : undefined
  const named = header.spokespersonName ?? (lede ? spokespersonInHeader(lede.text) : null)
  const spokesperson = pickSpokesperson({ speakers, openingSpeakers, header: { ...header, spokespersonName: named }, directory, warnings, line: paragraphs[0]?.line ?? 1 })
  const date = header.titleDate ?? header.lineDate ?? (kind === 'statement' ? firstSentenceDate(body, assignment) : null)
  const startLine = paragraphs[0]?.line ?? 1
  if (!date) warnings.push(issue(startLine, `no date found in the title or the date line of this ${kind}.`))
  if (items.length === 0 && kind === 'briefing') warnings.push(issue(startLine, 'no questions found in this briefing; only opening statements were read.'))
  if (isBilingual) checkOpeningCounts({ opening, locales, line: startLine, warnings })

  return {
    ok: true,
    document: {
      kind,
      locales,
      date,
      publishedAt: header.publishedAt,
      title: header.title,
      spokesperson,
      openingStatements: kind === 'briefing' ? opening : {},
      items,
      body: kind === 'statement' ? opening : {},
      startLine,
      endLine: paragraphs[paragraphs.length - 1]?.line ?? startLine,
      warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    },
  }
}

type FinishArgs = {
  draft: ItemDraft
  index: number
  previous: ItemDraft | undefined
  locales: Locale[]
  isBilingual: boolean
  warnings: ParseIssue[]
}

const finishItem = ({ draft, index, previous, locales, isBilingual, warnings }: FinishArgs): ParsedItem => {
  const key = `q${index + 1}`
  const question: Partial<Record<Locale, string>> = {}
  const similar = [...draft.similarQuestionFrom]
  let followUp = draft.isFollowUpLabel
  for (const [locale, text] of Object.entries(draft.question) as [Locale, string][]) {
    const labels = draft.labels[locale]
    const line = labels?.questionLine ?? draft.line
    const extracted = extractSimilarQuestionNotes(text)
    similar.push(...extracted.outlets)
    if (!extracted.text) {
      warnings.push(issue(line, `question label ${quoted(labels?.question ?? '')} has no text.`))
      continue
    }
    question[locale] = extracted.text
    if (isFollowUpText(extracted.text)) followUp = true
    const open = unclosedBracket(extracted.text)
    if (open) warnings.push(issue(line, `unclosed '${open}' in ${key}'s question; a note in brackets may be cut off.`))
  }

  const answer: Partial<Record<Locale, string[]>> = {}
  for (const [locale, paragraphs] of Object.entries(draft.answer) as [Locale, string[]][]) {
    if (paragraphs.length) answer[locale] = paragraphs
    else {
      const labels = draft.labels[locale]
      warnings.push(issue(labels?.answerLine ?? draft.line, `answer label ${quoted(labels?.answer ?? '')} has no text.`))
    }
  }
  if (Object.keys(answer).length === 0 && Object.keys(draft.answer).length === 0) {
    warnings.push(issue(draft.line, `${key} has a question but no answer after it.`))
  }

  const slugs = [...new Set(draft.outletSlugs)]
  if (slugs.length > 1) warnings.push(issue(draft.line, `${key}'s labels name different outlets (${slugs.join(', ')}); the first is used.`))
  const outletSlug = slugs[0] ?? null
  if (!followUp && previous && Object.keys(previous.answer).length > 0) {
    const previousSlug = previous.outletSlugs[0] ?? null
    const sameSlug = outletSlug !== null && outletSlug === previousSlug
    const sameName = locales.some((l) => draft.outlet[l] !== undefined && draft.outlet[l] === previous.outlet[l])
    followUp = sameSlug || sameName
  }

  if (isBilingual) checkTranslations({ key, line: draft.line, question, answer, locales, warnings })
  const item: ParsedItem = { key, line: draft.line, outlet: draft.outlet, outletSlug, question, answer, followUp, similarQuestionFrom: [...new Set(similar)] }
  return draft.isAfterConference ? { ...item, askedAfterConference: true } : item
}

type TranslationCheck = {
  key: string
  line: number
  question: Partial<Record<Locale, string>>
  answer: Partial<Record<Locale, string[]>>
  locales: Locale[]
  warnings: ParseIssue[]
}

const checkTranslations = ({ key, line, question, answer, locales, warnings }: TranslationCheck): void => {
  for (const locale of locales) {
    if (question[locale] === undefined) warnings.push(issue(line, `${key} has no ${localeName(locale)} question.`))
  }
  const [a, b] = locales
  if (!a || !b) return
  const countA = answer[a]?.length ?? 0
  const countB = answer[b]?.length ?? 0
  if (countA !== countB) {
    warnings.push(
      issue(line, `${key} has ${countA} ${localeName(a)} and ${countB} ${localeName(b)} answer paragraphs; the languages do not line up.`),
    )
  }
}

type OpeningCheck = { opening: Partial<Record<Locale, string[]>>; locales: Locale[]; line: number; warnings: ParseIssue[] }

const checkOpeningCounts = ({ opening, locales, line, warnings }: OpeningCheck): void => {
  const [a, b] = locales
  if (!a || !b) return
  const countA = opening[a]?.length ?? 0
  const countB = opening[b]?.length ?? 0
  if (countA !== countB) {
    warnings.push(
      issue(
        line,
        `the opening statements have ${countA} ${localeName(a)} and ${countB} ${localeName(b)} paragraphs; the languages do not line up.`,
      ),
    )
  }
}

type SpokespersonArgs = {
  speakers: Map<string, number>
  openingSpeakers: Map<string, number>
  header: Header
  directory: Directory
  warnings: ParseIssue[]
  line: number
}

const mostFrequent = (counts: Map<string, number>): string | undefined => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]

/**
 * The person who answers questions most often, else the one the title or date line names, else the
 * one who speaks (under a label) before the first question.
 */
const pickSpokesperson = ({ speakers, openingSpeakers, header, directory, warnings, line }: SpokespersonArgs): string | null => {
  const written = mostFrequent(speakers) ?? header.spokespersonName ?? mostFrequent(openingSpeakers)
  if (!written) return null
  const person = directory.findPerson(written)
  if (person?.slug) return person.englishName || written
  warnings.push(issue(line, `spokesperson '${written}' is not a known person; check the name.`))
  return person?.englishName || written
}
