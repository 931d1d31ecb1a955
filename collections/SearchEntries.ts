import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isSystemOnly } from '@/access/isSystemOnly'
import { newsroomCollections, searchEntryKinds } from '@/lib/newsroom/registry'
import { adminLabel, adminLabels, adminOptions, languageOptions } from '@/lib/i18n/adminStrings'

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
  // Written only by Warta's own code, never edited in the admin: no edit locks to check or clear on each write.
  lockDocuments: false,
  labels: adminLabels('warta:collections:search-entries'),
  access: { create: isSystemOnly, read: anyone, update: isSystemOnly, delete: isSystemOnly },
  // The document rows are also the reader site's list of what is published in each language
  // (lib/data/listing.ts): a page of a list, a year or a month is a walk along one of these, in
  // date order, however large the archive (the documents' own tables keep a language's status
  // apart from the date, so their lists read every published row to sort them).
  // (`locale` has no index of its own: it leads the first of these.)
  indexes: [{ fields: ['locale', 'kind', 'date', 'createdAt'] }, { fields: ['spokesperson', 'locale', 'kind', 'date', 'createdAt'] }],
  admin: {
    group: adminLabel('warta:groups:reference'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'locale', 'anchor', 'date'],
    description: adminLabel('warta:collectionDescriptions:search-entries'),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: adminLabel('warta:fields:kind'),
      options: adminOptions('searchKinds', searchEntryKinds),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: adminLabel('warta:fields:locale'),
      options: languageOptions(),
    },
    {
      name: 'sourceCollection',
      type: 'select',
      required: true,
      label: adminLabel('warta:fields:sourceCollection'),
      options: newsroomCollections.map((slug) => ({ value: slug, label: adminLabel(`warta:collections:${slug}:plural`) })),
    },
    // Text, not number: on MongoDB an id is a 24-hex ObjectId (a number field would parseFloat it).
    { name: 'documentId', type: 'text', required: true, index: true, label: adminLabel('warta:fields:documentId') },
    { name: 'slug', type: 'text', required: true, label: adminLabel('warta:fields:slug') },
    { name: 'anchor', type: 'text', label: adminLabel('warta:fields:anchor') },
    // The document's title; for a Q&A item, its question.
    { name: 'title', type: 'text', label: adminLabel('warta:fields:title') },
    { name: 'text', type: 'textarea', label: adminLabel('warta:fields:text') },
    { name: 'date', type: 'date', index: true, label: adminLabel('warta:fields:date'), admin: { components: { Cell: '@/components/admin/Dates/DayCell#DayCell' } } },
    { name: 'spokesperson', type: 'relationship', relationTo: 'people', index: true, label: adminLabel('warta:fields:spokesperson') },
    // The ids of the topics the text is about, kept in the row itself rather than as a relationship:
    // they are only ever read with the row (the search filters by topic in memory), and a
    // relationship cost every row a second write (a 20-item briefing's publish writes 63 rows).
    {
      name: 'topics',
      type: 'json',
      label: adminLabel('warta:fields:topics'),
      admin: { readOnly: true },
    },
  ],
}
