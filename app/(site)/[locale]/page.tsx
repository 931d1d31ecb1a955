import Link from 'next/link'

import { listBriefings } from '@/lib/data/briefings'
import { listPressReleases } from '@/lib/data/pressReleases'
import { formatDay } from '@/lib/i18n/format'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

type Props = { params: Promise<{ locale: string }> }

// Rendered per request until the reader site adds tag-based revalidation on publish.
export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  const [t, releases, briefings] = await Promise.all([
    getTranslator(locale),
    listPressReleases({ locale }),
    listBriefings({ locale }),
  ])
  return (
    <>
      <section aria-labelledby="latest-releases">
        <h2 id="latest-releases">{t('home.latestReleases')}</h2>
        {releases.length === 0 ? (
          <p>{t('home.noReleases')}</p>
        ) : (
          <ul className="doc-list">
            {releases.map((release) => (
              <li key={release.id}>
                <Link href={`/${locale}/press-releases/${release.slug}`}>{release.title}</Link>
                <div className="meta">
                  <time dateTime={release.eventDate ?? undefined}>{formatDay(locale, release.eventDate)}</time>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest-briefings">
        <h2 id="latest-briefings">{t('home.latestBriefings')}</h2>
        {briefings.length === 0 ? (
          <p>{t('home.noBriefings')}</p>
        ) : (
          <ul className="doc-list">
            {briefings.map((briefing) => (
              <li key={briefing.id}>
                <Link href={`/${locale}/briefings/${briefing.slug}`}>{briefing.title}</Link>
                <div className="meta">
                  <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
