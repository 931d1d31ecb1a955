import { newsroomTimeZone, wallClockToInstant } from '@/lib/time/newsroomTime'

/**
 * The ministry's own publication time of an imported text (stored as `originalPublishedAt`, shown
 * to readers as its publication date): the timestamp the page showed (`2023-04-28 19:13`), read
 * in the newsroom's time zone; else, for a text dated before today, that day (midnight, which
 * the site shows as the day alone). Today's transcript, pasted today, has none: it is published
 * here first, and the workflow records when.
 */
export const originalPublicationOf = (merged: { date: string | null; publishedAt: string | null }, now = new Date()): string | null => {
  const zone = newsroomTimeZone()
  if (merged.publishedAt) return wallClockToInstant(merged.publishedAt, zone)?.toISOString() ?? null
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  return merged.date && merged.date < today ? (wallClockToInstant(`${merged.date}T00:00`, zone)?.toISOString() ?? null) : null
}
