import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const parseFixture = (name: string) => parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)

const onlyDocument = (name: string) => {
  const { documents, errors } = parseFixture(name)
  if (documents.length !== 1 || !documents[0])
    throw new Error(`${name}: expected one document, got ${documents.length} ${JSON.stringify(errors)}`)
  return documents[0]
}

describe('speaker labels without their colon', () => {
  const briefing = () => onlyDocument('labels-without-colon.txt')

  test('reads a known outlet at the start of a paragraph as a question label', () => {
    expect(briefing().items[0]).toMatchObject({ outletSlug: 'cctv', question: { en: expect.stringMatching(/^You just announced/) } })
  })

  test('reads a known spokesperson at the start of a paragraph as an answer label', () => {
    expect(briefing().items.map((item) => item.answer.en?.[0])).toEqual([
      expect.stringMatching(/^The visit will further deepen/),
      'Please stay tuned for updates.',
    ])
  })

  test('warns on each label it read without a colon', () => {
    expect(briefing().warnings).toEqual([
      { line: 2, message: "line 2: label without colon, read as outlet 'CCTV'." },
      { line: 3, message: "line 3: label without colon, read as spokesperson 'Mao Ning'." },
      { line: 5, message: "line 5: label without colon, read as spokesperson 'Mao Ning'." },
    ])
  })

  test('does not read a known name followed by a lower-case verb as a label', () => {
    const result = parseText('CCTV: What did the minister say?\nMao Ning: Thank you.\nMao Ning said the talks went well.', directory)
    expect(result.documents[0]?.items[0]?.answer.en).toEqual(['Thank you.', 'Mao Ning said the talks went well.'])
  })

  test('does not accept an unknown name without a colon as a label', () => {
    const result = parseText('CCTV: What is new?\nMao Ning: Nothing yet.\nKyodo News Is there an update?', directory)
    expect(result.documents[0]?.items).toHaveLength(1)
    expect(result.documents[0]?.items[0]?.answer.en).toEqual(['Nothing yet.', 'Kyodo News Is there an update?'])
  })
})

describe('Chinese labels without their colon', () => {
  const text = [
    '2024年9月5日外交部发言人毛宁主持例行记者会',
    '总台央视记者 你刚才宣布了维洛里亚副总统访华的消息。中方有何期待？',
    '毛宁 此访将进一步增进两国互信。',
  ].join('\n')

  test('reads a known outlet and a known spokesperson followed by a space as labels', () => {
    expect(parseText(text, directory).documents[0]?.items[0]).toMatchObject({
      outlet: { zh: '总台央视' },
      outletSlug: 'cctv',
      question: { zh: '你刚才宣布了维洛里亚副总统访华的消息。中方有何期待？' },
      answer: { zh: ['此访将进一步增进两国互信。'] },
    })
  })

  test('does not read 毛宁表示 as a label', () => {
    const result = parseText(`${text}\n毛宁表示，中方欢迎此访。`, directory)
    expect(result.documents[0]?.items[0]?.answer.zh).toEqual(['此访将进一步增进两国互信。', '毛宁表示，中方欢迎此访。'])
  })
})

describe('a whole English transcript on one line', () => {
  const briefing = () => onlyDocument('joined-one-line.en.txt')

  test('recovers the title, the opening statement and each question and answer', () => {
    expect(briefing()).toMatchObject({
      title: { en: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on September 12, 2024' },
      date: '2024-09-12',
      openingStatements: {
        en: ['At the invitation of Foreign Minister Wang Yi, the Foreign Minister of Veloria will visit China from September 14 to 16.'],
      },
    })
    expect(briefing().items.map((item) => [item.outletSlug, item.question.en])).toEqual([
      ['cctv', 'What is the main agenda of the visit?'],
      ['reuters', 'Is China concerned about the new tariffs announced yesterday?'],
    ])
  })

  test('keeps a multi-sentence answer as one paragraph', () => {
    expect(briefing().items[0]?.answer.en).toEqual([
      'The two foreign ministers will hold talks on bilateral relations. They will also exchange views on regional issues.',
    ])
  })

  test('warns that paragraphs were reconstructed and answer breaks may be lost', () => {
    expect(parseFixture('joined-one-line.en.txt').warnings).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^line 1: paragraphs were joined on one line; split it into 6 paragraphs.*inside answers.*could not be recovered/,
        ),
      },
    ])
  })
})

describe('Chinese questions and answers joined on one line', () => {
  test('splits before each 记者 label and each spokesperson label', () => {
    expect(onlyDocument('joined-paragraphs.zh.txt').items.map((item) => [item.outlet.zh, item.question.zh, item.answer.zh])).toEqual([
      ['总台央视', '此访的主要议程是什么？', ['两国外长将就双边关系举行会谈。']],
      ['路透社', '中方是否关注昨天宣布的新关税？', ['中方立场是一贯的、明确的。']],
    ])
  })

  test('names the joined line in its warning', () => {
    expect(parseFixture('joined-paragraphs.zh.txt').warnings).toEqual([
      { line: 2, message: expect.stringContaining('line 2: paragraphs were joined on one line') },
    ])
  })
})

describe('English questions and answers joined by single spaces', () => {
  const text = [
    'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on September 4, 2024',
    'Kyodo News: Is there an update on the talks? Mao Ning: Not at the moment. Phoenix TV: What about the forum? Mao Ning: It will open on Monday.',
  ].join('\n')

  test('splits before short "Word Word:" labels of unknown outlets', () => {
    const [briefing] = parseText(text).documents
    expect(briefing?.items.map((item) => [item.outlet.en, item.answer.en])).toEqual([
      ['Kyodo News', ['Not at the moment.']],
      ['Phoenix TV', ['It will open on Monday.']],
    ])
  })

  test('does not split at a long phrase ending in a colon', () => {
    const line =
      'CCTV: What is new? Mao Ning: We made it clear. The position of the Chinese government on this matter is as follows: we oppose it.'
    const [briefing] = parseText(line).documents
    expect(briefing?.items[0]?.answer.en).toEqual([
      'We made it clear. The position of the Chinese government on this matter is as follows: we oppose it.',
    ])
  })
})
