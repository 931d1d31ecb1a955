import type { CollectionConfig } from 'payload'

import { qaItemsField } from '@/lib/fields/qaItems'
import { spokenHeadFields } from '@/lib/fields/spokenFields'
import { withSourceText } from '@/lib/fields/workflowFields'
import { newsroomCollection } from '@/lib/newsroom/collection'
import { adminLabel } from '@/lib/i18n/adminStrings'

/**
 * A spokesperson's regular press conference: opening statements, then questions from named
 * outlets and the answers. The `items` array itself is not localized: its rows (and their keys
 * q1, q2, …) are shared by every language, only the question and answer text is per locale, so
 * `/zh/briefings/<slug>#q3` and `/en/briefings/<slug>#q3` are always the same exchange.
 */
export const Briefings: CollectionConfig<'briefings'> = newsroomCollection('briefings', {
  defaultColumns: ['title', 'date', 'spokesperson', 'workflow', 'updatedAt'],
  fields: [
    ...spokenHeadFields,
    withSourceText({
      name: 'openingStatements',
      type: 'richText',
      localized: true,
      label: adminLabel('warta:fields:openingStatements'),
      admin: { description: adminLabel('warta:descriptions:openingStatements') },
    }),
    qaItemsField,
  ],
})
