import type { Publication } from '@/lib/data/publication'

/**
 * The date readers are told a text was published: its original publication (an archive imported
 * years later keeps the ministry's own date, `originalPublishedAt`), else the day it was first
 * published here. Pages, feeds and structured data all ask this one function, so they agree.
 */
export const publicationDateOf = (
  doc: { originalPublishedAt?: string | null },
  publication: Pick<Publication, 'firstPublishedAt'> | null | undefined,
): string | null => doc.originalPublishedAt || publication?.firstPublishedAt || null
