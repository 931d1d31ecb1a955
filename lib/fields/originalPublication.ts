import type { DateField } from 'payload'

import { adminLabel } from '@/lib/i18n/adminStrings'

/**
 * When the ministry first published the text, if before it was published here: an archive
 * imported years later keeps its own date (the importer sets it from the source page's date
 * line; an editor may set or correct it). Readers see it as the publication date on pages, in
 * feeds and in structured data (publicationDateOf in lib/data/publicationDate.ts); empty means
 * "first published here".
 */
export const originalPublicationField: DateField = {
  name: 'originalPublishedAt',
  type: 'date',
  label: adminLabel('warta:fields:originalPublishedAt'),
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: adminLabel('warta:descriptions:originalPublishedAt'),
  },
}
