import type { LocaleTexts } from './texts'

export type StaleField = { path: string; before: string; after: string }

/**
 * Spacing alone is no change to translate: snapshots taken before a list's items were read as
 * separate lines (lib/richText/paragraphs.ts) hold them run together, and would otherwise mark every
 * translation of a text with a list stale at the source's next save.
 */
const sameWords = (a: string, b: string) => a === b || a.replace(/\s+/g, '') === b.replace(/\s+/g, '')

/**
 * Which source fields changed since a translation was approved: the paths whose source text now
 * differs from the snapshot taken at approval, with the text then and now so the translator sees
 * exactly what to redo. A field reverted to its approved text is no longer stale; a Q&A item added
 * to the source after approval is stale (it was never translated), one removed is not.
 */
export const diffSource = (snapshot: LocaleTexts, currentSource: LocaleTexts): StaleField[] =>
  Object.entries(currentSource)
    .filter(([path, after]) => !sameWords(snapshot[path] ?? '', after))
    .map(([path, after]) => ({ path, before: snapshot[path] ?? '', after }))

/**
 * After a translator saves, the paths they changed count as re-translated against today's source:
 * the snapshot takes the current source text for those paths, so they drop out of the diff.
 */
export const refreshSnapshot = (
  snapshot: LocaleTexts,
  currentSource: LocaleTexts,
  retranslatedPaths: readonly string[],
): LocaleTexts => {
  const next = { ...snapshot }
  for (const path of retranslatedPaths) if (path in currentSource) next[path] = currentSource[path]!
  return next
}

/** Paths whose text differs between two readings of the same locale. */
export const changedPaths = (before: LocaleTexts, after: LocaleTexts): string[] => {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...paths].filter((path) => (before[path] ?? '') !== (after[path] ?? ''))
}
