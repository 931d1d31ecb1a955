import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { BriefingList, DocumentList } from '@/components/site/DocLists'
import { NothingOnThisPage, Pagination } from '@/components/site/Pagination'
import { PageNotFound, unavailableMetadata } from '@/components/site/StatusPages'
import { listBriefings } from '@/lib/data/briefings'
import { listDocuments } from '@/lib/data/documents'
import { getPreview } from '@/lib/data/preview'
import { getPersonBySlug } from '@/lib/data/reference'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const person = await getPersonBySlug({ locale, slug })
  return person ? { title: person.name } : unavailableMetadata(locale)
}

/**
 * A spokesperson's briefings, newest first, 20 to a page (a spokesperson of ten years holds a
 * thousand; the page listed the newest 100 and no way to the rest). The first page, without a
 * query string, is the canonical one the page cache keeps; later pages walk the search index's
 * speaker rows (lib/data/listing.ts), as fast at ten years as at one.
 */
export default async function SpokespersonPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const person = await getPersonBySlug({ locale, slug })
  if (!person) return <PageNotFound locale={locale} />
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const preview = await getPreview()
  const [t, briefings, statements] = await Promise.all([
    getTranslator(locale, 'lists'),
    listBriefings({ locale, spokespersonId: person.id, page, preview }),
    listDocuments({ collection: 'statements', locale, spokespersonId: person.id, limit: 100, preview }),
  ])
  const hrefFor = (target: number) => `${sitePaths.spokesperson(locale, slug)}${target > 1 ? `?page=${target}` : ''}`
  return (
    <>
      <p className="meta">
        <a href={sitePaths.spokespeople(locale)}>{t('allSpokespeople')}</a>
      </p>
      <h1>{person.name}</h1>
      {person.role ? <p className="meta">{person.role}</p> : null}
      <section aria-labelledby="person-briefings">
        <h2 id="person-briefings">{t('spokesperson.briefings')}</h2>
        {briefings.docs.length === 0 ? (
          <NothingOnThisPage locale={locale} page={page} totalPages={briefings.totalPages} hrefFor={hrefFor} empty={t('noResults')} />
        ) : (
          <BriefingList locale={locale} briefings={briefings.docs} />
        )}
        <Pagination locale={locale} page={briefings.page} totalPages={briefings.totalPages} hrefFor={hrefFor} />
      </section>
      {statements.docs.length > 0 && page === 1 ? (
        <section aria-labelledby="person-statements">
          <h2 id="person-statements">{t('spokesperson.statements')}</h2>
          <DocumentList locale={locale} collection="statements" docs={statements.docs} />
        </section>
      ) : null}
    </>
  )
}
