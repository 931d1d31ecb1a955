import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, type ParsedDocument, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const parseFixture = (name: string) => parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)

const onlyDocument = (name: string): ParsedDocument => {
  const { documents, errors } = parseFixture(name)
  if (documents.length !== 1 || !documents[0])
    throw new Error(`${name}: expected one document, got ${documents.length} ${JSON.stringify(errors)}`)
  return documents[0]
}

describe('an official English transcript', () => {
  const briefing = () => onlyDocument('en-official.txt')

  test('is one English briefing', () => {
    expect(briefing()).toMatchObject({ kind: 'briefing', locales: ['en'] })
  })

  test('takes the title with its curly apostrophe', () => {
    expect(briefing().title).toEqual({ en: 'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on September 4, 2024' })
  })

  test('dates the briefing from its title', () => {
    expect(briefing().date).toBe('2024-09-04')
  })

  test('keeps the timestamp line under the title as the publication time, not as text', () => {
    expect(briefing().publishedAt).toBe('2024-09-04T19:00')
    expect(JSON.stringify({ ...briefing(), publishedAt: null })).not.toContain('19:00')
  })

  test('reads the unlabelled paragraphs before the first question as opening statements', () => {
    expect(briefing().openingStatements.en).toHaveLength(2)
    expect(briefing().openingStatements.en?.[0]).toMatch(/^At the invitation of the Chinese government/)
  })

  test('numbers the questions in order', () => {
    expect(briefing().items.map((item) => item.key)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'])
  })

  test('matches outlet labels to known outlets', () => {
    expect(briefing().items.map((item) => item.outletSlug)).toEqual(['cctv', 'reuters', 'the-paper', null, 'bloomberg', 'bloomberg'])
  })

  test('keeps the outlet as written', () => {
    expect(briefing().items[2]?.outlet).toEqual({ en: 'The Paper' })
  })

  test('runs an answer over every paragraph until the next label', () => {
    expect(briefing().items[0]?.answer.en).toEqual([
      expect.stringMatching(/^China and Veloria are good friends/),
      expect.stringMatching(/^We believe the visit will deepen political trust/),
    ])
  })

  test('strips the speaker label from questions and answers', () => {
    const [first] = briefing().items
    expect(first?.question.en).toMatch(/^You just announced/)
    expect(first?.answer.en?.[0]).not.toMatch(/^Mao Ning/)
  })

  test('moves a "(Similar question from the AP)" note out of the question', () => {
    const item = briefing().items[1]
    expect(item?.similarQuestionFrom).toEqual(['AP'])
    expect(item?.question.en).toBe(
      'Officials in Ostrana said the two sides would sign an agreement on port cooperation during the visit. Can you confirm?',
    )
  })

  test('marks a question that says "To follow up" as a follow-up', () => {
    expect(briefing().items[2]?.followUp).toBe(true)
  })

  test('marks a second question from the outlet just answered as a follow-up', () => {
    expect(briefing().items.map((item) => item.followUp)).toEqual([false, false, true, false, false, true])
  })

  test('names an unknown outlet in a warning and leaves its slug empty', () => {
    expect(briefing().warnings).toEqual([{ line: 12, message: expect.stringContaining("unknown outlet 'Kyodo News'") }])
  })

  test('names the spokesperson in English', () => {
    expect(briefing().spokesperson).toBe('Mao Ning')
  })
})

describe('an English transcript with a date line and no title', () => {
  const briefing = () => onlyDocument('en-date-line.txt')

  test('dates the briefing from the date line', () => {
    expect(briefing().date).toBe('2024-09-10')
  })

  test('leaves the title empty', () => {
    expect(briefing().title).toEqual({})
  })

  test('does not read the date line as an opening statement', () => {
    expect(briefing().openingStatements).toEqual({
      en: ['The Foreign Ministry will hold a briefing for the diplomatic corps on the Global Development Forum on September 12.'],
    })
  })

  test('reads an "(AFP also asked a similar question.)" note', () => {
    expect(briefing().items[1]).toMatchObject({ question: { en: 'Will any heads of state attend?' }, similarQuestionFrom: ['AFP'] })
  })

  test('recognises Lin Jian from the built-in list of spokespeople', () => {
    expect(briefing().spokesperson).toBe('Lin Jian')
  })
})

describe('an English transcript with neither title nor date line', () => {
  const briefing = () => onlyDocument('en-no-title.txt')

  test('is still a briefing, recognised by its questions and answers', () => {
    expect(briefing()).toMatchObject({
      kind: 'briefing',
      items: [expect.objectContaining({ key: 'q1' }), expect.objectContaining({ key: 'q2' })],
    })
  })

  test('has no date, and says so', () => {
    expect(briefing().date).toBeNull()
    expect(briefing().warnings).toContainEqual({ line: 1, message: expect.stringContaining('no date found') })
  })

  test('recognises Guo Jiakun from the built-in list of spokespeople', () => {
    expect(briefing().spokesperson).toBe('Guo Jiakun')
  })
})

describe('a bare follow-up label', () => {
  const text = [
    'Reuters: Will the talks resume?',
    'Mao Ning: Please stay tuned.',
    'Follow-up: Is there a date?',
    'Mao Ning: Not yet.',
  ].join('\n')

  test('marks the question as a follow-up', () => {
    expect(parseText(text, directory).documents[0]?.items.map((item) => item.followUp)).toEqual([false, true])
  })

  test('credits the question to the outlet that asked last', () => {
    expect(parseText(text, directory).documents[0]?.items[1]).toMatchObject({
      outlet: { en: 'Reuters' },
      outletSlug: 'reuters',
      question: { en: 'Is there a date?' },
    })
  })
})
