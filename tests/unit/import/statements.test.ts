import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'

/**
 * A spokesperson's statements and remarks between briefings, as the ministry publishes them: a
 * title that says "Remarks" / "Statement" / "答记者问" / "Pernyataan", a date line or a dated first
 * sentence, then the statement's text and, often, one question and its answer (Q:/A:, 问：/答：).
 * Fixtures written for these tests in the shapes of ../shared/TRANSCRIPTS.md.
 */
const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}
const parse = (name: string) => parseText(readFileSync(path.resolve('tests/fixtures/statements', name), 'utf8'), directory)

test('English remarks with one question: a statement, its date from the timestamp, the question as item q1', () => {
  const { documents, errors } = parse('en-remarks.txt')
  expect(errors).toEqual([])
  expect(documents).toHaveLength(1)
  const [statement] = documents
  expect(statement).toMatchObject({
    kind: 'statement',
    locales: ['en'],
    date: '2024-09-05',
    spokesperson: 'Lin Jian',
    title: { en: 'Foreign Ministry Spokesperson Lin Jian’s Remarks on the Flooding in the Mekong Delta' },
    body: {},
    openingStatements: {},
  })
  expect(statement?.items).toHaveLength(1)
  expect(statement?.items[0]).toMatchObject({ key: 'q1', outletSlug: null, question: { en: expect.stringMatching(/^Heavy flooding/) } })
  expect(statement?.items[0]?.answer.en).toHaveLength(2)
  expect(statement?.warnings).toEqual([])
})

test('Chinese 答记者问 with 问：/答： reads the same way', () => {
  const [statement] = parse('zh-remarks.txt').documents
  expect(statement).toMatchObject({ kind: 'statement', locales: ['zh'], date: '2024-09-05', spokesperson: 'Lin Jian' })
  expect(statement?.items.map((item) => [item.key, item.question.zh?.slice(0, 6), item.answer.zh?.length])).toEqual([['q1', '湄公河三角洲', 2]])
})

test('an Indonesian statement without questions: its paragraphs are the body, dated and attributed by its first sentence', () => {
  const [statement] = parse('id-statement.txt').documents
  expect(statement).toMatchObject({ kind: 'statement', locales: ['id'], date: '2024-09-05', spokesperson: 'Lin Jian', items: [] })
  expect(statement?.body.id).toHaveLength(3)
  expect(statement?.body.id?.[1]).toMatch(/^Kami sangat berduka/)
  // No "no questions found" warning: a statement need not answer one.
  expect(statement?.warnings).toEqual([])
})

test('a statement followed by a regular press conference is two documents of two kinds', () => {
  const { documents } = parse('en-statement-then-briefing.txt')
  expect(documents.map((document) => [document.kind, document.date, document.spokesperson])).toEqual([
    ['statement', '2024-09-02', 'Lin Jian'],
    ['briefing', '2024-09-03', 'Lin Jian'],
  ])
  expect(documents[0]?.body.en).toHaveLength(2)
})

test('a statement title with nothing under it is refused, naming the lines', () => {
  const { documents, errors } = parseText('Foreign Ministry Spokesperson Lin Jian’s Remarks on the Flooding\n2024-09-05 18:30', directory)
  expect(documents).toEqual([])
  expect(errors).toEqual([{ line: 1, message: 'lines 1–2: only a title or date line, with no text after it.' }])
})

test('a regular press conference title is never read as a statement, even when it mentions remarks', () => {
  const [briefing] = parseText(
    'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on September 3, 2024\nCCTV: Any remarks on the forum?\nLin Jian: China hopes the forum succeeds.',
    directory,
  ).documents
  expect(briefing?.kind).toBe('briefing')
})
