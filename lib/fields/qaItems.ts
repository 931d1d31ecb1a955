import type { ArrayField } from 'payload'

import { withSourceText } from './workflowFields'
import { adminLabel, adminLabels } from '@/lib/i18n/adminStrings'

/**
 * Questions and answers, for every newsroom type whose registry entry has `items` (briefings,
 * statements). The array itself is not localized: its rows (and their keys q1, q2, …, given by
 * lib/hooks/assignItemKeys.ts, which the collection factory adds) are shared by every language,
 * only the question and answer text is per locale, so `/zh/briefings/<slug>#q3` and
 * `/en/briefings/<slug>#q3` are always the same exchange.
 */
export const qaItemsField: ArrayField = {
  name: 'items',
  label: adminLabel('warta:fields:items'),
  type: 'array',
  labels: adminLabels('warta:rows:item'),
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          index: true,
          label: adminLabel('warta:fields:key'),
          admin: {
            width: '15%',
            readOnly: true,
            description: adminLabel('warta:descriptions:itemKey'),
          },
        },
        { name: 'outlet', type: 'relationship', relationTo: 'outlets', label: adminLabel('warta:fields:outlet'), admin: { width: '45%' } },
        {
          name: 'followUp',
          type: 'checkbox',
          label: adminLabel('warta:fields:followUp'),
          defaultValue: false,
          admin: { width: '40%', description: adminLabel('warta:descriptions:followUp') },
        },
      ],
    },
    withSourceText({ name: 'question', type: 'textarea', localized: true, label: adminLabel('warta:fields:question') }),
    withSourceText({ name: 'answer', type: 'richText', localized: true, label: adminLabel('warta:fields:answer') }),
    {
      name: 'similarQuestionFrom',
      type: 'relationship',
      label: adminLabel('warta:fields:similarQuestionFrom'),
      relationTo: 'outlets',
      hasMany: true,
      admin: { description: adminLabel('warta:descriptions:similarQuestionFrom') },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: adminLabel('warta:fields:topics') },
  ],
}
