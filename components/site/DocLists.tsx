import Link from 'next/link'

import type { BriefingListItem } from '@/lib/data/briefings'
import type { ReleaseListItem } from '@/lib/data/pressReleases'
import type { Locale } from '@/lib/i18n/locales'

import { formatDay } from '@/lib/i18n/format'
import { sitePaths } from '@/lib/site/paths'

export function ReleaseList({ locale, releases }: { locale: Locale; releases: ReleaseListItem[] }) {
  return (
    <ul className="doc-list">
      {releases.map((release) => (
        <li key={release.id}>
          <Link href={sitePaths.document(locale, 'press-releases', release.slug)}>{release.title}</Link>
          <div className="meta">
            {release.eventDate ? <time dateTime={release.eventDate}>{formatDay(locale, release.eventDate)}</time> : null}
            {release.location ? ` · ${release.location}` : null}
          </div>
        </li>
      ))}
    </ul>
  )
}

export function BriefingList({ locale, briefings }: { locale: Locale; briefings: BriefingListItem[] }) {
  return (
    <ul className="doc-list">
      {briefings.map((briefing) => (
        <li key={briefing.id}>
          <Link href={sitePaths.document(locale, 'briefings', briefing.slug)}>{briefing.title}</Link>
          <div className="meta">
            <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
          </div>
        </li>
      ))}
    </ul>
  )
}
