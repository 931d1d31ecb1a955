import type { Metadata } from 'next'

import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/site/JsonLd'
import { LanguageSwitcher } from '@/components/site/LanguageSwitcher'
import { documentLanguageOptions } from '@/components/site/languageOptions'
import { PublicationInfo } from '@/components/site/PublicationInfo'
import { QuestionList } from '@/components/site/QuestionList'
import { getDocumentLanguages } from '@/lib/data/availability'
import { getBriefingBySlug } from '@/lib/data/briefings'
import { getPreview } from '@/lib/data/preview'
import { formatDay } from '@/lib/i18n/format'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'
import { newsArticleJsonLd, publishedDocumentMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }


const load = async (locale: Locale, slug: string) => {
  const preview = await getPreview()
  const [briefing, languages] = await Promise.all([
    getBriefingBySlug({ slug, locale, preview }),
    getDocumentLanguages({ collection: 'briefings', slug, preview }),
  ])
  return { briefing, languages }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { briefing, languages } = await load(locale, slug)
  if (!briefing) return {}
  return publishedDocumentMetadata({ locale, collection: 'briefings', slug, doc: briefing, languages })
}

type PersonRef = { id: number; slug?: string | null; name?: string | null }

export default async function BriefingPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, doc, { briefing, languages }] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'documents'),
    load(locale, slug),
  ])
  // Not published in this language: the honest 404 (not-found.tsx), never another language's text.
  if (!briefing) notFound()
  const person = typeof briefing.spokesperson === 'object' ? (briefing.spokesperson as PersonRef | null) : null
  const spokesperson = person?.name?.trim() ? person.name : null
  const publication = languages.publications[locale]
  return (
    <article className="document">
      <JsonLd
        data={newsArticleJsonLd({
          locale,
          collection: 'briefings',
          slug,
          title: briefing.title ?? slug,
          description: briefing.summary ?? null,
          datePublished: publication?.firstPublishedAt ?? briefing.date,
          dateModified: publication?.lastPublishedAt ?? null,
          publisherName: t('siteName'),
        })}
      />
      <LanguageSwitcher
        label={doc('switcher.label')}
        notYetAvailableLabel={doc('switcher.notYetAvailable')}
        options={documentLanguageOptions({ collection: 'briefings', slug, current: locale, published: languages.published })}
      />
      <h1>{briefing.title}</h1>
      <PublicationInfo
        locale={locale}
        collection="briefings"
        slug={slug}
        sourceLocale={briefing.sourceLocale}
        published={languages.published}
        publication={publication}
      />
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
