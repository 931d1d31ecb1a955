import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { ReleaseList } from '@/components/site/DocLists'
import { QuestionList } from '@/components/site/QuestionList'
import { getLatestBriefing, listBriefings } from '@/lib/data/briefings'
import { getPreview } from '@/lib/data/preview'
import { listPressReleases } from '@/lib/data/pressReleases'
import { listTopics } from '@/lib/data/reference'
import { formatDay } from '@/lib/i18n/format'
import { isLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'
import { absoluteUrl, feedAlternates } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string }> }

const FIRST_QUESTIONS = 3

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    alternates: {
      canonical: absoluteUrl(sitePaths.home(locale)),
      languages: Object.fromEntries(locales.map((code) => [localeInfo[code].bcp47, absoluteUrl(sitePaths.home(code))])),
      types: await feedAlternates(locale),
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const preview = await getPreview()
  const [t, doc, lists, releases, latest, briefings, topics] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'documents'),
    getTranslator(locale, 'lists'),
    listPressReleases({ locale, limit: 8, preview }),
    getLatestBriefing({ locale, preview }),
    listBriefings({ locale, limit: 5, preview }),
    listTopics({ locale }),
  ])
  const spokesperson =
    latest && typeof latest.spokesperson === 'object' && latest.spokesperson?.name ? latest.spokesperson.name : null
  return (
    <>
      <h1 className="visually-hidden">{t('siteName')}</h1>
      <section aria-labelledby="latest-releases">
        <h2 id="latest-releases">{t('home.latestReleases')}</h2>
        {releases.docs.length === 0 ? <p>{t('home.noReleases')}</p> : <ReleaseList locale={locale} releases={releases.docs} />}
        <p>
          <a href={sitePaths.list(locale, 'press-releases')}>{lists('releasesTitle')} →</a>
        </p>
      </section>
      <section aria-labelledby="latest-briefings">
        <h2 id="latest-briefings">{t('home.latestBriefings')}</h2>
        {latest ? (
          <article className="latest-briefing">
            <h3>
              <a href={sitePaths.document(locale, 'briefings', latest.slug)}>{latest.title}</a>
            </h3>
            <p className="meta">
              <time dateTime={latest.date}>{formatDay(locale, latest.date)}</time>
            </p>
            <h4>{doc('firstQuestions')}</h4>
            <QuestionList locale={locale} items={(latest.items ?? []).slice(0, FIRST_QUESTIONS)} spokesperson={spokesperson} isExcerpt />
            <p>
              <a href={sitePaths.document(locale, 'briefings', latest.slug)}>{doc('allQuestions')} →</a>
            </p>
          </article>
        ) : (
          <p>{t('home.noBriefings')}</p>
        )}
        {briefings.docs.length > 1 ? (
          <ul className="doc-list">
            {briefings.docs.slice(1).map((briefing) => (
              <li key={briefing.id}>
                <a href={sitePaths.document(locale, 'briefings', briefing.slug)}>{briefing.title}</a>
                <div className="meta">
                  <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {topics.length > 0 ? (
        <section aria-labelledby="topics">
          <h2 id="topics">{lists('topicsTitle')}</h2>
          <ul className="inline-list topics">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={sitePaths.topic(locale, topic.slug)}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
