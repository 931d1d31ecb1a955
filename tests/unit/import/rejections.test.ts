import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parseText } from '@/lib/import/1-parse/parse'

describe('texts that are neither a transcript nor a release', () => {
  test('rejects a Chinese news report that paraphrases a press conference', () => {
    const result = parseText(readFileSync(path.resolve('tests/fixtures/transcripts/zh-news-report.txt'), 'utf8'))
    expect(result.documents).toEqual([])
    expect(result.errors).toEqual([
      { line: 2, message: expect.stringMatching(/news report.*'有记者提问' on line 2.*'毛宁表示' on line 3/) },
    ])
  })

  test('rejects an English news report that quotes the spokesperson', () => {
    const text =
      'BEIJING (Reuters) - China will keep opening up, Mao Ning said on Tuesday.\nMao Ning told a regular press conference that the talks were constructive.'
    const result = parseText(text)
    expect(result.documents).toEqual([])
    expect(result.errors[0]?.message).toContain('news report')
  })

  test('rejects an Indonesian news report that retells the briefing', () => {
    const text =
      'Juru bicara Kementerian Luar Negeri Tiongkok Mao Ning mengatakan dalam konferensi pers pada Selasa bahwa Tiongkok menyambut baik forum tersebut.\nKetika ditanya soal tarif, ia menolak berkomentar.'
    expect(parseText(text).errors[0]?.message).toMatch(/news report.*'Mao Ning mengatakan' on line 1/)
  })

  test('rejects random prose with the reason', () => {
    const result = parseText('The weather was fine and the market was busy.\nPeople bought fruit and went home.')
    expect(result).toEqual({
      documents: [],
      warnings: [],
      errors: [{ line: 1, message: expect.stringContaining('lines 1–2: not a press release or transcript: no speaker labels') }],
    })
  })

  test('keeps the good document and warns about a rejected part of the same input', () => {
    const text = [
      'Menu Home About',
      'Lorem ipsum dolor sit amet.',
      ...readFileSync(path.resolve('tests/fixtures/transcripts/release.en.txt'), 'utf8').split('\n'),
    ].join('\n')
    const result = parseText(text)
    expect(result.documents.map((d) => d.kind)).toEqual(['press-release'])
    expect(result.warnings).toEqual([{ line: 1, message: expect.stringMatching(/^skipped: lines 1–2: not a press release or transcript/) }])
  })
})
