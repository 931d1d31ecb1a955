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
      {/* Past the end, the page says so above; "Page 999 of 5" would contradict it. */}
      {page <= totalPages ? <span>{totalKnown ? t('pagination.pageOf', { page, total: totalPages }) : t('pagination.page', { page })}</span> : null}
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
  if (page <= Math.max(totalPages, 1)) return <p>{empty}</p>
  setResponseStatus(404)
  const t = await getTranslator(locale, 'lists')
  // Payload's SQL adapter answers a page past the end of a joined query (a topic filter) with no
  // total at all: then only the first page can be named.
  return totalPages === 0 ? (
    <p className="past-the-end">
      {t('pagination.noSuchPage', { page })} <a href={hrefFor(1)}>{t('pagination.firstPage')}</a>
    </p>
  ) : (
    <p className="past-the-end">
      {t('pagination.pastTheEnd', { page, total: totalPages })} <a href={hrefFor(totalPages)}>{t('pagination.lastPage')}</a>
    </p>
  )
}
