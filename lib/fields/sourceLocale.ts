import type { SelectField } from 'payload'

import { localeInfo, locales } from '@/lib/i18n/locales'
import { NEW_DOCUMENT_SOURCE } from '@/lib/newsroom/sourceLanguage'

/** The authoritative original language; other locales are translations of it (lib/newsroom/sourceLanguage.ts). */
export const sourceLocaleField: SelectField = {
  name: 'sourceLocale',
  type: 'select',
  required: true,
  defaultValue: NEW_DOCUMENT_SOURCE,
  options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })),
  admin: {
    position: 'sidebar',
    description: 'The language this text was written in. Readers of a translation are pointed to it.',
  },
}
