import type { SelectField } from 'payload'

import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'

/** The authoritative original language; other locales are translations of it. */
export const sourceLocaleField: SelectField = {
  name: 'sourceLocale',
  type: 'select',
  required: true,
  defaultValue: defaultLocale,
  options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })),
  admin: {
    position: 'sidebar',
    description: 'The language this text was written in. Readers of a translation are pointed to it.',
  },
}
