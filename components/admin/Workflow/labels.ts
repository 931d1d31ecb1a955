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
