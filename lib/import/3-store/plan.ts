import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'

import type { ImportDirectory } from './directory'
import type { MergedDocument, MergedItem } from '../2-merge/model'
import type { Id } from '@/lib/db/ids'
import type { StoredDoc, StoredRow } from './stored'

import { type Asker, askerOfParsed, misalignment } from '../2-merge/align'
import { localeName } from '../1-parse/issues'
import { idOf } from '@/lib/db/ids'
import { rowsHaveText, storedParagraphs, storedRows, storedText } from './stored'
import { sourceLocaleAmong } from '@/lib/newsroom/sourceLanguage'

/**
 * Decides what importing one merged document does to the database, without touching it: create
 * it, update exactly the languages whose text differs from what is stored, or nothing. Comparing
 * texts first is what makes a repeated import change nothing (no version, no audit entry).
 */

/** One Q&A row as it will be stored: shared fields; the text is per locale in `LocaleContent`. */
export type RowPlan = {
  /** The stored row's id (its text in other languages hangs off it); null for a new row. */
  id: string | null
  /** Null lets the collection give a new row the next free key. */
  key: string | null
  outlet: Id | null
  followUp: boolean
  similarQuestionFrom: Id[]
  topics: Id[]
}

export type LocaleContent = {
  /** Absent: leave the stored title alone. */
  title?: string
  body?: string[]
  openingStatements?: string[]
  items?: { question: string; answer: string[] }[]
}

export type SharedFields = { spokesperson: Id | null }

export type Plan =
  | {
      action: 'create'
      sourceLocale: Locale
      shared: SharedFields
      rows: RowPlan[]
      /** Source language first: translations are written after the text they translate. */
      content: [Locale, LocaleContent][]
    }
  | { action: 'update'; id: Id; shared: Partial<SharedFields>; rows: RowPlan[]; content: [Locale, LocaleContent][] }
  | { action: 'unchanged'; id: Id }
  | { action: 'failed'; id: Id | null; error: string }

export type PlanResult = { plan: Plan; warnings: string[] }

/** The source of an imported document: lib/newsroom/sourceLanguage.ts decides. */
export const sourceLocaleOf = (merged: MergedDocument): Locale => sourceLocaleAmong(merged.locales)

const sameParagraphs = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((text, index) => text.trim() === b[index]?.trim())

const resolveSpokesperson = (merged: MergedDocument, directory: ImportDirectory, warnings: string[]): Id | null => {
  if (!merged.spokesperson) return null
  const person = directory.people.find((candidate) => candidate.englishName === merged.spokesperson)
  const id = person ? directory.personIdBySlug.get(person.slug) : undefined
  if (id === undefined) {
    warnings.push(
      `spokesperson ${merged.spokesperson} is not in People, so the briefing's spokesperson is left empty: add the person, then import again or pick them in the admin.`,
    )
    return null
  }
  return id
}

const resolveOutlet = (item: MergedItem, directory: ImportDirectory): Id | null =>
  (item.outletSlug ? directory.outletIdBySlug.get(item.outletSlug) : undefined) ?? null

const resolveSimilar = (item: MergedItem, directory: ImportDirectory, warnings: string[]): Id[] => {
  const ids: Id[] = []
  for (const name of item.similarQuestionFrom) {
    const slug = directory.findOutletSlug(name)
    const id = slug ? directory.outletIdBySlug.get(slug) : undefined
    if (id === undefined) warnings.push(`${item.key}: similar question from '${name}', which is not in Outlets; not linked.`)
    else if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

const contentFor = (merged: MergedDocument, locale: Locale, storedTitle: string): LocaleContent => {
  const content: LocaleContent = {}
  const title = merged.title[locale]
  // A derived title is a placeholder: it never replaces a title someone wrote.
  if (title && !(merged.derivedTitle.includes(locale) && storedTitle)) content.title = title
  if (merged.kind !== 'briefing') content.body = merged.body[locale] ?? []
  if (merged.kind === 'press-release') return content
  if (merged.kind === 'briefing') content.openingStatements = merged.openingStatements[locale] ?? []
  content.items = merged.items.map((item) => ({ question: item.question[locale] ?? '', answer: item.answer[locale] ?? [] }))
  return content
}

const differs = (content: LocaleContent, stored: StoredDoc, rows: readonly StoredRow[], locale: Locale): boolean => {
  if (content.title !== undefined && content.title.trim() !== storedText(stored.title, locale)) return true
  if (content.body && !sameParagraphs(content.body, storedParagraphs(stored.body, locale))) return true
  if (content.openingStatements && !sameParagraphs(content.openingStatements, storedParagraphs(stored.openingStatements, locale))) {
    return true
  }
  if (!content.items) return false
  if (content.items.length !== rows.length) return true
  return content.items.some(
    (item, index) =>
      item.question.trim() !== storedText(rows[index]?.question, locale) ||
      !sameParagraphs(item.answer, storedParagraphs(rows[index]?.answer, locale)),
  )
}

const storedAsker = (row: StoredRow, directory: ImportDirectory): Asker => {
  const slug = row.outlet === null ? undefined : directory.outletSlugById.get(String(row.outlet))
  return slug ? { kind: 'outlet', slug, label: slug } : { kind: 'unspecified' }
}

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id, index) => String(id) === String(b[index]))

