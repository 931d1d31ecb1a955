import { mergeDocuments } from '@/lib/import/2-merge/merge'
import { summarize } from '@/lib/import/2-merge/summary'

import { briefingEn, briefingZh, fixtureText, sourced } from './importHelpers'

const summaryOf = (texts: Record<string, string>) => {
  const [merged] = mergeDocuments(sourced(texts))
  if (!merged) throw new Error('no document')
  return summarize(merged)
}

describe('the summary of a document (the --dry-run --json object)', () => {
  test('joins an answer’s paragraphs with a blank line, per language', () => {
    const summary = summaryOf({ 'zh.txt': briefingZh, 'en.txt': briefingEn })
    expect(summary.kind === 'briefing' && summary.items[0]?.answer.zh).toBe(
      '访问期间，王毅外长将同维洛里亚外长举行会谈，就双边关系和共同关心的国际地区问题交换意见。\n\n我们期待通过此访进一步深化两国传统友谊。',
    )
  })

  test('counts the opening statements', () => {
    const summary = summaryOf({ 'zh.txt': briefingZh })
    expect(summary.kind === 'briefing' && summary.openingStatements).toBe(1)
  })

  test('lists every text the document came from, once', () => {
    expect(summaryOf({ 'zh.txt': briefingZh, 'en.txt': briefingEn }).files).toEqual(['zh.txt', 'en.txt'])
  })

  test('gives a release its body paragraphs per language instead of Q&A items', () => {
    const summary = summaryOf({ 'release.zh.txt': fixtureText('transcripts/release.zh.txt') })
    expect(Object.keys(summary)).toEqual(['files', 'kind', 'date', 'publishedAt', 'locales', 'title', 'body', 'setAside', 'warnings', 'errors'])
    expect(summary.kind === 'press-release' && summary.body.zh).toHaveLength(3)
  })
})

describe('what the dry run lists as set aside', () => {
  test('every furniture line of a real page, in full, with its line and kind, and the page’s publication time', () => {
    const page = [
      'عربي Español Русский Français 简体中文',
      'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 18, 2024',
      '2024-07-18 19:37  Print',
      'CCTV: Can you share more about the progress?',
      'Lin Jian: Thank you.',
      'Suggest to a friend',
    ].join('\n')
    const summary = summaryOf({ 'page.txt': page })
    expect(summary.setAside).toEqual([
      'page.txt: line 1 (above the title): عربي Español Русский Français 简体中文',
      'page.txt: line 6 (page controls): Suggest to a friend',
    ])
    expect(summary.publishedAt).toBe('2024-07-18T19:37')
  })

  test('a question asked after the conference is flagged in the summary', () => {
    const text = ['2024年9月3日外交部发言人毛宁主持例行记者会', '总台央视记者：有何期待？', '毛宁：我们期待积极成果。', '会后有记者问及：你能否证实？', '毛宁：我们保持沟通。'].join('\n')
    const summary = summaryOf({ 'zh.txt': text })
    expect(summary.kind === 'briefing' && summary.items.map((item) => item.askedAfterConference)).toEqual([undefined, true])
  })
})
