import { diffSource } from '@/lib/workflow/staleness'

/**
 * What counts as a change to translate. Spacing alone does not: approval snapshots taken before a
 * list's items were read as separate lines hold them run together, and must not mark every
 * translation of a text with a list stale at the source's next save.
 */
test('a source field whose words changed is stale, with its text then and now', () => {
  expect(diffSource({ title: 'Kerja sama maritim', body: 'Isi.' }, { title: 'Kerja sama maritim dan energi', body: 'Isi.' })).toEqual([
    { path: 'title', before: 'Kerja sama maritim', after: 'Kerja sama maritim dan energi' },
  ])
})

test('a change in spacing or line breaks alone is not stale', () => {
  const snapshot = { body: 'Pokok:\n\nKeamanan maritimPerdaganganPendidikan' }
  expect(diffSource(snapshot, { body: 'Pokok:\n\nKeamanan maritim\nPerdagangan\nPendidikan' })).toEqual([])
  expect(diffSource(snapshot, { body: 'Pokok:\n\nKeamanan maritim\nPerdagangan\nPelatihan' })).toHaveLength(1)
})

test('a Q&A item added to the source after approval is stale; one removed is not', () => {
  expect(diffSource({ 'items.q1.answer': 'A' }, { 'items.q1.answer': 'A', 'items.q2.answer': 'B' }).map((field) => field.path)).toEqual(['items.q2.answer'])
  expect(diffSource({ 'items.q1.answer': 'A', 'items.q2.answer': 'B' }, { 'items.q1.answer': 'A' })).toEqual([])
})
