import type { ArrayField } from 'payload'

import { withSourceText } from './workflowFields'

/**
 * Questions and answers, for every newsroom type whose registry entry has `items` (briefings,
 * statements). The array itself is not localized: its rows (and their keys q1, q2, …, given by
 * lib/hooks/assignItemKeys.ts, which the collection factory adds) are shared by every language,
 * only the question and answer text is per locale, so `/zh/briefings/<slug>#q3` and
 * `/en/briefings/<slug>#q3` are always the same exchange.
 */
export const qaItemsField: ArrayField = {
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
}
