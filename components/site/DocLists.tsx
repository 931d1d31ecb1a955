import type { BriefingListItem } from '@/lib/data/briefings'
import type { ReleaseListItem } from '@/lib/data/pressReleases'
import type { Id } from '@/lib/db/ids'
import type { FeedItem } from '@/lib/data/documents'
import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { formatDay } from '@/lib/i18n/format'
import { sitePaths } from '@/lib/site/paths'

export function ReleaseList({ locale, releases }: { locale: Locale; releases: ReleaseListItem[] }) {
  return (
    <ul className="doc-list">
      {releases.map((release) => (
        <li key={release.id}>
          <a href={sitePaths.document(locale, 'press-releases', release.slug)}>{release.title}</a>
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
          <a href={sitePaths.document(locale, 'briefings', briefing.slug)}>{briefing.title}</a>
          <div className="meta">
            <time dateTime={briefing.date}>{formatDay(locale, briefing.date)}</time>
          </div>
        </li>
      ))}
    </ul>
  )
}

/** Any newsroom type's list: title, date and summary (statements, and any type added later). */
export function DocumentList({ locale, collection, docs }: { locale: Locale; collection: NewsroomCollection; docs: (FeedItem & { id: Id })[] }) {
  return (
    <ul className="doc-list">
      {docs.map((doc) => (
        <li key={doc.id}>
          <a href={sitePaths.document(locale, collection, doc.slug)}>{doc.title}</a>
          <div className="meta">{doc.date ? <time dateTime={doc.date}>{formatDay(locale, doc.date)}</time> : null}</div>
          {doc.summary ? <p>{doc.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
