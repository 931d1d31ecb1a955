import type { Field, FieldAccess } from 'payload'

import { sharedFieldWrite } from '@/access/sharedFieldWrite'
import { translatedFieldWrite } from '@/access/translatedFieldWrite'

/** True when the field or anything inside it is translated per language. */
const holdsTranslatedText = (field: Field): boolean => {
  if ('localized' in field && field.localized) return true
  if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some(holdsTranslatedText))
  if ('fields' in field) return field.fields.some(holdsTranslatedText)
  return false
}

const withWriteAccess = (field: Field, write: FieldAccess): Field => {
  if (!('name' in field) || field.type === 'ui') return field
  const own = 'access' in field ? field.access : undefined
  const ownUpdate = own?.update
  return {
    ...field,
    access: {
      ...own,
      update: ownUpdate ? async (args) => (await ownUpdate(args)) && write(args) : write,
    },
  } as Field
}

/** Where a translator works inside shared rows (the Q&A): the rows are fixed, their text is not. */
const FIXED_ROWS = '@/components/admin/Fields/FixedRowsArray#FixedRowsArray'

/**
 * Every field shared by every language becomes read-only for translators (access/sharedFieldWrite.ts);
 * translated fields stay writable in a translator's own languages only (access/translatedFieldWrite.ts). A container holding translated text (the Q&A array, a row of
 * fields) stays open and its shared children are closed one by one; an array of that kind gets a
 * field component that hides adding, removing and reordering rows from a translator, since the
 * rows themselves are shared.
 */
export const lockSharedFieldsForTranslators = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if ('localized' in field && field.localized) return withWriteAccess(field, translatedFieldWrite)
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lockSharedFieldsForTranslators(tab.fields) })) }
    }
    // Layout only (rows, collapsibles, unnamed groups): nothing stored, so only the children count.
    if ('fields' in field && !('name' in field)) return { ...field, fields: lockSharedFieldsForTranslators(field.fields) } as Field
    if (field.type === 'array' && holdsTranslatedText(field)) {
      return {
        ...field,
        fields: lockSharedFieldsForTranslators(field.fields),
        admin: { ...field.admin, components: { ...field.admin?.components, Field: FIXED_ROWS } },
      }
    }
    if (field.type === 'group' && holdsTranslatedText(field)) return { ...field, fields: lockSharedFieldsForTranslators(field.fields) }
    return withWriteAccess(field, sharedFieldWrite)
  })
