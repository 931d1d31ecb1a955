import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales'

/**
 * Which language is a document's source — the one its translations follow (the workflow's "the
 * source leads", staleness, the admin's source-text panels, the site's "translated from" notice).
 * Decided here only:
 * - a stored document says it in its `sourceLocale` field, which the editor sets (a new document
 *   starts with the locale module's default language); a document without a valid value (written
 *   before the field existed) is taken to be in the default language;
 * - texts that arrive together, as in an import, take the first present of `IMPORT_SOURCE_ORDER`:
 *   briefing transcripts are spoken and published in Chinese first, then translated into English
 *   and Indonesian (../shared/TRANSCRIPTS.md); a text in one language is its own source.
 */
export const IMPORT_SOURCE_ORDER: readonly Locale[] = ['zh', 'en', 'id']

export const NEW_DOCUMENT_SOURCE: Locale = defaultLocale

export const sourceLocaleOf = (doc: { sourceLocale?: unknown }): Locale => (isLocale(doc.sourceLocale) ? doc.sourceLocale : NEW_DOCUMENT_SOURCE)

export const sourceLocaleAmong = (available: readonly Locale[]): Locale =>
  IMPORT_SOURCE_ORDER.find((locale) => available.includes(locale)) ?? available[0] ?? NEW_DOCUMENT_SOURCE
