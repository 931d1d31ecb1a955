import type { Metadata } from 'next'

import type { DocumentLanguages } from '@/lib/data/availability'
import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { getTranslator } from '@/lib/i18n/server'
import { setResponseStatus } from '@/lib/server/responseStatus'
import { sitePaths } from '@/lib/site/paths'

import { documentLanguageOptions } from './languageOptions'

/**
 * A reader page with nothing to show renders these bodies itself, in the site's frame, and sets
 * its status (lib/server/responseStatus.ts) instead of calling `notFound()`, whose page Next.js
 * leaves to client-side JavaScript: curl, feed readers, crawlers and readers without JavaScript
 * get the same localized page with its links.
 */

/** `<head>` of any 404/410 body: its title, and kept out of search engines. */
export const unavailableMetadata = async (locale: Locale, gone = false, everywhere = false): Promise<Metadata> => {
  const errors = await getTranslator(locale, 'errors')
  const title = gone ? errors(everywhere ? 'goneEverywhere.title' : 'gone.title') : errors('notFound.title')
  return { title, robots: { index: false, follow: true } }
}

/** 404: no such page in this language. */
export async function PageNotFound({ locale }: { locale: Locale }) {
  setResponseStatus(404)
  const errors = await getTranslator(locale, 'errors')
  return (
    <section className="status-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{errors('notFound.title')}</h1>
      <p>{errors('notFound.body')}</p>
      <p>
        <a href={sitePaths.home(locale)}>{errors('notFound.home')}</a>
      </p>
    </section>
  )
}

/** Is this language of the document one the workflow took down (410) rather than never published (404)? */
export const isGone = (languages: DocumentLanguages, locale: Locale): boolean =>
  languages.id === null ? languages.takenDown : languages.publications[locale]?.state === 'unpublished'

/**
 * A document that exists but not in this language: 404 ("not available in English yet"), or 410
 * when this language was unpublished; either way it links only to the languages it is published in.
 */
export async function DocumentUnavailable({
  collection,
  locale,
  slug,
  languages,
}: {
  collection: NewsroomCollection
  locale: Locale
  slug: string
  languages: DocumentLanguages
}) {
  // Never public here: the plain 404, which does not reveal whether a draft exists.
  if (languages.id === null && !languages.takenDown) return <PageNotFound locale={locale} />
  const gone = isGone(languages, locale)
  setResponseStatus(gone ? 410 : 404)
  const errors = await getTranslator(locale, 'errors')
  if (languages.id === null) {
    return (
      <section className="status-page not-translated" aria-labelledby="gone-title">
        <h1 id="gone-title">{errors('goneEverywhere.title')}</h1>
        <p>{errors('goneEverywhere.body')}</p>
        <p>
          <a href={sitePaths.home(locale)}>{errors('notFound.home')}</a>
        </p>
      </section>
    )
  }
  const published = documentLanguageOptions({ collection, slug, current: locale, published: languages.published }).filter(
    (option) => option.href && !option.isCurrent,
  )
  return (
    <section className="status-page not-translated" aria-labelledby="not-translated-title">
      <h1 id="not-translated-title">{errors(gone ? 'gone.title' : 'notTranslated.title')}</h1>
      <p>{errors(gone ? 'gone.body' : 'notTranslated.body')}</p>
      {published.length > 0 ? (
        <ul className="available-languages">
          {published.map((option) => (
            <li key={option.locale} lang={option.bcp47}>
              <a href={option.href ?? undefined} hrefLang={option.bcp47} data-locale={option.locale}>
                {option.nativeName}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={sitePaths.home(locale)}>{errors('notFound.home')}</a>
      </p>
    </section>
  )
}
