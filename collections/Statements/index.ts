import type { CollectionConfig } from 'payload'

import { qaItemsField } from '@/lib/fields/qaItems'
import { spokenHeadFields } from '@/lib/fields/spokenFields'
import { withSourceText } from '@/lib/fields/workflowFields'
import { newsroomCollection } from '@/lib/newsroom/collection'
import { adminLabel } from '@/lib/i18n/adminStrings'

/**
 * A spokesperson's statement or remarks between briefings: a short text, often a single question
 * and its answer ("Spokesperson's remarks on …"). Its own fields only; access, workflow, hooks
 * and versions come from the factory, and the registry says how it is searched, listed and gated.
 */
export const Statements: CollectionConfig<'statements'> = newsroomCollection('statements', {
  defaultColumns: ['title', 'date', 'spokesperson', 'workflow', 'updatedAt'],
  fields: [
    ...spokenHeadFields,
    withSourceText({
      name: 'body',
      type: 'richText',
      localized: true,
      label: adminLabel('warta:fields:body'),
      admin: { description: adminLabel('warta:descriptions:statementBody') },
    }),
    { ...qaItemsField, admin: { ...qaItemsField.admin, description: adminLabel('warta:descriptions:statementItems') } },
  ],
})
