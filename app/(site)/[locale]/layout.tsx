import type { Metadata } from 'next'
import { Fragment, type ReactNode } from 'react'

import { headers } from 'next/headers'

import { HeaderLanguages } from '@/components/site/HeaderLanguages'
import { PageNotFound } from '@/components/site/StatusPages'
import { getPreview } from '@/lib/data/preview'
import { getTranslator } from '@/lib/i18n/server'
import { isLocale, localeInfo, type Locale } from '@/lib/i18n/locales'
import { newsroomTypes } from '@/lib/newsroom/registry'
import { absoluteUrl, feedAlternates } from '@/lib/seo/metadata'
import { negotiateLocale } from '@/lib/seo/negotiateLocale'
import { CURRENT_PATH_HEADER } from '@/lib/site/currentPath'
import { SITE_ICON } from '@/lib/site/icon'
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

// Links between reader pages are plain <a>, not next/link: each page is a full load (served from
// the page cache), so the header and its language links always belong to the page shown. A
// client-side navigation keeps the previous page's layout, and with it the previous page's
// language links.

/** An address whose first segment is no language (`/xx/…`) is a 404 in the reader's browser language. */
const frameLocaleOf = async (locale: string): Promise<Locale> =>
  isLocale(locale) ? locale : negotiateLocale((await headers()).get('accept-language'))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const frame = await frameLocaleOf(locale)
  const t = await getTranslator(frame)
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteTagline'),
    alternates: { types: await feedAlternates(frame) },
    icons: { icon: [{ url: SITE_ICON, type: 'image/svg+xml' }] },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale: segment } = await params
  const locale = await frameLocaleOf(segment)
  const [t, lists, preview] = await Promise.all([getTranslator(locale), getTranslator(locale, 'lists'), getPreview()])
  const path = (await headers()).get(CURRENT_PATH_HEADER) ?? sitePaths.home(locale)
  return (
    <html lang={localeInfo[locale].bcp47}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {preview ? (
          <div className="banner banner-preview" role="note">
            {t('preview.banner')} <a href={`/preview/exit?path=${encodeURIComponent(path)}`}>{t('preview.exit')}</a>
          </div>
        ) : null}
        <header className="site-header">
          <a className="site-name" href={sitePaths.home(locale)}>
            {t('siteName')}
          </a>
          <p className="tagline">{t('siteTagline')}</p>
          <HeaderLanguages locale={locale} />
          <nav aria-label={t('nav.home')} className="site-nav">
            <ul>
              {newsroomTypes.map((type) => (
                <li key={type.slug}>
                  <a href={sitePaths.list(locale, type.slug)}>{t(type.strings.nav)}</a>
                </li>
              ))}
              <li>
                <a href={`/${locale}/topics`}>{t('nav.topics')}</a>
              </li>
            </ul>
          </nav>
          {/* The search page has its own form, with filters: one search box per page. */}
          {path.split('?')[0] === sitePaths.search(locale) ? null : (
            <form className="site-search" role="search" aria-label={t('searchBox.label')} method="get" action={sitePaths.search(locale)}>
              <input type="search" name="q" aria-label={t('searchBox.label')} />
              <button type="submit">{t('searchBox.submit')}</button>
            </form>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          {isLocale(segment) ? children : <PageNotFound locale={locale} />}
        </main>
        <footer className="site-footer">
          <p>
            {t('feeds')}{' '}
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
