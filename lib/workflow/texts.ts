import type { Locale } from '@/lib/i18n/locales'

import { richTextToPlainText } from '@/lib/richText/paragraphs'

import type { WorkflowCollection } from './states'

/**
 * A document's translatable text for one locale, flattened to `path → plain text`:
 * `title`, `summary`, `body`, … and, for briefings, `items.q3.question` / `items.q3.answer`
 * (keyed by the item's stable key, so reordering items changes nothing). This is the unit of
 * staleness and of the publishing gate.
 */
export type LocaleTexts = Record<string, string>

/** A document as read with `locale: 'all'`: localized values are `{ id, zh, en }` maps. */
export type AllLocalesDoc = Record<string, unknown>

const localizedFields: Record<WorkflowCollection, { name: string; rich: boolean }[]> = {
  'press-releases': [
    { name: 'title', rich: false },
    { name: 'summary', rich: false },
    { name: 'location', rich: false },
    { name: 'body', rich: true },
  ],
  briefings: [
    { name: 'title', rich: false },
    { name: 'summary', rich: false },
    { name: 'openingStatements', rich: true },
  ],
}

/** `locale: null` reads a document fetched in a single locale, whose values are the text itself. */
const pick = (value: unknown, locale: Locale | null): unknown => {
  if (locale === null) return value
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[locale] : undefined
}

const toText = (value: unknown, rich: boolean): string =>
  rich ? richTextToPlainText(value) : typeof value === 'string' ? value.trim() : ''

type ItemRow = { key?: string | null; question?: unknown; answer?: unknown }

export const extractLocaleTexts = (
  collection: WorkflowCollection,
  doc: AllLocalesDoc,
  locale: Locale | null,
): LocaleTexts => {
  const texts: LocaleTexts = {}
  for (const field of localizedFields[collection]) {
    texts[field.name] = toText(pick(doc[field.name], locale), field.rich)
  }
  if (collection === 'briefings' && Array.isArray(doc.items)) {
    for (const item of doc.items as ItemRow[]) {
      if (!item.key) continue
      texts[`items.${item.key}.question`] = toText(pick(item.question, locale), false)
      texts[`items.${item.key}.answer`] = toText(pick(item.answer, locale), true)
    }
  }
  return texts
}

/** True when any translatable field of the locale has text: a locale with none is "missing". */
export const hasAnyText = (texts: LocaleTexts): boolean => Object.values(texts).some((text) => text.length > 0)
