import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { PressRelease } from '@/payload-types'

import { readerQuery } from './cached'
import { readDocumentBySlug, type Paged } from './documents'
import { listPublished, publishedYears, walkYears, yearBounds } from './listing'
import { getPayloadClient } from './payload'
import { readArgs } from './readArgs'
import type { Id } from '@/lib/db/ids'

/**
 * Reader-side press release queries. Every read goes through the access rules with no user
 * (`readArgs`), so only locales published for a document come back, exactly as for an anonymous
 * REST call.
 */

export type ReleaseListItem = Pick<PressRelease, 'id' | 'title' | 'slug' | 'eventDate' | 'summary' | 'location'>

export type { Paged } from './documents'


const yearRange = (year: number): Where => {
  const { from, before } = yearBounds(year)
  return { and: [{ eventDate: { greater_than_equal: from } }, { eventDate: { less_than: before } }] }
}

const listFields = { title: true, slug: true, eventDate: true, summary: true, location: true } as const

/**
 * Releases published in this language, newest first, a page at a time, optionally of one year or
 * topic. For readers the page is found along the published list (listing.ts); a staff preview
 * (drafts too) is queried on the releases themselves.
 */
export const listPressReleases = readerQuery(
  'press-releases:list',
  async (
    { locale, page = 1, limit = 20, topicId, year }: { locale: Locale; page?: number; limit?: number; topicId?: Id; year?: number },
    preview,
  ): Promise<Paged<ReleaseListItem>> => {
    if (!preview) {
      return listPublished('press-releases', locale, { page, limit, topicId, ...(year !== undefined ? yearBounds(year) : {}) }, { select: listFields })
    }
    const payload = await getPayloadClient()
    const filters: Where[] = []
    if (topicId !== undefined) filters.push({ topics: { in: [topicId] } })
    if (year !== undefined) filters.push(yearRange(year))
    const result = await payload.find({
      collection: 'press-releases',
      ...readArgs(locale, preview),
      depth: 0,
      limit,
      page,
      sort: '-eventDate',
      where: filters.length > 0 ? { and: filters } : undefined,
      select: listFields,
    })
    return {
      docs: result.docs as ReleaseListItem[],
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

/**
 * The years that have at least one release in this language, newest first (for the year filter):
 * one one-row query per year along the published list (listing.ts), a staff preview along the
 * releases themselves. Reading every release's date grew with the archive (159 ms at 2,000
 * releases, 412 ms at 5,000) and ran on the first list request after every publish.
 */
export const listPressReleaseYears = readerQuery(
  'press-releases:years',
  async ({ locale }: { locale: Locale }, preview): Promise<number[]> => {
    if (!preview) return publishedYears('press-releases', locale)
    const payload = await getPayloadClient()
    return walkYears(async (before) => {
      const { docs } = await payload.find({
        collection: 'press-releases',
        ...readArgs(locale, preview),
        depth: 0,
        limit: 1,
        pagination: false,
        sort: '-eventDate',
        where: { and: [{ eventDate: { exists: true } }, ...(before ? [{ eventDate: { less_than: before } }] : [])] },
        select: { eventDate: true },
      })
      return docs[0]?.eventDate
    })
  },
)

export const getPressReleaseBySlug = readDocumentBySlug('press-releases')
