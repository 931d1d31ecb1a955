import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getTranslator } from '@/lib/i18n/server'
import { isLocale, localeInfo, locales } from '@/lib/i18n/locales'

import '../site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Only the three locales exist; any other first segment is a 404, not a dynamic render.
export const dynamicParams = false
export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslator(locale)
  return { title: { default: t('siteName'), template: `%s · ${t('siteName')}` }, description: t('siteTagline') }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = await getTranslator(locale)
  return (
    <html lang={localeInfo[locale].bcp47}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link className="site-name" href={`/${locale}`}>
            {t('siteName')}
          </Link>
          <p className="tagline">{t('siteTagline')}</p>
          <nav aria-label={t('languages')}>
            <ul className="languages">
              {locales.map((code) => (
                <li key={code}>
                  <a href={`/${code}`} lang={localeInfo[code].bcp47} aria-current={code === locale ? 'page' : undefined}>
                    {localeInfo[code].nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
