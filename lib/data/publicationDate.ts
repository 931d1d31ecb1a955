import type { Publication } from './publication'

type PublicationDates = Pick<Publication, 'firstPublishedAt' | 'lastPublishedAt'> | null | undefined

type Dated = { originalPublishedAt?: string | null }

/**
 * When a document was published in one language, as readers are told it: the one place that
 * decides it, for every surface that states a publication date (pages, feeds, JSON-LD, Open
 * Graph). The ministry's own publication time when the document carries one (an archive imported
 * years later, `originalPublishedAt`), else the workflow's first public publication of that
 * language.
 */
export const publicationDateOf = (doc: Dated, publication: PublicationDates): string | null =>
  doc.originalPublishedAt || publication?.firstPublishedAt || null

/** When it last changed for readers: the latest publication, never before the publication date. */
export const lastUpdateOf = (doc: Dated, publication: PublicationDates): string | null => {
  const published = publicationDateOf(doc, publication)
  const last = publication?.lastPublishedAt ?? null
  if (!published || !last) return last ?? published
  return Date.parse(last) > Date.parse(published) ? last : published
}
