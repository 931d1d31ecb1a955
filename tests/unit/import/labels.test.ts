import { parseText } from '@/lib/import/1-parse/parse'

const outlets = [
  { slug: 'cctv', names: ['CCTV', '总台央视', '中央广播电视总台'] },
  { slug: 'peoples-daily', names: ['People’s Daily', '人民日报'] },
]

/** A one-question transcript whose question label is `label`. */
const withQuestionLabel = (label: string, answerLabel = 'Mao Ning:') =>
  parseText(`${label} Is there an update on the forum?\n${answerLabel} The forum will open on Monday.`, { outlets }).documents[0]?.items[0]

describe('question labels', () => {
  test.each([
    ['CCTV:', { en: 'CCTV' }, 'cctv'],
    ['CCTV：', { en: 'CCTV' }, 'cctv'],
    ['Kyodo News:', { en: 'Kyodo News' }, null],
    ['Hong Kong Bureau of Phoenix TV:', { en: 'Hong Kong Bureau of Phoenix TV' }, null],
    ['Reporter:', {}, null],
    ['Wartawan:', {}, null],
    ['Journalist:', {}, null],
  ] as const)('reads %s as outlet %j', (label, outlet, slug) => {
    expect(withQuestionLabel(label)).toMatchObject({ outlet, outletSlug: slug, question: { en: 'Is there an update on the forum?' } })
  })

  test.each([
    ['总台央视记者：', '总台央视', 'cctv'],
    ['《人民日报》记者：', '人民日报', 'peoples-daily'],
    ['中央广播电视总台记者:', '中央广播电视总台', 'cctv'],
    ['凤凰卫视记者：', '凤凰卫视', null],
  ] as const)('reads the Chinese label %s as outlet %s', (label, name, slug) => {
    const item = parseText(`${label}论坛有何进展？\n毛宁：论坛将于周一开幕。`, { outlets }).documents[0]?.items[0]
    expect(item).toMatchObject({ outlet: { zh: name }, outletSlug: slug, question: { zh: '论坛有何进展？' } })
  })

  test('reads 记者： alone as a generic reporter', () => {
    const item = parseText('记者：论坛有何进展？\n毛宁：论坛将于周一开幕。').documents[0]?.items[0]
    expect(item).toMatchObject({ outlet: {}, outletSlug: null })
  })
})

describe('answer labels', () => {
  test.each([
    ['Mao Ning:', 'Mao Ning'],
    ['Lin Jian：', 'Lin Jian'],
    ['Wang Wenbin:', 'Wang Wenbin'],
    ['Hua Chunying:', 'Hua Chunying'],
    ['Zhao Lijian:', 'Zhao Lijian'],
    ['Spokesperson Guo Jiakun:', 'Guo Jiakun'],
  ])('reads %s as the spokesperson %s', (label, name) => {
    const result = parseText(`CCTV: Is there an update on the forum?\n${label} The forum will open on Monday.`)
    expect(result.documents[0]?.spokesperson).toBe(name)
    expect(result.documents[0]?.items[0]?.answer.en).toEqual(['The forum will open on Monday.'])
  })

  test.each([
    ['毛宁：', 'Mao Ning'],
    ['林剑:', 'Lin Jian'],
    ['汪文斌：', 'Wang Wenbin'],
    ['郭嘉昆：', 'Guo Jiakun'],
    ['华春莹：', 'Hua Chunying'],
    ['赵立坚：', 'Zhao Lijian'],
  ])('reads %s as the spokesperson %s', (label, name) => {
    expect(parseText(`总台央视记者：论坛有何进展？\n${label}论坛将于周一开幕。`).documents[0]?.spokesperson).toBe(name)
  })

  test('reads a spokesperson passed in as a known person', () => {
    const people = [{ slug: 'zhang-wei', names: ['Zhang Wei', '张伟'], englishName: 'Zhang Wei' }]
    const result = parseText('总台央视记者：论坛有何进展？\n张伟：论坛将于周一开幕。', { people })
    expect(result.documents[0]?.spokesperson).toBe('Zhang Wei')
    expect(result.documents[0]?.warnings.map((w) => w.message).join('\n')).not.toContain('spokesperson')
  })

  test('reads an unknown spokesperson named in the title as the answerer, with a warning', () => {
    const text = 'Foreign Ministry Spokesperson Zhang Wei’s Regular Press Conference on May 6, 2025\nCCTV: Any update?\nZhang Wei: Not yet.'
    const [briefing] = parseText(text).documents
    expect(briefing?.items[0]?.answer.en).toEqual(['Not yet.'])
    expect(briefing?.spokesperson).toBe('Zhang Wei')
    expect(briefing?.warnings).toContainEqual({
      line: 1,
      message: "line 1: spokesperson 'Zhang Wei' is not a known person; check the name.",
    })
  })
})

