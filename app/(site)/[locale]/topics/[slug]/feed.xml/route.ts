import { notFound } from 'next/navigation'

import { atomResponse } from '@/lib/feeds/atom'
import { topicFeed } from '@/lib/feeds/feeds'
import { isLocale } from '@/lib/i18n/locales'

/** Cached like a page; revalidated with the feeds and list tags on every workflow action. */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const xml = await topicFeed(locale, slug)
  if (!xml) notFound()
  return atomResponse(xml)
}
