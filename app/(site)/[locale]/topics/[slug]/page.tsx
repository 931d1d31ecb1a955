import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { ReleaseList } from '@/components/site/DocLists'
import { NothingOnThisPage, Pagination } from '@/components/site/Pagination'
import { PageNotFound, unavailableMetadata } from '@/components/site/StatusPages'
import { listQuestionsOnTopic } from '@/lib/data/briefings'
import { getPreview } from '@/lib/data/preview'
import { listPressReleases } from '@/lib/data/pressReleases'
import { getTopicBySlug } from '@/lib/data/reference'
import { formatDay, formatNumber } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

/** The newest releases on a topic shown on its page; the release list, filtered by the topic, pages through them all. */
const TOPIC_PAGE_RELEASES = 20
/** Briefings whose questions on the topic a page shows; `?page=N` goes back through all of them. */
const TOPIC_PAGE_BRIEFINGS = 20

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const topic = await getTopicBySlug({ locale, slug })
  return topic
    ? {
        title: topic.name,
        alternates: { types: { 'application/atom+xml': [{ url: sitePaths.topicFeed(locale, slug), title: topic.name }] } },
      }
    : unavailableMetadata(locale)
}

/**
 * A topic: its newest releases (with a link to all of them) and the questions on it from its
 * newest briefings. Later pages (`?page=N`, rendered per request) go back through the questions;
 * the releases are on the first, canonical page only.
 */
export default async function TopicPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const topic = await getTopicBySlug({ locale, slug })
  if (!topic) return <PageNotFound locale={locale} />
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const preview = await getPreview()
  const [t, common, releases, { questions, totalPages }] = await Promise.all([
    getTranslator(locale, 'lists'),
    getTranslator(locale),
    page === 1 ? listPressReleases({ locale, topicId: topic.id, limit: TOPIC_PAGE_RELEASES, preview }) : null,
    listQuestionsOnTopic({ locale, topicId: topic.id, limit: TOPIC_PAGE_BRIEFINGS, page, preview }),
  ])
  const hrefFor = (target: number) => `${sitePaths.topic(locale, slug)}${target > 1 ? `?page=${target}` : ''}`
  return (
    <>
      <h1>{topic.name}</h1>
      {releases ? (
        <section aria-labelledby="topic-releases">
          <h2 id="topic-releases">{t('topic.releases')}</h2>
          {releases.docs.length === 0 ? <p>{t('topic.noReleases')}</p> : <ReleaseList locale={locale} releases={releases.docs} />}
          {releases.totalDocs > releases.docs.length ? (
            <p>
              <a href={`${sitePaths.list(locale, 'press-releases')}?topic=${encodeURIComponent(slug)}`}>
                {t('topic.allReleases', { total: formatNumber(locale, releases.totalDocs) })}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="topic-questions">
        <h2 id="topic-questions">{t('topic.questions')}</h2>
        {questions.length === 0 ? (
          <NothingOnThisPage locale={locale} page={page} totalPages={totalPages} hrefFor={hrefFor} empty={t('topic.noQuestions')} />
        ) : (
          <ul className="doc-list">
            {questions.map(({ briefing, item }) => (
              <li key={`${briefing.slug}-${item.key}`}>
                <a href={`${sitePaths.document(locale, 'briefings', briefing.slug)}#${item.key}`}>{item.question}</a>
                <div className="meta">
                  {briefing.title} · <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time> ·{' '}
                  {common('briefing.question')} {item.key?.slice(1)}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={page} totalPages={totalPages} hrefFor={hrefFor} />
      </section>
      <p>
        <a href={sitePaths.topicFeed(locale, slug)}>{t('feed')}</a>
      </p>
    </>
  )
}
