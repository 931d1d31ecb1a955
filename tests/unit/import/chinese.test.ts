import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, type ParsedDocument, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const onlyDocument = (name: string): ParsedDocument => {
  const { documents, errors } = parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)
  if (documents.length !== 1 || !documents[0])
    throw new Error(`${name}: expected one document, got ${documents.length} ${JSON.stringify(errors)}`)
  return documents[0]
}

describe('an official Chinese transcript with full-width colons', () => {
  const briefing = () => onlyDocument('zh-official.txt')

  test('is one Chinese briefing with its title and date', () => {
    expect(briefing()).toMatchObject({
      kind: 'briefing',
      locales: ['zh'],
      date: '2024-09-04',
      title: { zh: '2024年9月4日外交部发言人毛宁主持例行记者会' },
    })
  })

  test('reads the paragraph before the first question as an opening statement', () => {
    expect(briefing().openingStatements).toEqual({
      zh: ['应中华人民共和国政府邀请，维洛里亚共和国总理将于9月6日至9日对中国进行正式访问。'],
    })
  })

  test('strips 记者 and the book-title marks from outlet names', () => {
    expect(briefing().items.map((item) => item.outlet.zh)).toEqual(['总台央视', '人民日报', '澎湃新闻', '彭博社'])
  })

  test('matches Chinese outlet names to known outlets', () => {
    expect(briefing().items.map((item) => item.outletSlug)).toEqual(['cctv', 'peoples-daily', 'the-paper', 'bloomberg'])
  })

  test('moves a （…也问到类似问题） note out of the question', () => {
    expect(briefing().items[1]).toMatchObject({
      question: { zh: '据报道，奥斯特拉纳官员称双方将在访问期间签署港口合作协议。你能否证实？' },
      similarQuestionFrom: ['法新社'],
    })
  })

  test('marks a question starting with 追问 as a follow-up', () => {
    expect(briefing().items.map((item) => item.followUp)).toEqual([false, false, true, false])
  })

  test('reads 毛宁 as Mao Ning', () => {
    expect(briefing().spokesperson).toBe('Mao Ning')
  })

  test('runs the first answer over its two paragraphs', () => {
    expect(briefing().items[0]?.answer.zh).toHaveLength(2)
  })

  test('has no warnings', () => {
    expect(briefing().warnings).toEqual([])
  })
})

describe('a Chinese transcript with ASCII colons', () => {
  const briefing = () => onlyDocument('zh-ascii-colons.txt')

  test('reads labels followed by an ASCII colon', () => {
    expect(briefing().items.map((item) => item.question.zh)).toEqual([
      '第三届全球发展论坛将于本周在北京举行。你能否介绍有关情况?',
      '中方对明天的部长级会议有何期待?',
    ])
  })

  test('reads 林剑 as Lin Jian', () => {
    expect(briefing().spokesperson).toBe('Lin Jian')
  })

  test('reads a bare 记者 label as a generic reporter with no outlet', () => {
    expect(briefing().items[1]).toMatchObject({ outlet: {}, outletSlug: null })
  })

  test('keeps the answer text after the ASCII colon verbatim', () => {
    expect(briefing().items[0]?.answer.zh?.[0]).toBe('本届论坛以“共享发展机遇”为主题，来自80多个国家和国际组织的代表将出席。')
  })
})

describe('a Chinese repost with page furniture', () => {
  test('drops the breadcrumb, font-size and print/close lines with a warning for each', () => {
    const result = parseText(readFileSync(path.resolve('tests/fixtures/transcripts/zh-chrome.txt'), 'utf8'), directory)
    expect(result.warnings.map((w) => w.line)).toEqual([1, 2, 6, 7])
    expect(result.warnings[2]?.message).toContain('【打印】【关闭】')
  })

  test('keeps the transcript between the furniture', () => {
    expect(onlyDocument('zh-chrome.txt')).toMatchObject({ spokesperson: 'Guo Jiakun', date: '2024-09-13', startLine: 3, endLine: 5 })
  })
})
