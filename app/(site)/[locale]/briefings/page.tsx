import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { ArchiveMonths } from '@/components/site/ArchiveMonths'
import { BriefingList } from '@/components/site/DocLists'
import { listBriefingMonths, listBriefings } from '@/lib/data/briefings'
import { getPreview } from '@/lib/data/preview'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: (await getTranslator(locale, 'lists'))('briefingsTitle') }
}

export default async function BriefingsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const preview = await getPreview()
  const [t, latest, months] = await Promise.all([
    getTranslator(locale, 'lists'),
    listBriefings({ locale, limit: 10, preview }),
    listBriefingMonths({ locale, preview }),
  ])
  return (
    <>
      <h1>{t('briefingsTitle')}</h1>
      {latest.docs.length === 0 ? <p>{t('noResults')}</p> : <BriefingList locale={locale} briefings={latest.docs} />}
      <ArchiveMonths locale={locale} months={months} />
      <p>
        <a href={sitePaths.feed(locale, 'briefings')}>{t('feed')}</a>
      </p>
    </>
  )
}
