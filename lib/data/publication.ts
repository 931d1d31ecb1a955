import type { Locale } from '@/lib/i18n/locales'

import { isLocale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { readerQuery } from './cached'
import { getPayloadClient } from './payload'
import { idOf, type Id } from '@/lib/db/ids'
import { recordsOfDocument } from '@/lib/workflow/records'

/**
 * The public facts of a locale's publication, kept by the workflow in `workflow-states` (one
 * record per document and locale). Read as an anonymous reader: the access rule admits only
 * records whose `publication` is public (live, withdrawn, unpublished), and field access hides the
 * internal bookkeeping, so nothing here can reveal a draft.
 */
export type PublicationState = 'published' | 'withdrawn' | 'unpublished'

export type Publication = {
  locale: Locale
  state: PublicationState
  firstPublishedAt: string | null
  lastPublishedAt: string | null
  changeNotes: { at: string; note: string }[]
  withdrawnAt: string | null
  withdrawnReason: string | null
}

export type Publications = Partial<Record<Locale, Publication>>

/**
 * The workflow keeps a reader-facing `publication` (live, withdrawn, unpublished, none) beside
 * the editorial `state`, which readers cannot see: a live locale may have a newer draft in review.
 */
const fromPublication: Record<string, PublicationState> = { live: 'published', withdrawn: 'withdrawn', unpublished: 'unpublished' }

type StoredRecord = {
  locale?: unknown
  publication?: unknown
  firstPublishedAt?: string | null
  lastPublishedAt?: string | null
  changeNotes?: { at?: string | null; note?: string | null }[] | null
  withdrawnAt?: string | null
  withdrawnReason?: string | null
}

const toPublication = (record: StoredRecord): Publication | null => {
  const state = typeof record.publication === 'string' ? fromPublication[record.publication] : undefined
  if (!isLocale(record.locale) || !state) return null
  return {
    locale: record.locale,
    state,
    firstPublishedAt: record.firstPublishedAt ?? null,
    lastPublishedAt: record.lastPublishedAt ?? null,
    changeNotes: (record.changeNotes ?? [])
      .flatMap((entry) => (entry.at && entry.note ? [{ at: entry.at, note: entry.note }] : []))
      .sort((a, b) => a.at.localeCompare(b.at)),
    withdrawnAt: record.withdrawnAt ?? null,
    withdrawnReason: record.withdrawnReason ?? null,
  }
}

/** The fields of a workflow record that readers may see (field access hides the rest anyway). */
const publicFields = {
  locale: true,
  publication: true,
  firstPublishedAt: true,
  lastPublishedAt: true,
  changeNotes: true,
  withdrawnAt: true,
  withdrawnReason: true,
} as const

export const getPublications = readerQuery(
  'publication:by-document',
  async ({ collection, id }: { collection: NewsroomCollection; id: Id; slug: string }): Promise<Publications> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'workflow-states',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      where: recordsOfDocument(collection, id),
      select: publicFields,
    })
    const publications: Publications = {}
    for (const doc of docs as StoredRecord[]) {
      const publication = toPublication(doc)
      if (publication) publications[publication.locale] = publication
    }
    return publications
  },
)

/**
 * Was a document no reader can open any more once public at this address (every language
 * unpublished)? Then its page answers 410 Gone rather than 404. The workflow records the address
 * on every public action; readers see only records that have been public.
 */
export const wasTakenDown = readerQuery(
  'publication:taken-down',
  async ({ collection, slug }: { collection: NewsroomCollection; slug: string }): Promise<boolean> => {
    const payload = await getPayloadClient()
    const { totalDocs } = await payload.count({
      collection: 'workflow-states',
      overrideAccess: false,
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { slug: { equals: slug } },
          { publication: { equals: 'unpublished' } },
        ],
      },
    })
    return totalDocs > 0
  },
)

/**
 * One language's publication record of several documents of one type at once (a feed's entries),
 * by document id. Same access as `getPublications`: only public records, public fields.
 */
export const getLocalePublications = readerQuery(
  'publication:by-documents',
  async ({ collection, ids, locale }: { collection: NewsroomCollection; ids: Id[]; locale: Locale }): Promise<Record<string, Publication>> => {
    if (ids.length === 0) return {}
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'workflow-states',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      where: {
        and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { in: ids } }, { locale: { equals: locale } }],
      },
      select: { document: true, ...publicFields },
    })
    const byDocument: Record<string, Publication> = {}
    for (const doc of docs as (StoredRecord & { document?: { value?: unknown } | null })[]) {
      const publication = toPublication(doc)
      const id = idOf(doc.document?.value)
      if (publication && id !== null) byDocument[String(id)] = publication
    }
    return byDocument
  },
)

