import type { Locale } from '@/lib/i18n/locales'

import type { MergedDocument, MergedItem } from './model'
import type { SourcedDocument } from './sources'

import { alignByOutlet, askerOfParsed, misalignment, type Pairing } from './align'
import { excerpt, localeName } from '../1-parse/issues'
import { titleFromFirstSentence } from './title'
import { collectionOfImportKind, newsroomType } from '@/lib/newsroom/registry'

/**
 * Joins translations of one document found in separate texts (the ministry publishes the Chinese
 * and English transcripts of one briefing as unrelated pages) into one document with several
 * languages. Two documents are translations of each other when they have the same kind and date
 * and no language in common; for briefings their Q&A lists must also pair up row by row and name
 * the same spokesperson. What cannot be paired for certain is reported, not guessed.
 */

const withDerivedTitles = (merged: MergedDocument): MergedDocument => {
  if (merged.kind !== 'press-release') return merged
  for (const locale of merged.locales) {
    if (merged.title[locale]) continue
    const derived = titleFromFirstSentence(merged.body[locale]?.[0] ?? '')
    if (!derived) continue
    merged.title[locale] = derived
    merged.derivedTitle.push(locale)
    merged.warnings.push(
      `${merged.fileOf[locale] ?? 'text'}: no title line, so the ${localeName(locale)} title was taken from the first sentence: ${excerpt(derived, 90)}. Rewrite it in the admin.`,
    )
  }
  return merged
}

const fromSourced = ({ file, document, warnings, setAside }: SourcedDocument): MergedDocument => {
  const merged: MergedDocument = {
    kind: document.kind,
    date: document.date,
    publishedAt: document.publishedAt ?? null,
    locales: [...document.locales],
    fileOf: Object.fromEntries(document.locales.map((locale) => [locale, file])),
    title: { ...document.title },
    derivedTitle: [],
    spokesperson: document.spokesperson,
    openingStatements: { ...document.openingStatements },
    items: document.items.map(({ key, outlet, outletSlug, question, answer, followUp, similarQuestionFrom, askedAfterConference }) => ({
      key,
      outlet: { ...outlet },
      outletSlug,
      question: { ...question },
      answer: { ...answer },
      followUp,
      similarQuestionFrom: [...similarQuestionFrom],
      ...(askedAfterConference ? { askedAfterConference } : {}),
    })),
    body: { ...document.body },
    setAside: [...setAside],
    warnings: [...warnings],
    errors: [],
  }
  if (document.kind !== 'press-release' && !document.date) {
    merged.errors.push(
      `${file}: lines ${document.startLine}–${document.endLine}: no date found for this ${document.kind} (a title or a line like "On September 4, 2024, …" gives it); not imported.`,
    )
  }
  return withDerivedTitles(merged)
}

const filesOf = (merged: MergedDocument): string => [...new Set(Object.values(merged.fileOf))].join(', ')

/** Why `incoming` cannot be merged into `target`, or null when it can. */
const briefingMismatch = (target: MergedDocument, incoming: MergedDocument): string | null => {
  if (target.spokesperson && incoming.spokesperson && target.spokesperson !== incoming.spokesperson) {
    return `the spokesperson is ${target.spokesperson} in ${filesOf(target)} but ${incoming.spokesperson} in ${filesOf(incoming)}`
  }
  return misalignment(
    { name: filesOf(target), askers: target.items.map(askerOfParsed) },
    { name: filesOf(incoming), askers: incoming.items.map(askerOfParsed) },
  )
}

const mergeItem = (target: MergedItem, incoming: MergedItem): MergedItem => ({
  key: target.key,
  outlet: { ...target.outlet, ...incoming.outlet },
  outletSlug: target.outletSlug ?? incoming.outletSlug,
  question: { ...target.question, ...incoming.question },
  answer: { ...target.answer, ...incoming.answer },
  // "To follow up" may be said in one language and not the other; either one makes it a follow-up.
  followUp: target.followUp || incoming.followUp,
  similarQuestionFrom: [...new Set([...target.similarQuestionFrom, ...incoming.similarQuestionFrom])],
  ...(target.askedAfterConference || incoming.askedAfterConference ? { askedAfterConference: true as const } : {}),
})

const mergeInto = (target: MergedDocument, incoming: MergedDocument, pairing?: Pairing): void => {
  const items = pairing ? pairedItems(target, incoming, pairing) : null
  target.locales.push(...incoming.locales)
  Object.assign(target.fileOf, incoming.fileOf)
  Object.assign(target.title, incoming.title)
  target.derivedTitle.push(...incoming.derivedTitle)
  target.spokesperson ??= incoming.spokesperson
  Object.assign(target.openingStatements, incoming.openingStatements)
  Object.assign(target.body, incoming.body)
  target.items =
    items ??
    target.items.map((item, index) => {
      const other = incoming.items[index]
      return other ? mergeItem(item, other) : item
    })
  target.publishedAt ??= incoming.publishedAt
  target.setAside.push(...incoming.setAside)
  target.warnings.push(...incoming.warnings)
  target.errors.push(...incoming.errors)
}

