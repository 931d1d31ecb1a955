import type { LocaleTexts } from './texts'
import type { StaleField } from './staleness'

/**
 * The rows of the side-by-side view: every translatable part of a document (title, summary, each
 * paragraph of the body or opening statements, each Q&A item's question and each paragraph of its
 * answer), the source's text beside the translation's, paired paragraph by paragraph. A rich-text
 * field's paragraphs are paired by position; where the two languages have different numbers of
 * paragraphs, the extra ones stand beside an empty cell and the field says so (`mismatch`), since
 * a merged or split paragraph is where a translation most often drifts from its source.
 */
export type SideBySideRow = {
  /** The workflow's path of the part ("body", "items.q2.answer"). */
  path: string
  /** 1-based paragraph number in a rich-text part; null for a plain-text part. */
  paragraph: number | null
  source: string
  target: string
  /**
   * The source changed here since the translation was approved: for a plain part, the part; for
   * rich text, each paragraph that differs from the approved source's paragraph at that position.
   */
  stale: StaleField | null
  /** On the part's first row: the paragraph counts, when they differ. */
  mismatch: { source: number; target: number } | null
}

const paragraphsOf = (text: string): string[] => text.split(/\n{2,}/).map((part) => part.trim()).filter(Boolean)

export const sideBySideRows = (
  sourceTexts: LocaleTexts,
  targetTexts: LocaleTexts,
  richPaths: (path: string) => boolean,
  staleFields: readonly StaleField[],
): SideBySideRow[] => {
  const staleByPath = new Map(staleFields.map((field) => [field.path, field]))
  const paths = [...Object.keys(sourceTexts), ...Object.keys(targetTexts).filter((path) => !(path in sourceTexts))]
  return paths.flatMap((path): SideBySideRow[] => {
    const source = sourceTexts[path] ?? ''
    const target = targetTexts[path] ?? ''
    const stale = staleByPath.get(path) ?? null
    if (!source && !target) return []
    if (!richPaths(path)) return [{ path, paragraph: null, source, target, stale, mismatch: null }]
    const sourceParagraphs = paragraphsOf(source)
    const targetParagraphs = paragraphsOf(target)
    const count = Math.max(sourceParagraphs.length, targetParagraphs.length)
    const mismatch = targetParagraphs.length > 0 && targetParagraphs.length !== sourceParagraphs.length ? { source: sourceParagraphs.length, target: targetParagraphs.length } : null
    const before = stale ? paragraphsOf(stale.before) : []
    const after = stale ? paragraphsOf(stale.after) : []
    const staleAt = (index: number): StaleField | null =>
      stale && (before[index] ?? '') !== (after[index] ?? '') ? { path, before: before[index] ?? '', after: after[index] ?? '' } : null
    return Array.from({ length: count }, (_, index) => ({
      path,
      paragraph: index + 1,
      source: sourceParagraphs[index] ?? '',
      target: targetParagraphs[index] ?? '',
      stale: staleAt(index),
      mismatch: index === 0 ? mismatch : null,
    }))
  })
}
