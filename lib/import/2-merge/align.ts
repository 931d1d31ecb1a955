/**
 * Whether two versions of one briefing's Q&A list can be paired row by row. Translations keep the
 * order of questions, so rows pair by position; the outlet is the check that the pairing is right.
 * Outlet names of different languages cannot be compared as text, so only what is certain counts
 * as a mismatch: two different known outlets, or a named outlet against a generic "Reporter:".
 */

/** How a row's asker is known: a matched outlet, an outlet name nobody recognised, a generic reporter, or (a stored row) nothing said. */
export type Asker =
  | { kind: 'outlet'; slug: string; label: string }
  | { kind: 'unknown-outlet'; label: string }
  | { kind: 'reporter' }
  | { kind: 'unspecified' }

const describe = (asker: Asker): string => {
  switch (asker.kind) {
    case 'outlet':
    case 'unknown-outlet':
      return `'${asker.label}'`
    case 'reporter':
      return 'an unnamed reporter'
    case 'unspecified':
      return 'no outlet'
  }
}

const compatible = (a: Asker, b: Asker): boolean => {
  if (a.kind === 'unspecified' || b.kind === 'unspecified') return true
  if (a.kind === 'reporter' || b.kind === 'reporter') return a.kind === b.kind
  if (a.kind === 'outlet' && b.kind === 'outlet') return a.slug === b.slug
  return true
}

/** Null when the lists pair up; otherwise the reason, naming the first row that does not. */
export const misalignment = (
  left: { name: string; askers: readonly Asker[] },
  right: { name: string; askers: readonly Asker[] },
): string | null => {
  if (left.askers.length !== right.askers.length) {
    return `different numbers of questions (${left.askers.length} in ${left.name}, ${right.askers.length} in ${right.name})`
  }
  for (const [index, asker] of left.askers.entries()) {
    const other = right.askers[index]
    if (other && !compatible(asker, other)) {
      return `question ${index + 1} is from ${describe(asker)} in ${left.name} but from ${describe(other)} in ${right.name}`
    }
  }
  return null
}

/** The asker of a parsed item, from the outlet as written in any of its languages. */
export const askerOfParsed = (item: { outlet: Partial<Record<string, string>>; outletSlug: string | null }): Asker => {
  const label = Object.values(item.outlet).find((name): name is string => Boolean(name))
  if (!label) return { kind: 'reporter' }
  return item.outletSlug ? { kind: 'outlet', slug: item.outletSlug, label } : { kind: 'unknown-outlet', label }
}
