import type { Locale } from '@/lib/i18n/locales'

import { listBriefings, listQuestionsOnTopic } from '@/lib/data/briefings'
import { listPressReleases } from '@/lib/data/pressReleases'
import { getTopicBySlug } from '@/lib/data/reference'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

import { renderAtomFeed } from './atom'

const FEED_SIZE = 50

/** The three kinds of feed, per language. Each reads only published text, through the data module. */
export const releasesFeed = async (locale: Locale): Promise<string> => {
  const [common, lists, releases] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listPressReleases({ locale, limit: FEED_SIZE }),
  ])
  return renderAtomFeed({
    locale,
    title: lists('feeds.releases'),
    path: sitePaths.feed(locale, 'press-releases'),
    siteName: common('siteName'),
    entries: releases.docs.map((release) => ({
      title: release.title ?? release.slug,
      path: sitePaths.document(locale, 'press-releases', release.slug),
      date: release.eventDate ?? null,
      summary: release.summary,
    })),
  })
}

export const briefingsFeed = async (locale: Locale): Promise<string> => {
  const [common, lists, briefings] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'lists'),
    listBriefings({ locale, limit: FEED_SIZE }),
  ])
  return renderAtomFeed({
    locale,
    title: lists('feeds.briefings'),
    path: sitePaths.feed(locale, 'briefings'),
    siteName: common('siteName'),
    entries: briefings.docs.map((briefing) => ({
      title: briefing.title ?? briefing.slug,
      path: sitePaths.document(locale, 'briefings', briefing.slug),
      date: briefing.date,
      summary: briefing.summary,
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
