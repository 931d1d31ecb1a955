/** One run of a diff: text both sides share, text only the old side had, text only the new side has. */
export type DiffSegment = { kind: 'same' | 'removed' | 'added'; text: string }

/**
 * What a reader counts as one unit of change: a word in scripts that space their words (letters,
 * digits and marks, with inner apostrophes and hyphens: "Kemlu's", "kerja-sama"), one character in
 * scripts that do not (Han, kana, Hangul, full-width punctuation), a run of white space, or any
 * other single character. Chinese is therefore diffed by character, Indonesian and English by word.
 */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef`
const WORD_CHAR = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}])`
const TOKEN = new RegExp(String.raw`[${UNSPACED}]|${WORD_CHAR}+(?:['’-]${WORD_CHAR}+)*|\s+|.`, 'gsu')

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? []

/** Above this many cells the middle of two texts is shown as replaced whole (a rewrite, not an edit). */
const MAX_TABLE = 4_000_000

/** Longest common subsequence of two token lists, as aligned operations. */
const align = (a: string[], b: string[]): DiffSegment[] => {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0 || n * m > MAX_TABLE) {
    return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))]
  }
  // lengths[i][j]: LCS of a[i..] and b[j..], so the walk below goes forwards.
  const width = m + 1
  const lengths = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  const out: DiffSegment[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! })
      i++
      j++
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) out.push({ kind: 'removed', text: a[i++]! })
    else out.push({ kind: 'added', text: b[j++]! })
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++]! })
  while (j < m) out.push({ kind: 'added', text: b[j++]! })
  return out
}

/**
 * Folds token operations into what a person reads: a space (or a lone punctuation mark) kept
 * between two changes joins them, so "a b c" → "x y z" reads as one replacement instead of
 * three; within each change the removed text comes before the added text.
 */
const readable = (ops: DiffSegment[]): DiffSegment[] => {
  const folded = ops.map((op, index) => {
    const joinsChanges =
      op.kind === 'same' && /^(\s+|[\p{P}])$/u.test(op.text) && ops[index - 1] && ops[index - 1]!.kind !== 'same' && ops[index + 1] && ops[index + 1]!.kind !== 'same'
    return joinsChanges ? [{ kind: 'removed' as const, text: op.text }, { kind: 'added' as const, text: op.text }] : [op]
  })
  const segments: DiffSegment[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) segments.push({ kind: 'removed', text: removed })
    if (added) segments.push({ kind: 'added', text: added })
    removed = ''
    added = ''
  }
  for (const op of folded.flat()) {
    if (op.kind === 'removed') removed += op.text
    else if (op.kind === 'added') added += op.text
    else {
      flush()
      const last = segments[segments.length - 1]
      if (last?.kind === 'same') last.text += op.text
      else segments.push({ ...op })
    }
  }
  flush()
  return segments
}

/**
 * What changed between two versions of a text, word by word (character by character in Chinese),
 * for a translator redoing a stale translation: the unchanged text stays plain, only the edit is
 * struck and underlined.
 */
export const wordDiff = (before: string, after: string): DiffSegment[] => {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const ops: DiffSegment[] = [
    ...a.slice(0, start).map((text) => ({ kind: 'same' as const, text })),
    ...align(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((text) => ({ kind: 'same' as const, text })),
  ]
  return readable(ops)
}
