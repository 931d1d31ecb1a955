import { headers } from 'next/headers'

import type { Locale } from '@/lib/i18n/locales'

import { getDocumentLanguages } from '@/lib/data/availability'
import { getPreview } from '@/lib/data/preview'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { CURRENT_PATH_HEADER, documentOfPath, pathInLocale } from '@/lib/site/currentPath'

import { documentLanguageOptions } from './languageOptions'
import { LanguageSwitcher, type LanguageOption } from './LanguageSwitcher'

/**
 * The header's language links: on a document, that document in each language it is published in
 * ("not yet available" for the others); anywhere else, the same address in each language.
 */
export async function HeaderLanguages({ locale }: { locale: Locale }) {
  const path = (await headers()).get(CURRENT_PATH_HEADER) ?? `/${locale}`
  const [common, strings] = await Promise.all([getTranslator(locale), getTranslator(locale, 'documents')])
  const document = documentOfPath(path)
  let options: LanguageOption[] | null = null
  if (document) {
    const languages = await getDocumentLanguages({ ...document, preview: await getPreview() })
    if (languages.id !== null) options = documentLanguageOptions({ ...document, current: locale, published: languages.published })
  }
  options ??= locales.map((code) => ({
    locale: code,
    bcp47: localeInfo[code].bcp47,
    nativeName: localeInfo[code].nativeName,
    href: pathInLocale(path, code),
    isCurrent: code === locale,
  }))
  return <LanguageSwitcher label={common('languages')} notYetAvailableLabel={strings('switcher.notYetAvailable')} options={options} />
}
