import type { Locale } from '@/lib/i18n/locales'
import type { Id } from '@/lib/db/ids'
import type { Config } from '@/payload-types'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

import { readerQuery } from './cached'
import { listPublished } from './listing'
import { getPayloadClient } from './payload'
import { readArgs } from './readArgs'

/**
 * One document of any newsroom type by its slug, as a reader of that language may see it (access
 * control on, no fallback language), with the relationships its page shows populated as the
 * registry says. Null when it is not published in that language.
 */
const getDocumentBySlug = readerQuery(
  'documents:by-slug',
  async ({ collection, slug, locale }: { collection: NewsroomCollection; slug: string; locale: Locale }, preview) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      ...readArgs(locale, preview),
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
      populate: newsroomType(collection).populate as never,
    })
    return docs[0] ?? null
  },
)

/** `getDocumentBySlug` typed for one collection (the page of that type reads its own fields). */
export const readDocumentBySlug =
  <C extends NewsroomCollection>(collection: C) =>
  (args: { slug: string; locale: Locale; preview?: Parameters<typeof getDocumentBySlug>[0]['preview'] }) =>
    getDocumentBySlug({ collection, ...args }) as Promise<Config['collections'][C] | null>

export type FeedItem = { title: string | null; slug: string; date: string | null; summary: string | null }

export type Paged<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** Documents of one type published in this language, newest first, a page at a time. */
export const listDocuments = readerQuery(
  'documents:list',
  async (
    {
      collection,
      locale,
      page = 1,
      limit = 20,
      spokespersonId,
    }: { collection: NewsroomCollection; locale: Locale; page?: number; limit?: number; spokespersonId?: Id },
    preview,
  ): Promise<Paged<FeedItem & { id: Id }>> => {
    const payload = await getPayloadClient()
    const { dateField, spokespersonField } = newsroomType(collection)
    // Only types with a speaker can be asked for one person's documents; the others have none.
    if (spokespersonId !== undefined && !spokespersonField) return { docs: [], page, totalPages: 0, totalDocs: 0 }
    const select = { title: true, slug: true, summary: true, [dateField]: true }
    // Readers: a page along the published list (listing.ts); a staff preview: the documents themselves.
    const result = preview
      ? await payload.find({
          collection,
          ...readArgs(locale, preview),
          depth: 0,
          limit,
          page,
          sort: `-${dateField}`,
          where: spokespersonId !== undefined && spokespersonField ? { [spokespersonField]: { equals: spokespersonId } } : undefined,
          select: select as never,
        })
      : await listPublished(collection, locale, { page, limit, spokespersonId }, { select })
    return {
      docs: (result.docs as unknown as Record<string, unknown>[]).map((doc) => ({
        id: doc.id as Id,
        title: (doc.title as string | null | undefined) ?? null,
        slug: doc.slug as string,
        date: (doc[dateField] as string | null | undefined) ?? null,
        summary: (doc.summary as string | null | undefined) ?? null,
      })),
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

/** The newest documents of one type published in this language: what its feed lists. */
export const listNewestDocuments = async ({ collection, locale, limit }: { collection: NewsroomCollection; locale: Locale; limit: number }) =>
  (await listDocuments({ collection, locale, limit })).docs
