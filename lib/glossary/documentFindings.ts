import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { AllLocalesDoc } from '@/lib/workflow/texts'

import { locales } from '@/lib/i18n/locales'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { extractLocaleTexts } from '@/lib/workflow/texts'

import { checkGlossary, loadGlossary, type GlossaryFinding } from './glossary'

/**
 * Every translation's glossary findings for one document (read with `locale: 'all'`), per
 * language; the source language has none. One glossary read per call.
 */
export const glossaryFindingsOf = async (
  payload: Payload,
  user: TypedUser,
  collection: NewsroomCollection,
  doc: AllLocalesDoc,
): Promise<Partial<Record<Locale, GlossaryFinding[]>>> => {
  const entries = await loadGlossary(payload, user)
  const sourceLocale = sourceLocaleOf(doc)
  const sourceTexts = extractLocaleTexts(collection, doc, sourceLocale)
  return Object.fromEntries(
    locales
      .filter((locale) => locale !== sourceLocale)
      .map((locale) => [locale, checkGlossary(entries, sourceTexts, sourceLocale, extractLocaleTexts(collection, doc, locale), locale)]),
  )
}
