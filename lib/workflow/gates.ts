import type { LocaleTexts } from './texts'
import type { WorkflowCollection } from './states'

/**
 * What a locale needs before it may be submitted or published. Checked per locale at the moment
 * of the action, never as schema-level `required` (that breaks Payload's duplicate, restore and
 * unpublish, which write partial documents).
 */
export const missingRequiredFields = (collection: WorkflowCollection, texts: LocaleTexts): string[] => {
  const missing: string[] = []
  if (!texts.title) missing.push('title')
  if (collection === 'press-releases') {
    if (!texts.body) missing.push('body')
    return missing
  }
  const itemKeys = Object.keys(texts)
    .filter((path) => path.startsWith('items.') && path.endsWith('.question'))
    .map((path) => path.slice('items.'.length, -'.question'.length))
  if (itemKeys.length === 0 && !texts.openingStatements) missing.push('openingStatements or items')
  for (const key of itemKeys) {
    if (!texts[`items.${key}.question`]) missing.push(`items.${key}.question`)
    if (!texts[`items.${key}.answer`]) missing.push(`items.${key}.answer`)
  }
  return missing
}
