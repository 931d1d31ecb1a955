import type { LocalizationConfig } from 'payload'

import { defaultLocale, localeInfo, locales } from './locales'

/**
 * Payload's view of the locale module. `fallback: false` is deliberate: a reader asking for
 * Chinese must never be handed the Indonesian text of a field that has no translation yet.
 */
export const payloadLocalization: LocalizationConfig = {
  locales: locales.map((code) => ({ code, label: localeInfo[code].nativeName })),
  defaultLocale,
  fallback: false,
}
