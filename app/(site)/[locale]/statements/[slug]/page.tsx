import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { DocumentHeader, documentMetadata, loadDocument, SpokenFacts, spokespersonOf, type DocumentPageProps } from '@/components/site/DocumentPage'
import { QuestionList } from '@/components/site/QuestionList'
import { DocumentUnavailable } from '@/components/site/StatusPages'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

export const generateMetadata = documentMetadata('statements')

export default async function StatementPage({ params }: DocumentPageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, { doc: statement, languages }] = await Promise.all([getTranslator(locale), loadDocument('statements', locale, slug)])
  // Not published in this language: the honest 404/410, never another language's text.
  if (!statement) return <DocumentUnavailable collection="statements" locale={locale} slug={slug} languages={languages} />
  const spokesperson = spokespersonOf(statement.spokesperson)?.name ?? null
  return (
    <article className="document">
      <DocumentHeader collection="statements" locale={locale} slug={slug} doc={statement} languages={languages} />
      <SpokenFacts locale={locale} date={statement.date} spokesperson={statement.spokesperson} />
      {statement.summary ? <p className="summary">{statement.summary}</p> : null}
      {statement.body ? (
        <div className="body">
          <RichText data={statement.body} />
        </div>
      ) : null}
      {statement.items && statement.items.length > 0 ? (
        <section aria-labelledby="qa">
          <h2 id="qa">{t('statement.questionsAndAnswers')}</h2>
          <QuestionList locale={locale} items={statement.items} spokesperson={spokesperson} />
        </section>
      ) : null}
    </article>
  )
}
