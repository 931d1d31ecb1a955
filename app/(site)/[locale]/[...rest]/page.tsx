import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PageNotFound, unavailableMetadata } from '@/components/site/StatusPages'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? unavailableMetadata(locale) : {}
}

/** Any other address under a language is that language's 404, rendered on the server. */
export default async function UnknownPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <PageNotFound locale={locale} />
}
