import type { LocaleTexts } from './texts'

import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

/**
 * What a locale needs before it may be submitted or published, from the type's `required` rule in
 * the registry. Checked per locale at the moment of the action, never as schema-level `required`
 * (that breaks Payload's duplicate, restore and unpublish, which write partial documents).
 * An item needs both its question and its answer.
 */
export const missingRequiredFields = (collection: NewsroomCollection, texts: LocaleTexts): string[] => {
  const { required, items } = newsroomType(collection)
  const itemKeys = items
    ? Object.keys(texts)
        .filter((path) => path.startsWith(`${items.field}.`) && path.endsWith(`.${items.question.name}`))
        .map((path) => path.slice(items.field.length + 1, -(items.question.name.length + 1)))
    : []
  const filled = (name: string) => (name === items?.field ? itemKeys.length > 0 : Boolean(texts[name]))
  const missing = required.all.filter((name) => !filled(name))
  for (const group of required.oneOf) {
    if (!group.some(filled)) missing.push(group.join(' or '))
  }
  for (const key of itemKeys) {
    for (const part of items ? [items.question, items.answer] : []) {
      const path = `${items!.field}.${key}.${part.name}`
      if (!texts[path]) missing.push(path)
    }
  }
  return missing
}
