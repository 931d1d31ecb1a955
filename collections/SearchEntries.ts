import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isSystemOnly } from '@/access/isSystemOnly'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { newsroomCollections, searchEntryKinds } from '@/lib/newsroom/registry'

/**
 * The reader site's search index: one row per published text unit and language (a press release,
 * a briefing's opening, or a single Q&A item, so a hit can link to `#q3`). Rows are written only
 * by `lib/search/indexDocument.ts`, which reads each document as an anonymous reader: a row
 * exists only for text that is published in that language, which is why anyone may read them.
 * The text is stored whole and matched with Payload's `like`, which works for Chinese substrings
 * (no word spaces needed) on every database adapter.
 */
export const SearchEntries: CollectionConfig<'search-entries'> = {
  slug: 'search-entries',
  access: { create: isSystemOnly, read: anyone, update: isSystemOnly, delete: isSystemOnly },
  admin: {
    group: 'Reference',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'locale', 'anchor', 'date'],
    description: 'Maintained automatically from published text. Not edited by hand.',
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [...searchEntryKinds],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: locales.map((code) => ({ label: localeInfo[code].nativeName, value: code })),
    },
    { name: 'sourceCollection', type: 'select', required: true, options: [...newsroomCollections] },
    // Text, not number: on MongoDB an id is a 24-hex ObjectId (a number field would parseFloat it).
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'anchor', type: 'text' },
    // The document's title; for a Q&A item, its question.
    { name: 'title', type: 'text' },
    { name: 'text', type: 'textarea' },
    { name: 'date', type: 'date', index: true },
    { name: 'spokesperson', type: 'relationship', relationTo: 'people', index: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  ],
}
