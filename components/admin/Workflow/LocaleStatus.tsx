import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { findLocaleRecord } from '@/lib/admin/documentReads'
import { extractLocaleTexts, hasAnyText, type AllLocalesDoc } from '@/lib/workflow/texts'

import { adminT, type AdminT } from '@/lib/i18n/adminStrings'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'

import { LocaleStatusLine } from './LocaleStatusLine'
import { HEADING_READY } from './headingReady'
import { UntitledHeading } from './UntitledHeading'

/** What heads a language without a title yet: that, and the source's title to recognise it by. */
const untitledHeading = (doc: AllLocalesDoc, code: Locale, t: AdminT) => {
  const source = sourceLocaleOf(doc)
  const titles = (doc.title ?? {}) as Partial<Record<Locale, string | null>>
  const sourceTitle = source !== code ? titles[source]?.trim() : undefined
  const language = t(`warta:languages:${code}`)
  const text = sourceTitle
    ? t('warta:workflow:untitledWithSource', { language, source: t(`warta:languages:${source}`), title: sourceTitle })
    : t('warta:workflow:untitled', { language })
  return text.charAt(0).toUpperCase() + text.slice(1)
}

type Props = {
  collection?: string
  id?: number | string
  locale?: { code?: string } | string
  payload?: Payload
  user?: TypedUser | null
  i18n?: I18nClient
}

/**
 * Replaces Payload's "Status: Published / Draft / Changed" above the form: Payload's status counts
 * its own draft versions and knows nothing of review, schedules or stale translations, so it said
 * "Published" beside a workflow panel saying "stale". This line says what the panel says for the
 * language being edited, and what readers get, from the same workflow record; the save time is in
 * the newsroom's zone (Payload's "Last modified" and "Created", in the browser's, are hidden by
 * app/(payload)/custom.css so one screen has one zone).
 */
export async function LocaleStatus({ collection, id, locale, payload, user, i18n }: Props) {
  const code = typeof locale === 'string' ? locale : locale?.code
  if (!collection || !isNewsroomCollection(collection) || !id || !payload || !user || !i18n || !code || !isLocale(code)) return null
  const [record, doc] = await Promise.all([
    findLocaleRecord(payload, user, collection, id, code),
    // Every language at once: this one's text and title, and the source's title for an untitled heading.
    payload.findByID({ collection, id, depth: 0, draft: true, locale: 'all', user, overrideAccess: false }) as Promise<unknown> as Promise<AllLocalesDoc>,
  ])
  const t = adminT(i18n)
  const title = ((doc.title ?? {}) as Partial<Record<Locale, string | null>>)[code]
  const untitled = typeof title === 'string' && title.trim() !== '' ? null : untitledHeading(doc, code, t)
  // As the panel says it: a language with no text at all is "missing", not a draft saved at the document's time.
  const written = hasAnyText(extractLocaleTexts(collection, doc, code))
  const display = !written ? 'missing' : !record ? 'draft' : record.stale ? 'stale' : record.state
  return (
    <LocaleStatusLine
      collection={collection}
      id={String(id)}
      locale={code}
      display={display}
      publication={record?.publication ?? 'none'}
      timeZone={newsroomTimeZone()}
      savedAt={typeof doc.updatedAt === 'string' ? doc.updatedAt : null}
    >
      {untitled ? (
        <>
          {/* Until the browser heads the page (UntitledHeading), Payload's own heading is the bare
              id ("4"), painted for seconds on a busy machine: it stays invisible until then. */}
          <style>{`html:not([${HEADING_READY}]) h1.render-title { visibility: hidden; }`}</style>
          <UntitledHeading text={untitled} />
        </>
      ) : null}
    </LocaleStatusLine>
  )
}
