import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { listTopics } from '@/lib/data/reference'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: (await getTranslator(locale, 'lists'))('topicsTitle') }
}

export default async function TopicsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, topics] = await Promise.all([getTranslator(locale, 'lists'), listTopics({ locale })])
  return (
    <>
      <h1>{t('topicsTitle')}</h1>
      <ul className="doc-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={sitePaths.topic(locale, topic.slug)}>{topic.name}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
