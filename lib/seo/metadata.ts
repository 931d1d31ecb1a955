import type { Metadata } from 'next'

import type { DocumentLanguages } from '@/lib/data/availability'
import type { Locale } from '@/lib/i18n/locales'

import { serverURL } from '@/lib/env'
import { localeInfo, locales } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

export const absoluteUrl = (path: string): string => `${serverURL()}${path}`

/**
 * The language version for readers whose language is none of the published ones (hreflang
 * `x-default`): the document's source language when it is published, else the first published
 * language in the locale module's order; null when none is published.
 */
export const xDefaultLocale = (sourceLocale: Locale, published: readonly Locale[]): Locale | null =>
  published.includes(sourceLocale) ? sourceLocale : (locales.find((code) => published.includes(code)) ?? null)

/**
 * hreflang alternates for exactly the languages a document is published in, never the others,
 * and, given the document's source language, `x-default` for one of them (`xDefaultLocale`).
 */
export const languageAlternates = (
  collection: NewsroomCollection,
  slug: string,
  published: readonly Locale[],
  sourceLocale?: Locale,
): Record<string, string> => {
  const languages = Object.fromEntries(
    published.map((code) => [localeInfo[code].bcp47, absoluteUrl(sitePaths.document(code, collection, slug))]),
  )
  const fallback = sourceLocale ? xDefaultLocale(sourceLocale, published) : null
  return fallback ? { ...languages, 'x-default': absoluteUrl(sitePaths.document(fallback, collection, slug)) } : languages
}

export const documentMetadata = ({
  locale,
  collection,
  slug,
  title,
  description,
  published,
  publishedTime,
  modifiedTime,
}: {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  title: string
  description: string | null
  published: readonly Locale[]
  publishedTime: string | null
  modifiedTime: string | null
}): Metadata => {
  const url = absoluteUrl(sitePaths.document(locale, collection, slug))
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: url, languages: languageAlternates(collection, slug, published) },
    openGraph: {
      type: 'article',
      url,
      title,
      description: description ?? undefined,
      locale: localeInfo[locale].bcp47.replace('-', '_'),
      alternateLocale: published.filter((code) => code !== locale).map((code) => localeInfo[code].bcp47.replace('-', '_')),
      publishedTime: publishedTime ?? undefined,
      modifiedTime: modifiedTime ?? undefined,
    },
  }
}

/** schema.org NewsArticle for a release or briefing, in the page's language. */
export const newsArticleJsonLd = ({
  locale,
  collection,
  slug,
  title,
  description,
  datePublished,
  dateModified,
  publisherName,
}: {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  title: string
  description: string | null
  datePublished: string | null
  dateModified: string | null
  publisherName: string
}) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  ...(description ? { description } : {}),
  inLanguage: localeInfo[locale].bcp47,
  url: absoluteUrl(sitePaths.document(locale, collection, slug)),
  mainEntityOfPage: absoluteUrl(sitePaths.document(locale, collection, slug)),
  ...(datePublished ? { datePublished } : {}),
  ...(dateModified ? { dateModified } : {}),
  publisher: { '@type': 'GovernmentOrganization', name: publisherName },
})

/** A document page's metadata from what the page already loaded: the document and its languages. */
export const publishedDocumentMetadata = ({
  locale,
  collection,
  slug,
  doc,
  languages,
}: {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  doc: { title?: string | null; summary?: string | null }
  languages: DocumentLanguages
}): Metadata => {
  const publication = languages.publications[locale]
  return documentMetadata({
    locale,
    collection,
    slug,
    title: doc.title ?? slug,
    description: doc.summary ?? null,
    published: languages.published,
    publishedTime: publication?.firstPublishedAt ?? null,
    modifiedTime: publication?.lastPublishedAt ?? null,
  })
}
