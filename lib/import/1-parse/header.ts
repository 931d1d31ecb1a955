import type { Locale } from '@/lib/i18n/locales'

import { findDate, timestampIn } from './dates'
import { type ClassifiedParagraph, spokespersonInHeader } from './classify'
import { isChineseText, latinLocale } from './language'
import type { Directory } from './names'

const MAX_HEADER_PARAGRAPHS = 6

export type LocaleAssignment = {
  locales: Locale[]
  isBilingual: boolean
  localeOf: (paragraph: ClassifiedParagraph) => Locale
  /** Whether the paragraph is Chinese text, whatever language the document is read as. */
  isChinese: (paragraph: ClassifiedParagraph) => boolean
}

/**
 * Monolingual, or Chinese and English (or Indonesian) interleaved paragraph by paragraph. A few
 * stray lines in the other script do not make a text bilingual: each script needs at least half
 * as many paragraphs as the other.
 */
export const assignLocales = (paragraphs: ClassifiedParagraph[]): LocaleAssignment => {
  const chinese = new Map<ClassifiedParagraph, boolean>()
  for (const paragraph of paragraphs) chinese.set(paragraph, isChineseText(paragraph.text))
  const latinTexts = paragraphs.filter((p) => !chinese.get(p)).map((p) => p.text)
  const latin = latinLocale(latinTexts)
  const zhCount = paragraphs.length - latinTexts.length
  const latinCount = latinTexts.length
  const isBilingual = zhCount > 0 && latinCount > 0 && Math.min(zhCount, latinCount) / Math.max(zhCount, latinCount) >= 0.5
  const isChinese = (paragraph: ClassifiedParagraph): boolean => chinese.get(paragraph) === true
  const detected = (paragraph: ClassifiedParagraph): Locale => (isChinese(paragraph) ? 'zh' : latin)
  if (isBilingual) {
    const first = paragraphs[0]
    const firstLocale = first ? detected(first) : 'zh'
    const locales: Locale[] = firstLocale === 'zh' ? ['zh', latin] : [latin, 'zh']
    return { locales, isBilingual, localeOf: detected, isChinese }
  }
  const only: Locale = zhCount > latinCount ? 'zh' : latin
  return { locales: [only], isBilingual, localeOf: () => only, isChinese }
}

export type Header = {
  title: Partial<Record<Locale, string>>
  titleDate: string | null
  lineDate: string | null
  spokespersonName: string | null
  /** The publication time a timestamp line under the title shows ("2020-07-18 00:48"). */
  publishedAt: string | null
  /** Index of the first paragraph after the header. */
  end: number
}

/** Titles (one per locale), timestamps and date lines at the top of a document. */
export const readHeader = (paragraphs: ClassifiedParagraph[], localeOf: (p: ClassifiedParagraph) => Locale): Header => {
  const header: Header = { title: {}, titleDate: null, lineDate: null, spokespersonName: null, publishedAt: null, end: 0 }
  for (const paragraph of paragraphs.slice(0, MAX_HEADER_PARAGRAPHS)) {
    const { kind, text } = paragraph
    if (kind === 'title' || kind === 'transcript-title' || kind === 'statement-title') {
      const locale = localeOf(paragraph)
      if (header.title[locale] !== undefined) break
      header.title[locale] = text
      header.titleDate ??= findDate(text)?.iso ?? null
    } else if (kind === 'press-conference-date' || kind === 'date-only') {
      header.lineDate ??= findDate(text)?.iso ?? null
      if (kind === 'date-only') header.publishedAt ??= timestampIn(text)
    } else break
    header.spokespersonName ??= spokespersonInHeader(text)
    header.end++
  }
  return header
}

/** Everything a document builder needs about one segment of the input. */
export type DocumentParts = { paragraphs: ClassifiedParagraph[]; header: Header; assignment: LocaleAssignment; directory: Directory }
