import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { ReleaseList } from '@/components/site/DocLists'
import { FilterSelect } from '@/components/site/FilterSelect'
import { NothingOnThisPage, Pagination } from '@/components/site/Pagination'
import { getPreview } from '@/lib/data/preview'
import { listPressReleases, listPressReleaseYears } from '@/lib/data/pressReleases'
import { listTopics } from '@/lib/data/reference'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string; topic?: string; year?: string }>
}

const positiveInt = (value: string | undefined): number | undefined => {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: (await getTranslator(locale, 'lists'))('releasesTitle') }
}

/**
 * The filtered, paginated list reads its filters from the query string, so it renders per
 * request; its data comes from the reader data cache (lib/data/cached.ts).
 */
export default async function PressReleasesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const preview = await getPreview()
  const [t, topics, years] = await Promise.all([
    getTranslator(locale, 'lists'),
    listTopics({ locale }),
    listPressReleaseYears({ locale, preview }),
  ])
  const topic = topics.find((candidate) => candidate.slug === query.topic)
  const year = positiveInt(query.year)
  const page = positiveInt(query.page) ?? 1
  const releases = await listPressReleases({ locale, page, topicId: topic?.id, year, preview })
  const hrefFor = (target: number) => {
    const search = new URLSearchParams()
    if (topic) search.set('topic', topic.slug)
    if (year) search.set('year', String(year))
    if (target > 1) search.set('page', String(target))
    const string = search.toString()
    return `${sitePaths.list(locale, 'press-releases')}${string ? `?${string}` : ''}`
  }
  return (
    <>
      <h1>{t('releasesTitle')}</h1>
      <form className="filters" method="get" role="search" aria-label={t('filters.legend')}>
        <FilterSelect
          label={t('filters.topic')}
          name="topic"
          value={topic?.slug ?? ''}
          allLabel={t('filters.all')}
          options={topics.map((option) => ({ value: option.slug, label: option.name }))}
        />
        <FilterSelect
          label={t('filters.year')}
          name="year"
          value={year ? String(year) : ''}
          allLabel={t('filters.all')}
          options={years.map((option) => ({ value: String(option), label: String(option) }))}
        />
        <button type="submit">{t('filters.apply')}</button>
      </form>
      {releases.docs.length === 0 ? (
        <NothingOnThisPage locale={locale} page={page} totalPages={releases.totalPages} hrefFor={hrefFor} empty={t('noResults')} />
      ) : (
        <ReleaseList locale={locale} releases={releases.docs} />
      )}
      <Pagination locale={locale} page={releases.page} totalPages={releases.totalPages} hrefFor={hrefFor} />
      <p>
        <a href={sitePaths.feed(locale, 'press-releases')}>{t('feed')}</a>
      </p>
    </>
  )
}
