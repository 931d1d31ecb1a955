import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { PressRelease } from '@/payload-types'

import { readerQuery } from './cached'
import { readDocumentBySlug, type Paged } from './documents'
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


const yearRange = (year: number): Where => ({
  and: [
    { eventDate: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } },
    { eventDate: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } },
  ],
})

export const listPressReleases = readerQuery(
  'press-releases:list',
  async (
    { locale, page = 1, limit = 20, topicId, year }: { locale: Locale; page?: number; limit?: number; topicId?: Id; year?: number },
    preview,
  ): Promise<Paged<ReleaseListItem>> => {
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
      select: { title: true, slug: true, eventDate: true, summary: true, location: true },
    })
    return {
      docs: result.docs as ReleaseListItem[],
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

/** The years that have at least one release in this language, newest first (for the year filter). */
export const listPressReleaseYears = readerQuery(
  'press-releases:years',
  async ({ locale }: { locale: Locale }, preview): Promise<number[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'press-releases',
      ...readArgs(locale, preview),
      depth: 0,
      pagination: false,
      select: { eventDate: true },
    })
    const years = new Set<number>()
    for (const doc of docs) if (doc.eventDate) years.add(new Date(doc.eventDate).getUTCFullYear())
    return [...years].sort((a, b) => b - a)
  },
)

export const getPressReleaseBySlug = readDocumentBySlug('press-releases')
