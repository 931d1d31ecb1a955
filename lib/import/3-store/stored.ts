import type { Locale } from '@/lib/i18n/locales'

import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { idOf, idsOf, type Id } from '@/lib/db/ids'

/**
 * A stored release or briefing as read with `locale: 'all'` and `depth: 0`: localized values are
 * `{ id, zh, en }` maps, relationships are ids. Read defensively: other people's edits (or older
 * imports) may have left any field empty.
 */
export type StoredDoc = Record<string, unknown> & { id: number | string }


export type StoredRow = {
  id: string | null
  key: string | null
  outlet: Id | null
  followUp: boolean
  similarQuestionFrom: Id[]
  topics: Id[]
  question: Partial<Record<Locale, string>>
  answer: Partial<Record<Locale, unknown>>
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)


const localized = (value: unknown, locale: Locale): unknown => (isRecord(value) ? value[locale] : undefined)

/** Text of a localized text field in one locale, trimmed; '' when empty. */
export const storedText = (value: unknown, locale: Locale): string => {
  const text = localized(value, locale)
  return typeof text === 'string' ? text.trim() : ''
}

/** Paragraphs of a localized rich text field in one locale. */
export const storedParagraphs = (value: unknown, locale: Locale): string[] => richTextToParagraphs(localized(value, locale))

export const storedRows = (doc: StoredDoc): StoredRow[] =>
  (Array.isArray(doc.items) ? doc.items : []).filter(isRecord).map((row) => ({
    id: typeof row.id === 'string' ? row.id : row.id === undefined || row.id === null ? null : String(row.id),
    key: typeof row.key === 'string' && row.key ? row.key : null,
    outlet: idOf(row.outlet),
    followUp: row.followUp === true,
    similarQuestionFrom: idsOf(row.similarQuestionFrom),
    topics: idsOf(row.topics),
    question: isRecord(row.question) ? (row.question as Partial<Record<Locale, string>>) : {},
    answer: isRecord(row.answer) ? (row.answer as Partial<Record<Locale, unknown>>) : {},
  }))

/** True when a locale has any text in the Q&A rows. */
export const rowsHaveText = (rows: readonly StoredRow[], locale: Locale): boolean =>
  rows.some((row) => storedText(row.question, locale) !== '' || storedParagraphs(row.answer, locale).length > 0)

/** The stored title in every locale that has one. */
export const storedTitles = (doc: StoredDoc): string[] =>
  isRecord(doc.title) ? Object.values(doc.title).filter((title): title is string => typeof title === 'string' && title.trim() !== '') : []
