import type { Field } from 'payload'

import { slugField } from './slug'
import { withSourceText } from './workflowFields'
import { adminLabel } from '@/lib/i18n/adminStrings'

/**
 * The head of anything the spokesperson said on a day (briefings, statements): a translated title
 * and summary, the day, an address made of the day and the title, and who spoke.
 */
export const spokenHeadFields: Field[] = [
  withSourceText({ name: 'title', type: 'text', localized: true, label: adminLabel('warta:fields:title') }),
  withSourceText({
    name: 'summary',
    type: 'textarea',
    localized: true,
    label: adminLabel('warta:fields:summary'),
    admin: { description: adminLabel('warta:descriptions:summary') },
  }),
  {
    name: 'date',
    type: 'date',
    label: adminLabel('warta:fields:date'),
    required: true,
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'PP' }, components: { Cell: '@/components/admin/Dates/DayCell#DayCell' } },
  },
  slugField({ from: 'title', dateFrom: 'date' }),
  { name: 'spokesperson', type: 'relationship', relationTo: 'people', label: adminLabel('warta:fields:spokesperson'), admin: { position: 'sidebar' } },
]
