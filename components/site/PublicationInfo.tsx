import type { Publication } from '@/lib/data/publication'
import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { formatDateTime, formatPublished } from '@/lib/i18n/format'
import { localeInfo } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'
import { publicationDateOf } from '@/lib/data/publicationDate'

type Props = {
  locale: Locale
  collection: NewsroomCollection
  slug: string
  sourceLocale: Locale
  published: readonly Locale[]
  publication: Publication | undefined
  /** The ministry's own publication time, when earlier than the first publication here. */
  originalPublishedAt: string | null
}

/**
 * Everything a reader should know about this text's status before reading it: that it is a
 * translation (and where the authoritative text is), that it was withdrawn (and why), and when it
 * was published and changed.
 */
export async function PublicationInfo({ locale, collection, slug, sourceLocale, published, publication, originalPublishedAt }: Props) {
  const t = await getTranslator(locale, 'documents')
  // Named in the page's language ("以印度尼西亚语原文为准"), not in its own ("Bahasa Indonesia").
  const sourceName = t(`languageNames.${sourceLocale}`)
  const isTranslation = sourceLocale !== locale
  const firstPublished = publication ? publicationDateOf({ originalPublishedAt }, publication) : null
  // "Last updated" only for a text republished with changes here, not for its first publication.
  const lastPublished = publication?.lastPublishedAt ?? null
  const updated = lastPublished && lastPublished !== publication?.firstPublishedAt ? lastPublished : null
  return (
    <>
      {publication?.state === 'withdrawn' ? (
        <section className="banner banner-withdrawn" role="note" aria-labelledby="withdrawn-title">
          <h2 id="withdrawn-title">{t('withdrawn.title')}</h2>
          <p>{t('withdrawn.body', { date: formatDateTime(locale, publication.withdrawnAt) })}</p>
          {publication.withdrawnReason ? (
            <p>
              <strong>{t('reasonLabel')}</strong> {publication.withdrawnReason}
            </p>
          ) : null}
        </section>
      ) : null}
      {isTranslation ? (
        <p className="banner banner-translation" role="note">
          {t('translationNotice', { language: sourceName })}{' '}
          {published.includes(sourceLocale) ? (
            <a href={sitePaths.document(sourceLocale, collection, slug)} hrefLang={localeInfo[sourceLocale].bcp47}>
              {t('readOriginal')} (<span lang={localeInfo[sourceLocale].bcp47}>{localeInfo[sourceLocale].nativeName}</span>)
            </a>
          ) : null}
        </p>
      ) : null}
      {firstPublished ? (
        <dl className="publication-dates meta">
          <dt>{t('published')}</dt>
          <dd>
            <time dateTime={firstPublished}>{formatPublished(locale, firstPublished)}</time>
          </dd>
          {updated ? (
            <>
              <dt>{t('updated')}</dt>
              <dd>
                <time dateTime={updated}>{formatDateTime(locale, updated)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {publication && publication.changeNotes.length > 0 ? (
        <details className="change-notes">
          <summary>{t('changeNotes')}</summary>
          <ol>
            {publication.changeNotes.map((entry) => (
              <li key={`${entry.at}-${entry.note}`}>
                <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
                {t('separator')}
                {entry.note}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  )
}
