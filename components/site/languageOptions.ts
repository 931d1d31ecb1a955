import type { Locale } from '@/lib/i18n/locales'

import { localeInfo, locales } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

import type { LanguageOption } from './LanguageSwitcher'

/** Every language, linked only where the document is published; the rest are "not yet available". */
export const documentLanguageOptions = ({
  collection,
  slug,
  current,
  published,
}: {
  collection: NewsroomCollection
  slug: string
  current: Locale
  published: readonly Locale[]
}): LanguageOption[] =>
  locales.map((code) => ({
    locale: code,
    bcp47: localeInfo[code].bcp47,
    nativeName: localeInfo[code].nativeName,
    href: published.includes(code) ? sitePaths.document(code, collection, slug) : null,
    isCurrent: code === current,
  }))
