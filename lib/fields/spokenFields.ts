import type { Field } from 'payload'

import { slugField } from './slug'
import { withSourceText } from './workflowFields'

/**
 * The head of anything the spokesperson said on a day (briefings, statements): a translated title
 * and summary, the day, an address made of the day and the title, and who spoke.
 */
export const spokenHeadFields: Field[] = [
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
]
