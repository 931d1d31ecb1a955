import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { DocumentHeader, documentMetadata, loadDocument, SpokenFacts, spokespersonOf, type DocumentPageProps } from '@/components/site/DocumentPage'
import { QuestionList } from '@/components/site/QuestionList'
import { DocumentUnavailable } from '@/components/site/StatusPages'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

export const generateMetadata = documentMetadata('briefings')

export default async function BriefingPage({ params }: DocumentPageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, { doc: briefing, languages }] = await Promise.all([getTranslator(locale), loadDocument('briefings', locale, slug)])
  // Not published in this language: the honest 404/410, never another language's text.
  if (!briefing) return <DocumentUnavailable collection="briefings" locale={locale} slug={slug} languages={languages} />
  const spokesperson = spokespersonOf(briefing.spokesperson)?.name ?? null
  return (
    <article className="document">
      <DocumentHeader collection="briefings" locale={locale} slug={slug} doc={briefing} languages={languages} />
      <SpokenFacts locale={locale} date={briefing.date} spokesperson={briefing.spokesperson} />
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
