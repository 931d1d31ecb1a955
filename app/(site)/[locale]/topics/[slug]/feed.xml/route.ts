import { notFound } from 'next/navigation'

import { atomResponse } from '@/lib/feeds/atom'
import { topicFeed } from '@/lib/feeds/feeds'
import { isLocale } from '@/lib/i18n/locales'

/** Rendered per request from the database; server.ts's page cache keeps a copy (see the layout). */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const xml = await topicFeed(locale, slug)
  if (!xml) notFound()
  return atomResponse(xml)
}
