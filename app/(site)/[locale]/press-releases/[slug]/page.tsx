import type { Metadata } from 'next'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { getPressReleaseBySlug } from '@/lib/data/pressReleases'
import { relationNames } from '@/lib/data/relations'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const release = await getPressReleaseBySlug({ slug, locale })
  return release ? { title: release.title ?? undefined, description: release.summary ?? undefined } : {}
}

export default async function PressReleasePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, release] = await Promise.all([getTranslator(locale), getPressReleaseBySlug({ slug, locale })])
  // Not published in this language: a 404, never another language's text.
  if (!release) notFound()
  const people = relationNames(release.people)
  const topics = relationNames(release.topics)
  return (
    <article>
      <h1>{release.title}</h1>
      <p className="meta">
        <time dateTime={release.eventDate ?? undefined}>{formatDay(locale, release.eventDate)}</time>
        {release.location ? ` · ${release.location}` : null}
      </p>
      {release.summary ? <p className="summary">{release.summary}</p> : null}
      {release.body ? <RichText data={release.body} /> : null}
      {people.length > 0 || topics.length > 0 ? (
        <dl className="meta">
          {people.length > 0 ? (
            <>
              <dt>{t('release.people')}</dt>
              <dd>{people.join(', ')}</dd>
            </>
          ) : null}
          {topics.length > 0 ? (
            <>
              <dt>{t('release.topics')}</dt>
              <dd>{topics.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </article>
  )
}
