import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { DocumentHeader, documentMetadata, loadDocument, type DocumentPageProps } from '@/components/site/DocumentPage'
import { QuestionList } from '@/components/site/QuestionList'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

export const generateMetadata = documentMetadata('briefings')

type PersonRef = { id: number; slug?: string | null; name?: string | null }

export default async function BriefingPage({ params }: DocumentPageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, { doc: briefing, languages }] = await Promise.all([getTranslator(locale), loadDocument('briefings', locale, slug)])
  // Not published in this language: the honest 404 (not-found.tsx), never another language's text.
  if (!briefing) notFound()
  const person = typeof briefing.spokesperson === 'object' ? (briefing.spokesperson as PersonRef | null) : null
  const spokesperson = person?.name?.trim() ? person.name : null
  return (
    <article className="document">
      <DocumentHeader collection="briefings" locale={locale} slug={slug} doc={briefing} languages={languages} />
      <dl className="facts">
        <dt>{t('briefing.date')}</dt>
        <dd>
          <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
        </dd>
        {spokesperson && person?.slug ? (
          <>
            <dt>{t('briefing.spokesperson')}</dt>
            <dd>
              <Link href={sitePaths.spokesperson(locale, person.slug)}>{spokesperson}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {briefing.summary ? <p className="summary">{briefing.summary}</p> : null}
      {briefing.openingStatements ? (
        <section aria-labelledby="opening">
          <h2 id="opening">{t('briefing.openingStatements')}</h2>
          <RichText data={briefing.openingStatements} />
        </section>
      ) : null}
      {briefing.items && briefing.items.length > 0 ? (
        <section aria-labelledby="qa">
          <h2 id="qa">{t('briefing.questionsAndAnswers')}</h2>
          <QuestionList locale={locale} items={briefing.items} spokesperson={spokesperson} />
        </section>
      ) : null}
    </article>
  )
}
