import type { Config } from 'payload'

import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { zh } from '@payloadcms/translations/languages/zh'

import { adminTranslations } from './adminStrings'
import { defaultLocale, type Locale } from './locales'

/** The admin interface speaks the same three languages as the content. */
export const adminLanguages = { id, zh, en } satisfies Record<Locale, unknown>

/** Payload's `i18n`: its own strings in the three languages, and Warta's beside them (`warta:`). */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: adminLanguages,
  fallbackLanguage: defaultLocale,
  translations: adminTranslations,
}
