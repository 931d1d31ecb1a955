import type { Metadata } from 'next'

import type { DocumentLanguages } from '@/lib/data/availability'
import type { Locale } from '@/lib/i18n/locales'

import { serverURL } from '@/lib/env'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { newsroomTypes, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'
import { publicationDateOf } from '@/lib/data/publicationDate'

export const absoluteUrl = (path: string): string => `${serverURL()}${path}`

type FeedLink = { url: string; title: string }

/**
 * Feed autodiscovery (`<link rel="alternate" type="application/atom+xml">`) for a page in this
 * language. Next.js replaces a layout's `alternates` with a page's own, so every page that sets
 * `alternates` (home, documents) must add these itself.
 */
export const feedAlternates = async (locale: Locale): Promise<{ 'application/atom+xml': FeedLink[] }> => {
  const lists = await getTranslator(locale, 'lists')
  return {
    'application/atom+xml': newsroomTypes
      .filter((type) => type.feed)
      .map((type) => ({ url: sitePaths.feed(locale, type.slug), title: lists(type.strings.feed) })),
  }
}

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
  feeds,
}: {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  title: string
  description: string | null
  published: readonly Locale[]
  publishedTime: string | null
  modifiedTime: string | null
  feeds: Awaited<ReturnType<typeof feedAlternates>>
}): Metadata => {
  const url = absoluteUrl(sitePaths.document(locale, collection, slug))
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: url, languages: languageAlternates(collection, slug, published), types: feeds },
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
export const publishedDocumentMetadata = async ({
  locale,
  collection,
  slug,
  doc,
  languages,
}: {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  doc: { title?: string | null; summary?: string | null; originalPublishedAt?: string | null }
  languages: DocumentLanguages
}): Promise<Metadata> => {
  const publication = languages.publications[locale]
  return documentMetadata({
    feeds: await feedAlternates(locale),
    locale,
    collection,
    slug,
    title: doc.title ?? slug,
    description: doc.summary ?? null,
    published: languages.published,
    publishedTime: publicationDateOf(doc, publication),
    modifiedTime: publication?.lastPublishedAt ?? null,
  })
}
