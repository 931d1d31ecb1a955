import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { Fragment } from 'react'

import { FilterSelect } from '@/components/site/FilterSelect'
import { NothingOnThisPage, Pagination } from '@/components/site/Pagination'
import { listSpokespeople, listTopics } from '@/lib/data/reference'
import { formatDay, formatNumber } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'
import { COUNT_LIMIT, SEARCH_PAGE_SIZE, searchKinds, searchSite, type SearchKind } from '@/lib/search/searchSite'

type Query = { q?: string; type?: string; spokesperson?: string; topic?: string; from?: string; to?: string; page?: string }
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

const isKind = (value: string | undefined): value is SearchKind => (searchKinds as readonly string[]).includes(value ?? '')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // Result pages are endless permutations of the query string: keep them out of search engines.
  return { title: (await getTranslator(locale, 'search'))('title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const q = (query.q ?? '').trim().slice(0, 200)
  const [t, topics, people] = await Promise.all([
    getTranslator(locale, 'search'),
    listTopics({ locale }),
    listSpokespeople({ locale }),
  ])
  const topic = topics.find((candidate) => candidate.slug === query.topic)
  const person = people.find((candidate) => candidate.slug === query.spokesperson)
  const kind = isKind(query.type) ? query.type : undefined
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1)
  const results = await searchSite({
    locale,
    q,
    kind,
    topicId: topic?.id,
    spokespersonId: person?.id,
    from: query.from,
    to: query.to,
    page,
  })
  const hrefFor = (target: number) => {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries({ ...query, page: String(target) })) if (value) search.set(key, value)
    return `${sitePaths.search(locale)}?${search.toString()}`
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <form className="search-form" role="search" method="get" action={sitePaths.search(locale)}>
        <label className="search-query">
          {t('query')}
          <input type="search" name="q" defaultValue={q} />
        </label>
        <FilterSelect
          label={t('type.label')}
          name="type"
          value={kind ?? ''}
          allLabel={t('type.all')}
          options={searchKinds.map((option) => ({ value: option, label: t(`type.${option}`) }))}
        />
        <FilterSelect
          label={t('spokesperson')}
          name="spokesperson"
          value={person?.slug ?? ''}
          allLabel={t('any')}
          options={people.map((option) => ({ value: option.slug, label: option.name }))}
        />
        <FilterSelect
          label={t('topic')}
          name="topic"
          value={topic?.slug ?? ''}
          allLabel={t('any')}
          options={topics.map((option) => ({ value: option.slug, label: option.name }))}
        />
        <label>
          {t('from')}
          <input type="date" name="from" defaultValue={query.from ?? ''} />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" defaultValue={query.to ?? ''} />
        </label>
        <button type="submit">{t('submit')}</button>
      </form>
      {q ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {results.totalIsExact
              ? t('results', { count: results.totalDocs, formatted: formatNumber(locale, results.totalDocs) })
              : t('resultsMoreThan', { formatted: formatNumber(locale, COUNT_LIMIT) })}
          </h2>
          {results.hits.length === 0 ? (
            <NothingOnThisPage locale={locale} page={results.page} totalPages={results.totalPages} hrefFor={hrefFor} empty={t('noResults')} />
          ) : (
            // Numbered on from the previous pages: result 41 is "41." on page 3.
            <ol className="search-results" start={(results.page - 1) * SEARCH_PAGE_SIZE + 1}>
              {results.hits.map((hit) => (
                <li key={hit.id}>
                  <a href={hit.href}>{hit.title ?? t('questionNumber', { number: formatNumber(locale, hit.questionNumber ?? 0) })}</a>
                  <div className="meta">
                    {t(`kind.${hit.kind}`)}
                    {hit.documentTitle ? ` · ${hit.documentTitle}` : null}
                    {hit.date ? (
                      <>
                        {' · '}
                        <time dateTime={hit.date}>{formatDay(locale, hit.date)}</time>
                      </>
                    ) : null}
                  </div>
                  <p className="excerpt">
                    {hit.excerpt.map((segment, index) =>
                      segment.isMatch ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination locale={locale} page={results.page} totalPages={results.totalPages} totalKnown={results.totalIsExact} hrefFor={hrefFor} />
        </section>
      ) : null}
    </>
  )
}