/**
 * Items of two versions whose question counts differ, merged where they pair and kept in one
 * language where they do not, in order and renumbered; each unpaired one is reported.
 */
const pairedItems = (target: MergedDocument, incoming: MergedDocument, pairing: Pairing): MergedItem[] => {
  const languages = (merged: MergedDocument) => merged.locales.map(localeName).join(' and ')
  return pairing.map(([left, right], index) => {
    const key = `q${index + 1}`
    const a = left === null ? undefined : target.items[left]
    const b = right === null ? undefined : incoming.items[right]
    if (a && b) return { ...mergeItem(a, b), key }
    const only = (a ?? b) as MergedItem
    const [has, lacks] = a ? [target, incoming] : [incoming, target]
    const outlet = Object.values(only.outlet).find(Boolean)
    target.warnings.push(
      `${key}${outlet ? ` (${outlet})` : ''} is only in ${filesOf(has)}: ${filesOf(lacks)} has no ${languages(lacks)} version of it, so it is imported in ${languages(has)} only.`,
    )
    return { ...only, key }
  })
}

/** At least this share of the shorter list must pair before two versions with different counts are merged. */
const MIN_PAIRED_SHARE = 0.6

/** A pairing of two versions whose question counts differ, when enough of it is certain; else null. */
const partialPairing = (target: MergedDocument, incoming: MergedDocument): Pairing | null => {
  if (target.items.length === incoming.items.length) return null
  if (target.spokesperson && incoming.spokesperson && target.spokesperson !== incoming.spokesperson) return null
  const { pairs, paired, certain } = alignByOutlet(target.items.map(askerOfParsed), incoming.items.map(askerOfParsed))
  const shorter = Math.min(target.items.length, incoming.items.length)
  // Without one outlet that pairs for certain, where the missing questions belong is a guess.
  return certain > 0 && paired >= Math.ceil(shorter * MIN_PAIRED_SHARE) ? pairs : null
}

/** What the admin calls this kind of document ("press release", "statement"). */
const labelsOf = (merged: MergedDocument) => newsroomType(collectionOfImportKind(merged.kind)!).labels

const sharesLocale = (a: MergedDocument, b: MergedDocument): boolean => a.locales.some((locale) => b.locales.includes(locale))

const paragraphCount = (merged: MergedDocument, locale: Locale): number => merged.body[locale]?.length ?? 0

export const mergeDocuments = (sourced: readonly SourcedDocument[]): MergedDocument[] => {
  const singles = sourced.map(fromSourced)
  const groupKey = (merged: MergedDocument) => (merged.date ? `${merged.kind} ${merged.date}` : null)
  const groups = new Map<string, MergedDocument[]>()
  for (const merged of singles) {
    const key = groupKey(merged)
    if (key) groups.set(key, [...(groups.get(key) ?? []), merged])
  }

  const result: MergedDocument[] = []
  const absorbed = new Set<MergedDocument>()
  for (const merged of singles) {
    if (absorbed.has(merged)) continue
    result.push(merged)
    const key = groupKey(merged)
    const group = key ? (groups.get(key) ?? []) : []
    if (group[0] !== merged || group.length < 2) continue
    // Two texts of one date in the same language: which translation belongs to which is anyone's guess.
    if (group.some((a, i) => group.some((b, j) => i < j && sharesLocale(a, b)))) {
      for (const member of group) {
        member.warnings.push(
          `not merged with other texts of ${member.date}: ${group.length} ${labelsOf(member).plural} of that date share a language, so it is unclear which are translations of which.`,
        )
      }
      continue
    }
    for (const incoming of group.slice(1)) {
      absorbed.add(incoming)
      // Documents with Q&A items (briefings, statements) must pair row by row and share the spokesperson.
      const reason = merged.kind !== 'press-release' ? briefingMismatch(merged, incoming) : null
      const pairing = reason ? partialPairing(merged, incoming) : null
      if (pairing) {
        mergeInto(merged, incoming, pairing)
        continue
      }
      if (reason) {
        const languages = incoming.locales.map(localeName).join(' and ')
        incoming.errors.push(
          `${languages} of ${filesOf(incoming)} not merged with ${filesOf(merged)}: ${reason}. Nothing of it was imported: fix the text, or if it is a different ${labelsOf(incoming).singular}, import it on its own.`,
        )
        result.push(incoming)
        continue
      }
      const [targetLocale] = merged.locales
      const [incomingLocale] = incoming.locales
      if (merged.kind !== 'briefing' && targetLocale && incomingLocale) {
        const [a, b] = [paragraphCount(merged, targetLocale), paragraphCount(incoming, incomingLocale)]
        if (a !== b) {
          incoming.warnings.push(
            `${filesOf(incoming)}: merged with ${filesOf(merged)} as a translation (same date) although it has ${b} paragraphs and the other ${a}; check they are the same ${labelsOf(merged).singular}.`,
          )
        }
      }
      mergeInto(merged, incoming)
    }
  }
  return result
}
