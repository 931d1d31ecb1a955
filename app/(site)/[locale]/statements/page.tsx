import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { DocumentList } from '@/components/site/DocLists'
import { NothingOnThisPage, Pagination } from '@/components/site/Pagination'
import { listDocuments } from '@/lib/data/documents'
import { getPreview } from '@/lib/data/preview'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: (await getTranslator(locale, 'lists'))('statementsTitle') }
}

export default async function StatementsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const preview = await getPreview()
  const [t, statements] = await Promise.all([
    getTranslator(locale, 'lists'),
    listDocuments({ collection: 'statements', locale, page, preview }),
  ])
  const hrefFor = (target: number) => `${sitePaths.list(locale, 'statements')}${target > 1 ? `?page=${target}` : ''}`
  return (
    <>
      <h1>{t('statementsTitle')}</h1>
      {statements.docs.length === 0 ? (
        <NothingOnThisPage locale={locale} page={page} totalPages={statements.totalPages} hrefFor={hrefFor} empty={t('noResults')} />
      ) : (
        <DocumentList locale={locale} collection="statements" docs={statements.docs} />
      )}
      <Pagination locale={locale} page={statements.page} totalPages={statements.totalPages} hrefFor={hrefFor} />
      <p>
        <a href={sitePaths.feed(locale, 'statements')}>{t('feed')}</a>
      </p>
    </>
  )
}
