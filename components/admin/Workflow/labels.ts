/** Glyphs for each locale's state at a glance: ● live, ◐ in progress, ○ nothing yet. */
export const stateGlyph = (display: string): string => {
  switch (display) {
    case 'published':
      return '●'
    case 'missing':
    case 'unpublished':
      return '○'
    case 'withdrawn':
      return '⊘'
    case 'stale':
    case 'overdue':
      return '◐'
    default:
      return '◑'
  }
}

/** What readers get, at a glance: ● live, ⊘ withdrawn, ○ nothing public. */
export const publicationGlyph = (publication: string): string => {
  switch (publication) {
    case 'live':
      return '●'
    case 'withdrawn':
      return '⊘'
    default:
      return '○'
  }
}

/**
 * A translated field's path as the workflow records it ("title", "items.q3.answer"), split into
 * what the admin names: the field, and for Q&A the item's number (q3 → 3).
 */
export const stalePathParts = (path: string): { field: string; item: number | null } => {
  const qa = /^items\.q(\d+)\.(\w+)$/.exec(path)
  return qa ? { field: qa[2]!, item: Number(qa[1]) } : { field: path, item: null }
}