describe('what is not a label', () => {
  test.each([
    ['a long capitalised phrase', 'The Position Of The Chinese Government On This Matter: we oppose it.'],
    ['a sentence with a comma before the colon', 'In Beijing, Officials Said: the forum opens.'],
    ['a lower-case phrase', 'He said: the forum opens.'],
    ['a note', 'Note: the forum opens on Monday.'],
    ['a time of day', 'Mao Ning: The forum opens at\n10:30 in the morning.'],
  ])('%s', (_case, line) => {
    const result = parseText(`CCTV: Is there an update?\nMao Ning: Yes.\n${line}`)
    expect(result.documents[0]?.items).toHaveLength(1)
  })
})

describe('labels on a line of their own', () => {
  const text = [
    'Reporter:',
    'Bisakah Anda memperkenalkan forum itu?',
    'Mao Ning:',
    'Forum itu akan dibuka pada hari Senin.',
    'Tiongkok menyambut semua pihak.',
  ].join('\n')

  test('take the next paragraph as the question', () => {
    expect(parseText(text).documents[0]?.items[0]?.question).toEqual({ id: 'Bisakah Anda memperkenalkan forum itu?' })
  })

  test('take the following paragraphs as the answer', () => {
    expect(parseText(text).documents[0]?.items[0]?.answer).toEqual({
      id: ['Forum itu akan dibuka pada hari Senin.', 'Tiongkok menyambut semua pihak.'],
    })
  })
})

describe('paragraph placement', () => {
  test('adds an unlabelled paragraph between a question and its answer to the question', () => {
    const text = 'CCTV: The forum opens on Monday.\nWhat does China expect from it?\nMao Ning: A lot.'
    expect(parseText(text).documents[0]?.items[0]?.question.en).toBe('The forum opens on Monday.\n\nWhat does China expect from it?')
  })

  test('reads a spokesperson label before the first question as an opening statement', () => {
    const text = 'Mao Ning: Good afternoon. I have an announcement to make.\nCCTV: Any update?\nMao Ning: Not yet.'
    expect(parseText(text).documents[0]?.openingStatements).toEqual({ en: ['Good afternoon. I have an announcement to make.'] })
  })

  test('attaches a note on its own line to the question before it', () => {
    const text = 'Reuters: Will the talks resume?\n(Similar questions from AFP and Bloomberg)\nMao Ning: Please stay tuned.'
    expect(parseText(text).documents[0]?.items[0]).toMatchObject({
      question: { en: 'Will the talks resume?' },
      similarQuestionFrom: ['AFP', 'Bloomberg'],
    })
  })

  test('reads an Indonesian similar-question note', () => {
    const text =
      'CCTV: Apakah perundingan akan dilanjutkan? (Pertanyaan serupa juga diajukan oleh AFP dan Reuters)\nMao Ning: Silakan tunggu informasi lebih lanjut.'
    expect(parseText(text).documents[0]?.items[0]).toMatchObject({
      question: { id: 'Apakah perundingan akan dilanjutkan?' },
      similarQuestionFrom: ['AFP', 'Reuters'],
    })
  })
})
