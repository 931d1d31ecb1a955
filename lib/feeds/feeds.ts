import type { Locale } from '@/lib/i18n/locales'

import { listQuestionsOnTopic } from '@/lib/data/briefings'
import { listNewestDocuments } from '@/lib/data/documents'
import { listPressReleases } from '@/lib/data/pressReleases'
import { getTopicBySlug } from '@/lib/data/reference'
import { getTranslator } from '@/lib/i18n/server'
import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

import { renderAtomFeed } from './atom'

const FEED_SIZE = 50

/**
 * Feeds, per language: one per newsroom type that has one (the registry says which), and one per
 * topic. Each reads only published text, through the data module.
 */
export const collectionFeed = async (locale: Locale, collection: NewsroomCollection): Promise<string> => {
  const [common, lists, docs] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listNewestDocuments({ collection, locale, limit: FEED_SIZE }),
  ])
  return renderAtomFeed({
    locale,
    title: lists(newsroomType(collection).strings.feed),
    path: sitePaths.feed(locale, collection),
    siteName: common('siteName'),
    entries: docs.map((item) => ({
      title: item.title ?? item.slug,
      path: sitePaths.document(locale, collection, item.slug),
      date: item.date,
      summary: item.summary,
    })),
  })
}

/** Releases and individual Q&A items on a topic, newest first; null when the topic is unknown here. */
export const topicFeed = async (locale: Locale, slug: string): Promise<string | null> => {
  const topic = await getTopicBySlug({ locale, slug })
  if (!topic) return null
  const [common, lists, releases, questions] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listPressReleases({ locale, topicId: topic.id, limit: FEED_SIZE }),
    listQuestionsOnTopic({ locale, topicId: topic.id, limit: FEED_SIZE }),
  ])
  const entries = [
    ...releases.docs.map((release) => ({
      title: release.title ?? release.slug,
      path: sitePaths.document(locale, 'press-releases', release.slug),
      date: release.eventDate ?? null,
      summary: release.summary,
    })),
    ...questions.map(({ briefing, item }) => ({
      title: item.question ?? briefing.title ?? briefing.slug,
      path: `${sitePaths.document(locale, 'briefings', briefing.slug)}#${item.key}`,
      date: briefing.date,
      summary: briefing.title,
    })),
  ]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, FEED_SIZE)
  return renderAtomFeed({
    locale,
    title: lists('feeds.topic', { topic: topic.name }),
    path: sitePaths.topicFeed(locale, slug),
    siteName: common('siteName'),
    entries,
  })
}
