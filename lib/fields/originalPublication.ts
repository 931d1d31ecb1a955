import type { DateField } from 'payload'

/**
 * When the ministry first published the text, if before it was published here: an archive
 * imported years later keeps its own date (the importer sets it from the source page's date
 * line; an editor may set or correct it). Readers see it as the publication date on pages, in
 * feeds and in structured data (lib/site/publicationDate.ts); empty means "first published here".
 */
export const originalPublicationField: DateField = {
  name: 'originalPublishedAt',
  type: 'date',
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Only for texts the ministry published before they were entered here (an imported archive): the original publication time. Leave empty otherwise.',
  },
}
