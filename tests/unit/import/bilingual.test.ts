import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const onlyDocument = (name: string) => {
  const { documents, errors } = parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)
  if (documents.length !== 1 || !documents[0])
    throw new Error(`${name}: expected one document, got ${documents.length} ${JSON.stringify(errors)}`)
  return documents[0]
}

describe('a bilingual Chinese/English repost', () => {
  const briefing = () => onlyDocument('bilingual-zh-en.txt')

  test('is one briefing in Chinese and English, Chinese first', () => {
    expect(briefing()).toMatchObject({ kind: 'briefing', locales: ['zh', 'en'], date: '2024-09-11' })
  })

  test('takes one title per language', () => {
    expect(briefing().title).toEqual({
      zh: '2024年9月11日外交部发言人林剑主持例行记者会',
      en: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on September 11, 2024',
    })
  })

  test('splits the opening statement by language', () => {
    expect(briefing().openingStatements).toEqual({
      zh: ['应国务院总理邀请，奥斯特拉纳王国首相将于9月13日至15日访华。'],
      en: [
        'At the invitation of the Premier of the State Council, the Prime Minister of the Kingdom of Ostrana will visit China from September 13 to 15.',
      ],
    })
  })

  test('pairs each Chinese question with the English one after it', () => {
    expect(briefing().items.map((item) => item.question)).toEqual([
      { zh: '你能否介绍此访的安排？', en: 'Can you share the arrangements for the visit?' },
      {
        zh: '有报道称，双方将讨论渔业问题。你能否证实？',
        en: 'There are reports that the two sides will discuss fishing issues. Can you confirm?',
      },
    ])
  })

  test('keeps the outlet as written in each language and matches it once', () => {
    expect(briefing().items[0]).toMatchObject({ outlet: { zh: '总台央视', en: 'CCTV' }, outletSlug: 'cctv' })
  })

  test('gives each language its own answer paragraphs', () => {
    expect(briefing().items[0]?.answer.zh).toHaveLength(2)
    expect(briefing().items[0]?.answer.en).toEqual([
      'During the visit, leaders of the two countries will hold talks and attend the signing of cooperation documents.',
      'We look forward to the visit taking bilateral relations to a new level.',
    ])
  })

  test('has no warnings when the languages line up', () => {
    expect(briefing().warnings).toEqual([])
  })
})

describe('a bilingual repost with a missing English paragraph', () => {
  test('warns on the question whose answer paragraphs do not line up', () => {
    expect(onlyDocument('bilingual-mismatch.txt').warnings).toEqual([
      { line: 3, message: 'line 3: q1 has 2 Chinese and 1 English answer paragraphs; the languages do not line up.' },
    ])
  })

  test('still reads both questions in both languages', () => {
    expect(onlyDocument('bilingual-mismatch.txt').items.map((item) => Object.keys(item.question))).toEqual([
      ['zh', 'en'],
      ['zh', 'en'],
    ])
  })
})
