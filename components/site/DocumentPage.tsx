import type { Metadata } from 'next'

import type { DocumentLanguages } from '@/lib/data/availability'
import type { Locale } from '@/lib/i18n/locales'
import type { Config } from '@/payload-types'

import { getDocumentLanguages } from '@/lib/data/availability'
import { readDocumentBySlug } from '@/lib/data/documents'
import { getPreview } from '@/lib/data/preview'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { absoluteUrl, newsArticleJsonLd, publishedDocumentMetadata } from '@/lib/seo/metadata'
import { sitePaths } from '@/lib/site/paths'
import { publicationDateOf } from '@/lib/data/publicationDate'

import { JsonLd } from './JsonLd'
import { PublicationInfo } from './PublicationInfo'
import { isGone, unavailableMetadata } from './StatusPages'

/**
 * What every newsroom document's page shares, whatever its type: reading the document and the
 * languages it is published in (as a reader of that language, or a staff preview), its metadata,
 * and the head of the page — structured data, the language switcher, the title and the
 * publication line. Each type's page renders only its own facts and text below it.
 */

export type DocumentPageProps = { params: Promise<{ locale: string; slug: string }> }

export const loadDocument = async <C extends NewsroomCollection>(collection: C, locale: Locale, slug: string) => {
  const preview = await getPreview()
  const [doc, languages] = await Promise.all([
    readDocumentBySlug(collection)({ slug, locale, preview }),
    getDocumentLanguages({ collection, slug, preview }),
  ])
  return { doc, languages }
}

export const documentMetadata =
  (collection: NewsroomCollection) =>
  async ({ params }: DocumentPageProps): Promise<Metadata> => {
    const { locale, slug } = await params
    if (!isLocale(locale)) return {}
    const { doc, languages } = await loadDocument(collection, locale, slug)
    if (!doc) return unavailableMetadata(locale, isGone(languages, locale), languages.id === null)
    return publishedDocumentMetadata({ locale, collection, slug, doc, languages })
  }

type HeadedDoc = { title?: string | null; summary?: string | null; sourceLocale?: unknown; originalPublishedAt?: string | null } & Record<string, unknown>

export async function DocumentHeader<C extends NewsroomCollection>({
  collection,
  locale,
  slug,
  doc,
  languages,
}: {
  collection: C
  locale: Locale
  slug: string
  doc: Config['collections'][C]
  languages: DocumentLanguages
}) {
  const [common, strings] = await Promise.all([getTranslator(locale, 'common'), getTranslator(locale, 'documents')])
  const fields = doc as unknown as HeadedDoc
  const publication = languages.publications[locale]
  const ownDate = fields[newsroomType(collection).dateField]
  return (
    <>
      <JsonLd
        data={newsArticleJsonLd({
          locale,
          collection,
          slug,
          title: fields.title ?? slug,
          description: fields.summary ?? null,
          datePublished: publicationDateOf(fields, publication) ?? (typeof ownDate === 'string' ? ownDate : null),
          dateModified: publication?.lastPublishedAt ?? null,
          publisherName: common('siteName'),
        })}
      />
      <h1>{fields.title}</h1>
      <PublicationInfo
        locale={locale}
        collection={collection}
        slug={slug}
        sourceLocale={sourceLocaleOf(fields)}
        published={languages.published}
        publication={publication}
        originalPublishedAt={fields.originalPublishedAt ?? null}
      />
      {/* On paper a reader needs the page's address: links and the header are not printed. */}
      <p className="print-only print-address">
        {strings('printedFrom')} {absoluteUrl(sitePaths.document(locale, collection, slug))}
      </p>
    </>
  )
}

type PersonRef = { slug?: string | null; name?: string | null }

/** The spokesperson of a populated relationship, when named (null for an unpopulated or nameless one). */
export const spokespersonOf = (value: unknown): { name: string; slug: string | null } | null => {
  const person = value && typeof value === 'object' ? (value as PersonRef) : null
  return person?.name?.trim() ? { name: person.name, slug: person.slug ?? null } : null
}

/** The day and the speaker of anything the spokesperson said (briefings, statements). */
export async function SpokenFacts({ locale, date, spokesperson }: { locale: Locale; date: string; spokesperson: unknown }) {
  const t = await getTranslator(locale)
  const person = spokespersonOf(spokesperson)
  return (
    <dl className="facts">
      <dt>{t('briefing.date')}</dt>
      <dd>
        <time dateTime={date}>{formatDay(locale, date)}</time>
      </dd>
      {person?.slug ? (
        <>
          <dt>{t('briefing.spokesperson')}</dt>
          <dd>
            <a href={sitePaths.spokesperson(locale, person.slug)}>{person.name}</a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
