import type { DateField } from 'payload'

import { adminLabel } from '@/lib/i18n/adminStrings'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'

/**
 * When the ministry first published the text, if before it was published here: an archive
 * imported years later keeps its own date (the importer sets it from the source page's date
 * line; an editor may set or correct it). Readers see it as the publication date on pages, in
 * feeds and in structured data (publicationDateOf in lib/data/publicationDate.ts); empty means
 * "first published here".
 *
 * Entered and shown in the newsroom's zone, the one every other time in the admin uses: in the
 * browser's zone a Jakarta midnight read "11 Nov, 5:00 PM" beside a briefing dated 12 November.
 * One zone only, so there is nothing to pick; Payload stores it beside the date
 * (`originalPublishedAt_tz`), the instant itself stays UTC.
 */
export const originalPublicationField: DateField = {
  name: 'originalPublishedAt',
  type: 'date',
  label: adminLabel('warta:fields:originalPublishedAt'),
  timezone: { defaultTimezone: newsroomTimeZone(), supportedTimezones: [{ label: newsroomTimeZone(), value: newsroomTimeZone() }] },
  admin: {
    position: 'sidebar',
    // The admin language's date and a 24-hour time ("2024-09-03 00:00", "3 Sep 2024 00:00"), as
    // every other time in the admin: Payload's default pattern is English ("Sep 3, 2024 12:00 AM")
    // whatever the language, and date-fns's own time for Chinese says midnight is "上午 12:00".
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'PP HH:mm' },
    description: adminLabel('warta:descriptions:originalPublishedAt'),
  },
}
