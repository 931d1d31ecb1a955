import type { Publication } from './publication'

type PublicationDates = Pick<Publication, 'firstPublishedAt' | 'lastPublishedAt'> | null | undefined

/**
 * When a document was published in one language, as readers are told it: the one place that
 * decides it, for every surface that states a publication date (feeds, and pages and JSON-LD as
 * they adopt it). Today that is the workflow's first public publication of that language; a date
 * the document carries itself (an archive's original publication time) belongs here, read from
 * `doc`, so that every surface changes together.
 */
export const publicationDateOf = (doc: object, publication: PublicationDates): string | null => publication?.firstPublishedAt ?? null

/** When it last changed for readers: the latest publication, never before the publication date. */
export const lastUpdateOf = (doc: object, publication: PublicationDates): string | null => {
  const published = publicationDateOf(doc, publication)
  const last = publication?.lastPublishedAt ?? null
  if (!published || !last) return last ?? published
  return Date.parse(last) > Date.parse(published) ? last : published
}
