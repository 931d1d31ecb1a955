import { notFound } from 'next/navigation'

import { atomResponse } from '@/lib/feeds/atom'
import { collectionFeed } from '@/lib/feeds/feeds'
import { isLocale } from '@/lib/i18n/locales'

/** Rendered per request from the database; server.ts's page cache keeps a copy (see the layout). */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return atomResponse(await collectionFeed(locale, 'statements'))
}
