import { notFound } from 'next/navigation'

import { atomResponse } from '@/lib/feeds/atom'
import { releasesFeed } from '@/lib/feeds/feeds'
import { isLocale } from '@/lib/i18n/locales'

/** Cached like a page; revalidated with the feeds and list tags on every workflow action. */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return atomResponse(await releasesFeed(locale))
}
