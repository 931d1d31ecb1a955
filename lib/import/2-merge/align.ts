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

/** Rows of two lists paired up: [left index, right index], null where a row has no counterpart. */
export type Pairing = [number | null, number | null][]

const isCertain = (a: Asker, b: Asker): boolean =>
  (a.kind === 'outlet' && b.kind === 'outlet' && a.slug === b.slug) ||
  (a.kind !== 'reporter' && a.kind !== 'unspecified' && b.kind !== 'reporter' && b.kind !== 'unspecified' && a.label.toLowerCase() === b.label.toLowerCase())

/**
 * When one version has questions the other lacks (a question left out of a translation, one asked
 * after the conference printed in one language only), the rows still pair in order: the pairing
 * that keeps the most rows, a certain outlet match (the same known outlet) counting most. Returns
 * the pairing and how many rows paired, and how many of them for certain.
 */
export const alignByOutlet = (left: readonly Asker[], right: readonly Asker[]): { pairs: Pairing; paired: number; certain: number } => {
  const n = left.length
  const m = right.length
  const weight = (i: number, j: number): number => {
    const [a, b] = [left[i], right[j]]
    if (!a || !b || !compatible(a, b)) return -1
    return isCertain(a, b) ? 3 : 1
  }
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const w = weight(i - 1, j - 1)
      const row = score[i] as number[]
      const up = (score[i - 1] as number[])[j] ?? 0
      row[j] = Math.max(up, row[j - 1] ?? 0, w < 0 ? -Infinity : ((score[i - 1] as number[])[j - 1] ?? 0) + w)
    }
  }
  const pairs: Pairing = []
  let [i, j, paired, certain] = [n, m, 0, 0]
  while (i > 0 || j > 0) {
    const here = (score[i] as number[])[j] ?? 0
    const w = i > 0 && j > 0 ? weight(i - 1, j - 1) : -1
    if (w >= 0 && here === ((score[i - 1] as number[])[j - 1] ?? 0) + w) {
      pairs.push([i - 1, j - 1])
      paired++
      if (w === 3) certain++
      i--
      j--
    } else if (i > 0 && (j === 0 || here === ((score[i - 1] as number[])[j] ?? 0))) {
      pairs.push([i - 1, null])
      i--
    } else {
      pairs.push([null, j - 1])
      j--
    }
  }
  return { pairs: pairs.reverse(), paired, certain }
}
