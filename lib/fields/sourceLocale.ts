import type { SelectField } from 'payload'

import { NEW_DOCUMENT_SOURCE } from '@/lib/newsroom/sourceLanguage'
import { adminLabel, languageOptions } from '@/lib/i18n/adminStrings'

/** The authoritative original language; other locales are translations of it (lib/newsroom/sourceLanguage.ts). */
export const sourceLocaleField: SelectField = {
  name: 'sourceLocale',
  type: 'select',
  required: true,
  label: adminLabel('warta:fields:sourceLocale'),
  defaultValue: NEW_DOCUMENT_SOURCE,
  options: languageOptions(),
  admin: {
    position: 'sidebar',
    description: adminLabel('warta:descriptions:sourceLocale'),
  },
}
