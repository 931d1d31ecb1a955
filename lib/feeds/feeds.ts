import type { Locale } from '@/lib/i18n/locales'
import type { Publication } from '@/lib/data/publication'

import { listQuestionsOnTopic } from '@/lib/data/briefings'
import { listFeedDocuments } from '@/lib/data/feedDocuments'
import { getLocalePublications } from '@/lib/data/publication'
import { lastUpdateOf, publicationDateOf } from '@/lib/data/publicationDate'
import { getTopicBySlug } from '@/lib/data/reference'
import { getTranslator } from '@/lib/i18n/server'
import { isNewsroomCollection, newsroomType, withoutRepeatedFields, type NewsroomCollection } from '@/lib/newsroom/registry'
import { richTextToPlainText } from '@/lib/richText/paragraphs'
import { escapeHtml, richTextToHtml, type InternalLinkTarget } from '@/lib/richText/html'
import { absoluteUrl } from '@/lib/seo/metadata'
import { sitePaths } from '@/lib/site/paths'

import { renderAtomFeed, type FeedEntry } from './atom'

const FEED_SIZE = 50

type Doc = Record<string, unknown>

const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

/** The name of a populated person in this language, if it has one. */
const nameOf = (person: unknown): string | null =>
  person && typeof person === 'object' ? textOf((person as { name?: unknown }).name) : null

/**
 * A link inside rich text to another newsroom document, to that document in the feed's language
 * when it was populated (Payload populates linked documents at the feed query's depth).
 */
const internalHrefFor =
  (locale: Locale) =>
  ({ relationTo, value }: InternalLinkTarget): string | null => {
    const slug = value && typeof value === 'object' ? textOf((value as { slug?: unknown }).slug) : null
    return slug && isNewsroomCollection(relationTo) ? absoluteUrl(sitePaths.document(locale, relationTo, slug)) : null
  }

const htmlOf = (value: unknown, locale: Locale): string =>
  richTextToHtml(value, { internalHref: internalHrefFor(locale), fallbackHref: absoluteUrl(sitePaths.home(locale)) })

/** One Q&A item as HTML: the question as a heading, then the answer. */
const itemHtml = (item: Doc, locale: Locale): string => {
  const question = textOf(item.question)
  return `${question ? `<h3>${escapeHtml(question)}</h3>` : ''}${htmlOf(item.answer, locale)}`
}

/**
 * A document's whole text in one language as HTML, in the order of its type's fields (the title
 * and summary have their own elements), then its questions and answers.
 */
const contentHtmlOf = (collection: NewsroomCollection, doc: Doc, locale: Locale): string => {
  const type = newsroomType(collection)
  // The location is left out where the body's dateline opens with it, as in search.
  const fields = withoutRepeatedFields(type.textFields, (field) => (field.rich ? richTextToPlainText(doc[field.name]) : (textOf(doc[field.name]) ?? '')))
    .filter((field) => field.name !== 'title' && field.name !== 'summary')
    .map((field) => (field.rich ? htmlOf(doc[field.name], locale) : textOf(doc[field.name]) ? `<p>${escapeHtml(textOf(doc[field.name])!)}</p>` : ''))
  const items = type.items && Array.isArray(doc[type.items.field]) ? (doc[type.items.field] as Doc[]) : []
  return [...fields, ...items.map((item) => itemHtml(item, locale))].filter(Boolean).join('\n')
}

/** Who an entry is by: the speaker for what a spokesperson said, the ministry (site) for the rest. */
const authorOf = (collection: NewsroomCollection, doc: Doc, siteName: string): string => {
  const field = newsroomType(collection).spokespersonField
  return (field ? nameOf(doc[field]) : null) ?? siteName
}

/** Publication and update dates as the pages state them, else the document's own date. */
const datesOf = (doc: Doc, publication: Publication | null, ownDate: unknown): Pick<FeedEntry, 'published' | 'updated'> => {
  const fallback = textOf(ownDate)
  return { published: publicationDateOf(doc, publication) ?? fallback, updated: lastUpdateOf(doc, publication) ?? fallback }
}

/**
 * Feeds, per language: one per newsroom type that has one (the registry says which), and one per
 * topic. Each reads only published text, through the data module, and carries it whole.
 */
export const collectionFeed = async (locale: Locale, collection: NewsroomCollection): Promise<string> => {
  const [common, lists, docs] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listFeedDocuments({ collection, locale, limit: FEED_SIZE }),
  ])
  const siteName = common('siteName')
  const { dateField } = newsroomType(collection)
  return renderAtomFeed({
    locale,
    title: lists(newsroomType(collection).strings.feed),
    path: sitePaths.feed(locale, collection),
    siteName,
    entries: docs.map(({ doc, publication }) => ({
      title: textOf(doc.title) ?? String(doc.slug),
      path: sitePaths.document(locale, collection, String(doc.slug)),
      ...datesOf(doc, publication, doc[dateField]),
      author: authorOf(collection, doc, siteName),
      summary: textOf(doc.summary),
      contentHtml: contentHtmlOf(collection, doc, locale),
    })),
  })
}

/** Releases and individual Q&A items on a topic, newest first; null when the topic is unknown here. */
export const topicFeed = async (locale: Locale, slug: string): Promise<string | null> => {
  const topic = await getTopicBySlug({ locale, slug })
  if (!topic) return null
  const [common, lists, releases, { questions }] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listFeedDocuments({ collection: 'press-releases', locale, topicId: topic.id, limit: FEED_SIZE }),
    listQuestionsOnTopic({ locale, topicId: topic.id, limit: FEED_SIZE, withAnswers: true }),
  ])
  const siteName = common('siteName')
  const briefingPublications = await getLocalePublications({
    collection: 'briefings',
    ids: [...new Set(questions.map(({ briefing }) => briefing.id))],
    locale,
  })
  const entries = [
    ...releases.map(({ doc, publication }) => ({
      sortDate: textOf(doc.eventDate) ?? '',
      title: textOf(doc.title) ?? String(doc.slug),
      path: sitePaths.document(locale, 'press-releases', String(doc.slug)),
      ...datesOf(doc, publication, doc.eventDate),
      author: siteName,
      summary: textOf(doc.summary),
      contentHtml: contentHtmlOf('press-releases', doc, locale),
    })),
    ...questions.map(({ briefing, item }) => ({
      sortDate: briefing.date,
      title: item.question ?? briefing.title ?? briefing.slug,
      path: `${sitePaths.document(locale, 'briefings', briefing.slug)}#${item.key}`,
      ...datesOf(briefing, briefingPublications[String(briefing.id)] ?? null, briefing.date),
      author: nameOf(briefing.spokesperson) ?? siteName,
      summary: briefing.title,
      contentHtml: itemHtml(item as unknown as Doc, locale),
    })),
  ]
    .sort((a, b) => b.sortDate.localeCompare(a.sortDate))
    .slice(0, FEED_SIZE)
  return renderAtomFeed({
    locale,
    title: lists('feeds.topic', { topic: topic.name }),
    path: sitePaths.topicFeed(locale, slug),
    siteName,
    entries: entries.map(({ sortDate: _sortDate, ...entry }) => entry),
  })
}
