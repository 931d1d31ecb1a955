import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { BriefingList } from '@/components/site/DocLists'
import { PageNotFound, unavailableMetadata } from '@/components/site/StatusPages'
import { listBriefings, parseArchivePeriod, type ArchivePeriod } from '@/lib/data/briefings'
import { getPreview } from '@/lib/data/preview'
import { formatMonth } from '@/lib/i18n/format'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

type Props = { params: Promise<{ locale: string; period: string }> }

const ARCHIVE_PAGE_SIZE = 400

const periodLabel = (locale: Locale, period: ArchivePeriod) =>
  period.month ? formatMonth(locale, period.year, period.month) : String(period.year)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, period: value } = await params
  const period = parseArchivePeriod(value)
  if (!isLocale(locale)) return {}
  if (!period) return unavailableMetadata(locale)
  return { title: (await getTranslator(locale, 'lists'))('archive.period', { period: periodLabel(locale, period) }) }
}

/** One month's (or year's) briefings: a year holds a few hundred at most, one page. */
export default async function BriefingArchivePage({ params }: Props) {
  const { locale, period: value } = await params
  const period = parseArchivePeriod(value)
  if (!isLocale(locale)) notFound()
  if (!period) return <PageNotFound locale={locale} />
  const preview = await getPreview()
  const [t, briefings] = await Promise.all([
    getTranslator(locale, 'lists'),
    listBriefings({ locale, period, limit: ARCHIVE_PAGE_SIZE, preview }),
  ])
  return (
    <>
      <h1>{t('archive.period', { period: periodLabel(locale, period) })}</h1>
      {briefings.docs.length === 0 ? <p>{t('noResults')}</p> : <BriefingList locale={locale} briefings={briefings.docs} />}
    </>
  )
}
