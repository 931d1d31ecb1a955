import type { Metadata } from 'next'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { getBriefingBySlug } from '@/lib/data/briefings'
import { relationName, relationNames } from '@/lib/data/relations'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const briefing = await getBriefingBySlug({ slug, locale })
  return briefing ? { title: briefing.title ?? undefined, description: briefing.summary ?? undefined } : {}
}

export default async function BriefingPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, briefing] = await Promise.all([getTranslator(locale), getBriefingBySlug({ slug, locale })])
  if (!briefing) notFound()
  const spokesperson = relationName(briefing.spokesperson)
  return (
    <article>
      <h1>{briefing.title}</h1>
      <p className="meta">
        <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
        {spokesperson ? ` · ${t('briefing.spokesperson')}: ${spokesperson}` : null}
      </p>
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
          <ol className="qa">
            {briefing.items.map((item) => {
              const similar = relationNames(item.similarQuestionFrom)
              return (
                <li key={item.key ?? item.id} id={item.key ?? undefined}>
                  <p className="question">
                    <span className="outlet">{relationName(item.outlet) ?? t('briefing.reporter')}: </span>
                    {item.question}
                  </p>
                  {similar.length > 0 ? (
                    <p className="meta">{t('briefing.similarQuestionFrom', { outlets: similar.join(', ') })}</p>
                  ) : null}
                  <div className="answer">
                    {spokesperson ? <span className="speaker">{spokesperson}: </span> : null}
                    {item.answer ? <RichText data={item.answer} /> : null}
                  </div>
                </li>
              )
            })}
          </ol>
        </section>
      ) : null}
    </article>
  )
}
