import type { Config } from 'payload'

import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { zh } from '@payloadcms/translations/languages/zh'

import { adminTranslations } from './adminStrings'
import { lexicalIndonesian } from './lexicalIndonesian'
import { defaultLocale, type Locale } from './locales'

/** The admin interface speaks the same three languages as the content. */
export const adminLanguages = { id, zh, en } satisfies Record<Locale, unknown>

/**
 * Payload's `i18n`: its own strings in the three languages, and Warta's beside them (`warta:`).
 * The rich-text editor brings its own strings (`lexical:`) in English and Chinese but not in
 * Indonesian, whose admin showed "lexical:general:placeholder" in every empty rich-text field;
 * Warta supplies them (`tests/int/adminTranslations.test.ts` keeps them complete). Payload merges
 * the editor's own strings over these, so a later release that ships Indonesian wins.
 */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: adminLanguages,
  fallbackLanguage: defaultLocale,
  translations: { ...adminTranslations, id: { ...adminTranslations.id, lexical: lexicalIndonesian } },
}
