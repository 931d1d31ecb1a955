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
    expect(Object.keys(summary)).toEqual(['files', 'kind', 'date', 'locales', 'title', 'body', 'warnings', 'errors'])
    expect(summary.kind === 'press-release' && summary.body.zh).toHaveLength(3)
  })
})
