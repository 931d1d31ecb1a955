import type { ReactNode } from 'react'

import { notFound } from 'next/navigation'

import { DocumentShell } from '@/components/site/DocumentShell'
import { isLocale } from '@/lib/i18n/locales'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

export default async function PressReleaseLayout({ children, params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  return (
    <DocumentShell collection="press-releases" locale={locale} slug={slug}>
      {children}
    </DocumentShell>
  )
}
