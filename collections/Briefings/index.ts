import type { CollectionConfig } from 'payload'

import { slugField } from '@/lib/fields/slug'
import { withSourceText } from '@/lib/fields/workflowFields'
import { newsroomCollection } from '@/lib/newsroom/collection'

import { assignItemKeys } from './hooks/assignItemKeys'

/**
 * A spokesperson's regular press conference: opening statements, then questions from named
 * outlets and the answers. The `items` array itself is not localized: its rows (and their keys
 * q1, q2, …) are shared by every language, only the question and answer text is per locale, so
 * `/zh/briefings/<slug>#q3` and `/en/briefings/<slug>#q3` are always the same exchange.
 */
export const Briefings: CollectionConfig<'briefings'> = newsroomCollection('briefings', {
  defaultColumns: ['title', 'date', 'spokesperson', 'workflow', 'updatedAt'],
  beforeChange: [assignItemKeys],
  fields: [
    withSourceText({ name: 'title', type: 'text', localized: true }),
    withSourceText({
      name: 'summary',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two sentences for lists, feeds and link previews.' },
    }),
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    slugField({ from: 'title', dateFrom: 'date' }),
    { name: 'spokesperson', type: 'relationship', relationTo: 'people', admin: { position: 'sidebar' } },
    withSourceText({
      name: 'openingStatements',
      type: 'richText',
      localized: true,
      admin: { description: 'Announcements made before the first question.' },
    }),
    {
      name: 'items',
      label: 'Questions and answers',
      type: 'array',
      labels: { singular: 'Q&A item', plural: 'Q&A items' },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              index: true,
              admin: {
                width: '15%',
                readOnly: true,
                description: 'Anchor (#q1, #q2 …), the same in every language.',
              },
            },
            { name: 'outlet', type: 'relationship', relationTo: 'outlets', admin: { width: '45%' } },
            {
              name: 'followUp',
              type: 'checkbox',
              defaultValue: false,
              admin: { width: '40%', description: 'A follow-up to the previous question.' },
            },
          ],
        },
        withSourceText({ name: 'question', type: 'textarea', localized: true }),
        withSourceText({ name: 'answer', type: 'richText', localized: true }),
        {
          name: 'similarQuestionFrom',
          type: 'relationship',
          relationTo: 'outlets',
          hasMany: true,
          admin: { description: 'Outlets whose similar question this answer also covers.' },
        },
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
      ],
    },
  ],
})
