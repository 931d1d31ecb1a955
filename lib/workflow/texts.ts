import type { Locale } from '@/lib/i18n/locales'

import { richTextToPlainText } from '@/lib/richText/paragraphs'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

/**
 * A document's translatable text for one locale, flattened to `path → plain text`:
 * `title`, `summary`, `body`, … and, for briefings, `items.q3.question` / `items.q3.answer`
 * (keyed by the item's stable key, so reordering items changes nothing). This is the unit of
 * staleness and of the publishing gate.
 */
export type LocaleTexts = Record<string, string>

/** A document as read with `locale: 'all'`: localized values are `{ id, zh, en }` maps. */
export type AllLocalesDoc = Record<string, unknown>

/** `locale: null` reads a document fetched in a single locale, whose values are the text itself. */
const pick = (value: unknown, locale: Locale | null): unknown => {
  if (locale === null) return value
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[locale] : undefined
}

const toText = (value: unknown, rich: boolean): string =>
  rich ? richTextToPlainText(value) : typeof value === 'string' ? value.trim() : ''

type ItemRow = Record<string, unknown> & { key?: string | null }

export const extractLocaleTexts = (
  collection: NewsroomCollection,
  doc: AllLocalesDoc,
  locale: Locale | null,
): LocaleTexts => {
  const { textFields, items } = newsroomType(collection)
  const texts: LocaleTexts = {}
  for (const field of textFields) {
    texts[field.name] = toText(pick(doc[field.name], locale), field.rich)
  }
  const rows = items ? doc[items.field] : null
  if (items && Array.isArray(rows)) {
    for (const item of rows as ItemRow[]) {
      if (!item.key) continue
      for (const part of [items.question, items.answer]) {
        texts[`${items.field}.${item.key}.${part.name}`] = toText(pick(item[part.name], locale), part.rich)
      }
    }
  }
  return texts
}

/** True when any translatable field of the locale has text: a locale with none is "missing". */
export const hasAnyText = (texts: LocaleTexts): boolean => Object.values(texts).some((text) => text.length > 0)

/**
 * How far a translation has come: of the parts the source has text in (title, summary, each
 * question and answer …), how many this language has text for that is not stale against a change
 * made to the source since its approval. The source language itself is complete by definition.
 */
export const translationProgress = (
  sourceTexts: LocaleTexts,
  texts: LocaleTexts,
  stalePaths: readonly string[],
): { done: number; total: number } => {
  const parts = Object.keys(sourceTexts).filter((path) => sourceTexts[path]!.length > 0)
  const stale = new Set(stalePaths)
  return { done: parts.filter((path) => (texts[path] ?? '').length > 0 && !stale.has(path)).length, total: parts.length }
}
