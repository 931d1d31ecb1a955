import type { Locale } from '@/lib/i18n/locales'

import { getTranslator } from '@/lib/i18n/server'
import { setResponseStatus } from '@/lib/server/responseStatus'

/**
 * Previous/next links that keep the current filters; `hrefFor` builds a page's address. With
 * `totalKnown` false (a search that stopped counting) the page is named without "of N".
 */
export async function Pagination({
  locale,
  page,
  totalPages,
  totalKnown = true,
  hrefFor,
}: {
  locale: Locale
  page: number
  totalPages: number
  totalKnown?: boolean
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const t = await getTranslator(locale, 'lists')
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        // From past the end (an old link, a typed address), back to the last page there is.
        <a href={hrefFor(Math.min(page - 1, totalPages))} rel="prev">
          {t('pagination.previous')}
        </a>
      ) : null}
      <span>{totalKnown ? t('pagination.pageOf', { page, total: totalPages }) : t('pagination.page', { page })}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </a>
      ) : null}
    </nav>
  )
}

/**
 * What an empty page of a paged list says. Past the last page (an old link, a typed `?page=999`)
 * that is not "nothing here": the page does not exist, so it is a 404 that names the last page and
 * links to it. Otherwise the list's own empty message.
 */
export async function NothingOnThisPage({
  locale,
  page,
  totalPages,
  hrefFor,
  empty,
}: {
  locale: Locale
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  empty: string
}) {
  if (totalPages === 0 || page <= totalPages) return <p>{empty}</p>
  setResponseStatus(404)
  const t = await getTranslator(locale, 'lists')
  return (
    <p className="past-the-end">
      {t('pagination.pastTheEnd', { page, total: totalPages })} <a href={hrefFor(totalPages)}>{t('pagination.lastPage')}</a>
    </p>
  )
}
