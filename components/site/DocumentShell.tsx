import type { ReactNode } from 'react'

import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { notFound } from 'next/navigation'

import { getDocumentLanguages } from '@/lib/data/availability'
import { getPreview } from '@/lib/data/preview'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

import { DocumentLanguagesProvider } from './DocumentLanguages'
import { documentLanguageOptions } from './languageOptions'

/**
 * Layout of a document route. It has the route params that `not-found.tsx` lacks, so it works
 * out, for the 404 of a language the document is not published in, which languages to offer and
 * whether this one was taken down (unpublished) rather than never published.
 */
export async function DocumentShell({
  collection,
  locale,
  slug,
  children,
}: {
  collection: NewsroomCollection
  locale: Locale
  slug: string
  children: ReactNode
}) {
  const preview = await getPreview()
  const [t, languages] = await Promise.all([getTranslator(locale, 'errors'), getDocumentLanguages({ collection, slug, preview })])
  const gone = languages.publications[locale]?.state === 'unpublished' ? languages.publications[locale] : undefined
  const options = documentLanguageOptions({ collection, slug, current: locale, published: languages.published })
  const value =
    languages.id === null
      ? { title: t('notFound.title'), body: t('notFound.body'), options: [], isGone: false }
      : gone
        ? {
            title: t('gone.title'),
            body: t('gone.body'),
            options,
            isGone: true,
          }
        : { title: t('notTranslated.title'), body: t('notTranslated.body'), options, isGone: false }
  return <DocumentLanguagesProvider value={value}>{children}</DocumentLanguagesProvider>
}

/** The layout of a newsroom type's document route: `export default documentLayout('briefings')`. */
export const documentLayout = (collection: NewsroomCollection) =>
  async function DocumentLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
    const { locale, slug } = await params
    if (!isLocale(locale)) notFound()
    return (
      <DocumentShell collection={collection} locale={locale} slug={slug}>
        {children}
      </DocumentShell>
    )
  }
