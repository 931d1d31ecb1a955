import { sideBySideRows } from '@/lib/workflow/sideBySide'

const rich = (path: string) => path === 'body' || path.endsWith('.answer')

test('paragraphs are paired by position, plain parts stand as one row, empty parts are left out', () => {
  const rows = sideBySideRows(
    { title: 'Judul', summary: '', body: 'Paragraf satu.\n\nParagraf dua.', 'items.q1.question': 'Tanya?', 'items.q1.answer': 'Jawab.' },
    { title: '标题', summary: '', body: '第一段。\n\n第二段。', 'items.q1.question': '', 'items.q1.answer': '' },
    rich,
    [],
  )
  expect(rows.map(({ path, paragraph, source, target }) => [path, paragraph, source, target])).toEqual([
    ['title', null, 'Judul', '标题'],
    ['body', 1, 'Paragraf satu.', '第一段。'],
    ['body', 2, 'Paragraf dua.', '第二段。'],
    ['items.q1.question', null, 'Tanya?', ''],
    ['items.q1.answer', 1, 'Jawab.', ''],
  ])
  expect(rows.every((row) => row.mismatch === null && row.stale === null)).toBe(true)
})

test('a merged paragraph is flagged on the part, the extra source paragraph stands beside an empty cell, and only the changed paragraph is marked stale', () => {
  const stale = { path: 'body', before: 'Paragraf satu.\n\nParagraf lama.\n\nParagraf tiga.', after: 'Paragraf satu.\n\nParagraf dua.\n\nParagraf tiga.' }
  const rows = sideBySideRows({ body: 'Paragraf satu.\n\nParagraf dua.\n\nParagraf tiga.' }, { body: '第一段和第二段。\n\n第三段。' }, rich, [stale])
  expect(rows.map((row) => [row.paragraph, row.source, row.target])).toEqual([
    [1, 'Paragraf satu.', '第一段和第二段。'],
    [2, 'Paragraf dua.', '第三段。'],
    [3, 'Paragraf tiga.', ''],
  ])
  expect(rows.map((row) => row.mismatch)).toEqual([{ source: 3, target: 2 }, null, null])
  expect(rows.map((row) => row.stale)).toEqual([null, { path: 'body', before: 'Paragraf lama.', after: 'Paragraf dua.' }, null])
})