const sameRows = (a: readonly RowPlan[], b: readonly StoredRow[]) =>
  a.length === b.length &&
  a.every((row, index) => {
    const stored = b[index]
    return (
      stored !== undefined &&
      row.id === stored.id &&
      String(row.outlet) === String(stored.outlet) &&
      row.followUp === stored.followUp &&
      sameIds(row.similarQuestionFrom, stored.similarQuestionFrom)
    )
  })

/** A new document: every language of it, source first. */
const planCreate = (merged: MergedDocument, directory: ImportDirectory, warnings: string[]): Plan => {
  const sourceLocale = sourceLocaleOf(merged)
  const order = [sourceLocale, ...merged.locales.filter((locale) => locale !== sourceLocale)]
  return {
    action: 'create',
    sourceLocale,
    shared: { spokesperson: merged.kind !== 'press-release' ? resolveSpokesperson(merged, directory, warnings) : null },
    rows: merged.items.map((item) => ({
      id: null,
      key: item.key,
      outlet: resolveOutlet(item, directory),
      followUp: item.followUp,
      similarQuestionFrom: resolveSimilar(item, directory, warnings),
      topics: [],
    })),
    content: order.map((locale) => [locale, contentFor(merged, locale, '')]),
  }
}

/**
 * The rows an update writes. Stored rows keep their ids and keys (so other languages' text and
 * #q anchors stay put); outlets and notes missing from them are filled in, never replaced. Rows
 * are added or dropped only when no other language has Q&A text that would lose its pairing.
 */
const planRows = (
  merged: MergedDocument,
  stored: StoredDoc,
  directory: ImportDirectory,
  warnings: string[],
): { rows: RowPlan[] } | { error: string } => {
  const rows = storedRows(stored)
  const incoming = merged.items
  const files = [...new Set(Object.values(merged.fileOf))].join(', ')
  const reason = misalignment(
    { name: files, askers: incoming.map(askerOfParsed) },
    { name: `the stored briefing`, askers: rows.map((row) => storedAsker(row, directory)) },
  )
  const others = locales.filter((locale) => !merged.locales.includes(locale) && rowsHaveText(rows, locale))
  if (reason && others.length > 0) {
    return {
      error: `${merged.locales.map(localeName).join(' and ')} not merged into the stored briefing: ${reason}, and its ${others
        .map(localeName)
        .join(' and ')} text is paired with the stored questions. Nothing was written; change the questions in the admin.`,
    }
  }
  if (reason) warnings.push(`the questions differ from the stored briefing (${reason}); its rows were rebuilt from this text.`)
  return {
    rows: incoming.map((item, index) => {
      const row = reason ? undefined : rows[index]
      const kept = rows[index]
      const similar = resolveSimilar(item, directory, warnings)
      return {
        id: kept?.id ?? null,
        key: kept?.key ?? null,
        outlet: row?.outlet ?? resolveOutlet(item, directory),
        followUp: (row?.followUp ?? false) || item.followUp,
        similarQuestionFrom: row && row.similarQuestionFrom.length > 0 ? row.similarQuestionFrom : similar,
        topics: kept?.topics ?? [],
      }
    }),
  }
}

/** An existing document: the languages whose text changed, plus any shared field it lacked. */
const planUpdate = (merged: MergedDocument, stored: StoredDoc, directory: ImportDirectory, warnings: string[]): Plan => {
  // Briefings and statements have Q&A rows (and a spokesperson); releases have neither.
  const hasItems = merged.kind !== 'press-release'
  const planned = hasItems ? planRows(merged, stored, directory, warnings) : { rows: [] }
  if ('error' in planned) return { action: 'failed', id: stored.id, error: planned.error }
  const rows = storedRows(stored)
  const shared: Partial<SharedFields> = {}
  if (hasItems && idOf(stored.spokesperson) === null) {
    const spokesperson = resolveSpokesperson(merged, directory, warnings)
    if (spokesperson !== null) shared.spokesperson = spokesperson
  }
  const rowsChanged = hasItems && !sameRows(planned.rows, rows)
  const content = merged.locales
    .map((locale): [Locale, LocaleContent] => [locale, contentFor(merged, locale, storedText(stored.title, locale))])
    .filter(([locale, localeContent]) => rowsChanged || differs(localeContent, stored, rows, locale))
  if (content.length === 0 && Object.keys(shared).length === 0) return { action: 'unchanged', id: stored.id }
  const [first] = merged.locales
  if (content.length === 0 && first) content.push([first, contentFor(merged, first, storedText(stored.title, first))])
  return { action: 'update', id: stored.id, shared, rows: planned.rows, content }
}

export const planDocument = (merged: MergedDocument, stored: StoredDoc | null, directory: ImportDirectory): PlanResult => {
  const warnings: string[] = []
  if (merged.errors.length > 0) return { plan: { action: 'failed', id: stored?.id ?? null, error: merged.errors.join(' ') }, warnings }
  const plan = stored ? planUpdate(merged, stored, directory, warnings) : planCreate(merged, directory, warnings)
  return { plan, warnings }
}
