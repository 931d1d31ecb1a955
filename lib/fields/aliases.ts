import type { ArrayField } from 'payload'

import { adminLabel, adminLabels, type AdminKey } from '@/lib/i18n/adminStrings'

/**
 * Other spellings of a name, in any language (an outlet's CCTV / 总台央视, a term's "Foreign
 * Ministry"): matched by the importer and accepted by the glossary check as the name.
 */
export const aliasesField = ({ label, description }: { label: AdminKey; description: AdminKey }): ArrayField => ({
  name: 'aliases',
  type: 'array',
  label: adminLabel(label),
  labels: adminLabels('warta:rows:alias'),
  admin: { description: adminLabel(description) },
  fields: [{ name: 'alias', type: 'text', required: true, label: adminLabel('warta:fields:alias') }],
})
