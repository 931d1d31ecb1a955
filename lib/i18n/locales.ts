/**
 * The one list of languages Warta speaks. Payload's `localization`, the `[locale]` routes,
 * i18next and the admin's interface languages are all derived from this module, so adding or
 * renaming a locale happens here and nowhere else.
 */
export const locales = ['id', 'zh', 'en'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'id'

type LocaleInfo = {
  /** The language's own name for itself, shown in language switchers. */
  nativeName: string
  /** BCP 47 tag for `lang` attributes, `Intl` formatting and `hreflang`. */
  bcp47: string
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  id: { nativeName: 'Bahasa Indonesia', bcp47: 'id-ID' },
  zh: { nativeName: '简体中文', bcp47: 'zh-Hans' },
  en: { nativeName: 'English', bcp47: 'en' },
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
