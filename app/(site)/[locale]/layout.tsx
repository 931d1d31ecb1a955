import type { Metadata } from 'next'
import { Fragment, type ReactNode } from 'react'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { NotFoundStringsProvider } from '@/components/site/SiteStrings'
import { absoluteUrl } from '@/lib/seo/metadata'
import { getTranslator } from '@/lib/i18n/server'
import { isLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomTypes } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

import '../site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

const feedTypes = newsroomTypes.filter((type) => type.feed)

/**
 * Every reader page is rendered from the database when it is requested; nothing is pre-rendered
 * at build time or kept in Next.js's caches, which live on disk and outlast what the database
 * says (a takedown came back after a restart). Rendered pages are kept in this process's memory
 * by server.ts's page cache, emptied on every public change (docs/reader-site.md).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslator(locale)
  const lists = await getTranslator(locale, 'lists')
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteTagline'),
    alternates: {
      types: {
        'application/atom+xml': feedTypes.map((type) => ({ url: sitePaths.feed(locale, type.slug), title: lists(type.strings.feed) })),
      },
    },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, errors, lists] = await Promise.all([
    getTranslator(locale),
    getTranslator(locale, 'errors'),
    getTranslator(locale, 'lists'),
  ])
  return (
    <html lang={localeInfo[locale].bcp47}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link className="site-name" href={sitePaths.home(locale)}>
            {t('siteName')}
          </Link>
          <p className="tagline">{t('siteTagline')}</p>
          <nav aria-label={t('languages')}>
            <ul className="languages">
              {locales.map((code) => (
                <li key={code}>
                  <a
                    href={sitePaths.home(code)}
                    lang={localeInfo[code].bcp47}
                    hrefLang={localeInfo[code].bcp47}
                    aria-current={code === locale ? 'page' : undefined}
                  >
                    {localeInfo[code].nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t('nav.home')} className="site-nav">
            <ul>
              {newsroomTypes.map((type) => (
                <li key={type.slug}>
                  <Link href={sitePaths.list(locale, type.slug)}>{t(type.strings.nav)}</Link>
                </li>
              ))}
              <li>
                <Link href={`/${locale}/topics`}>{t('nav.topics')}</Link>
              </li>
              <li>
                <Link href={sitePaths.search(locale)}>{t('nav.search')}</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <NotFoundStringsProvider
            value={{
              homeHref: sitePaths.home(locale),
              title: errors('notFound.title'),
              body: errors('notFound.body'),
              home: errors('notFound.home'),
            }}
          >
            {children}
          </NotFoundStringsProvider>
        </main>
        <footer className="site-footer">
          <p>
            {t('feeds')}:{' '}
            {feedTypes.map((type, index) => (
              <Fragment key={type.slug}>
                {index > 0 ? ' · ' : null}
                <a href={sitePaths.feed(locale, type.slug)}>{lists(type.strings.feed)}</a>
              </Fragment>
            ))}
          </p>
        </footer>
      </body>
    </html>
  )
}
