import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { DocumentHeader, documentMetadata, loadDocument, type DocumentPageProps } from '@/components/site/DocumentPage'
import { DocumentUnavailable } from '@/components/site/StatusPages'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

export const generateMetadata = documentMetadata('press-releases')

type Named = { id: number | string; slug?: string | null; name?: string | null }
const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

export default async function PressReleasePage({ params }: DocumentPageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, doc, { doc: release, languages }] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'documents'),
    loadDocument('press-releases', locale, slug),
  ])
  // Not published in this language: the honest 404/410, never another language's text.
  if (!release) return <DocumentUnavailable collection="press-releases" locale={locale} slug={slug} languages={languages} />
  const people = populated<Named>(release.people as (number | Named)[]).filter((person) => person.name)
  const topics = populated<Named>(release.topics as (number | Named)[]).filter((topic) => topic.name)
  const related = populated(release.relatedReleases).filter((item) => item.title)
  return (
    <article className="document">
      <DocumentHeader collection="press-releases" locale={locale} slug={slug} doc={release} languages={languages} />
      <dl className="facts">
        {release.eventDate ? (
          <>
            <dt>{t('release.date')}</dt>
            <dd>
              <time dateTime={release.eventDate}>{formatDay(locale, release.eventDate)}</time>
            </dd>
          </>
        ) : null}
        {release.location ? (
          <>
            <dt>{t('release.location')}</dt>
            <dd>{release.location}</dd>
          </>
        ) : null}
        {people.length > 0 ? (
          <>
            <dt>{t('release.people')}</dt>
            <dd>{people.map((person) => person.name).join(locale === 'zh' ? '、' : ', ')}</dd>
          </>
        ) : null}
        {topics.length > 0 ? (
          <>
            <dt>{t('release.topics')}</dt>
            <dd>
              <ul className="inline-list">
                {topics.map((topic) => (
                  <li key={topic.id}>
                    <a href={sitePaths.topic(locale, topic.slug ?? '')}>{topic.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {release.summary ? <p className="summary">{release.summary}</p> : null}
      <div className="body">{release.body ? <RichText data={release.body} /> : null}</div>
      {related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{doc('relatedReleases')}</h2>
          <ul className="doc-list">
            {related.map((item) => (
              <li key={item.id}>
                <a href={sitePaths.document(locale, 'press-releases', item.slug)}>{item.title}</a>
                {item.eventDate ? (
                  <div className="meta">
                    <time dateTime={item.eventDate}>{formatDay(locale, item.eventDate)}</time>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
