import { mergeDocuments } from '@/lib/import/2-merge/merge'

import { briefingEn, briefingId, briefingZh, fixtureText, sourced } from './importHelpers'

describe('merging translations found in separate texts', () => {
  test('joins a Chinese and an English text of one briefing into one document with both languages', () => {
    const merged = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': briefingEn }))
    expect(merged.map(({ locales, fileOf }) => ({ locales, fileOf }))).toEqual([
      { locales: ['zh', 'en'], fileOf: { zh: 'zh.txt', en: 'en.txt' } },
    ])
  })

  test('pairs questions row by row, each with its text in every language', () => {
    const [merged] = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': briefingEn, 'id.txt': briefingId }))
    expect(merged?.items.map(({ key, outletSlug, outlet }) => [key, outletSlug, outlet])).toEqual([
      ['q1', 'cctv', { zh: '总台央视', en: 'CCTV', id: 'CCTV' }],
      ['q2', 'reuters', { zh: '路透社', en: 'Reuters', id: 'Reuters' }],
      ['q3', 'xinhua', { zh: '新华社', en: 'Xinhua News Agency', id: 'Kantor Berita Xinhua' }],
    ])
  })

  test('merges a translation with a question fewer: the questions that pair are joined, the other is kept in its language and reported', () => {
    const shorter = briefingEn.split('\n').slice(0, 7).join('\n')
    const merged = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': shorter }))
    expect(merged.map(({ locales, errors }) => [locales, errors])).toEqual([[['zh', 'en'], []]])
    expect(merged[0]?.items.map(({ key, outletSlug, question }) => [key, outletSlug, Object.keys(question)])).toEqual([
      ['q1', 'cctv', ['zh', 'en']],
      ['q2', 'reuters', ['zh', 'en']],
      ['q3', 'xinhua', ['zh']],
    ])
    expect(merged[0]?.warnings).toContainEqual(
      expect.stringMatching(/^q3 \(新华社\) is only in zh\.txt: en\.txt has no English version of it, so it is imported in Chinese only\.$/),
    )
  })

  test('pairs by outlet across a question missing in the middle', () => {
    const lines = briefingEn.split('\n')
    const withoutReuters = [...lines.slice(0, 5), ...lines.slice(7)].join('\n')
    const [merged] = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': withoutReuters }))
    expect(merged?.items.map(({ key, outletSlug, question }) => [key, outletSlug, Object.keys(question)])).toEqual([
      ['q1', 'cctv', ['zh', 'en']],
      ['q2', 'reuters', ['zh']],
      ['q3', 'xinhua', ['zh', 'en']],
    ])
  })

  test('still refuses a translation with a different number of questions when no outlet pairs them for certain', () => {
    const shorter = briefingEn.split('\n').slice(0, 7).join('\n').replace('CCTV:', 'Reporter:').replace('Reuters:', 'Reporter:')
    const anonymous = briefingZh.replace(/^(?:总台央视|路透社|新华社)记者：/gmu, '记者：')
    const merged = mergeDocuments(sourced({ 'zh.txt': anonymous, 'en.txt': shorter }))
    expect(merged.map(({ locales, errors }) => [locales, errors.length])).toEqual([
      [['zh'], 0],
      [['en'], 1],
    ])
    expect(merged[1]?.errors[0]).toMatch(
      /^English of en\.txt not merged with zh\.txt: different numbers of questions \(3 in zh\.txt, 2 in en\.txt\)/,
    )
  })

  test('leaves a translation unmerged when the same question comes from another known outlet', () => {
    const merged = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': briefingEn.replace('Reuters:', 'AFP:') }))
    expect(merged[1]?.errors[0]).toMatch(/question 2 is from '路透社' in zh\.txt but from 'AFP' in en\.txt/)
  })

  test('does not pair an outlet with a generic reporter', () => {
    const merged = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': briefingEn.replace('Reuters:', 'Reporter:') }))
    expect(merged[1]?.errors[0]).toMatch(/question 2 is from '路透社' in zh\.txt but from an unnamed reporter in en\.txt/)
  })

  test('does not merge texts of one date that share a language, and says why', () => {
    const merged = mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': briefingEn, 'en-copy.txt': briefingEn }))
    expect(merged.map(({ locales }) => locales)).toEqual([['zh'], ['en'], ['en']])
    expect(merged[0]?.warnings.at(-1)).toMatch(/not merged with other texts of 2024-10-08: 3 briefings of that date share a language/)
  })

  test('joins releases of the same date in different languages', () => {
    const merged = mergeDocuments(
      sourced({ 'en.txt': fixtureText('transcripts/release.en.txt'), 'zh.txt': fixtureText('transcripts/release.zh.txt') }),
    )
    expect(merged.map(({ kind, locales }) => [kind, locales])).toEqual([['press-release', ['en', 'zh']]])
  })

  test('warns when releases joined by their date have different numbers of paragraphs', () => {
    const zh = fixtureText('transcripts/release.zh.txt').split('\n').slice(0, 3).join('\n')
    const [merged] = mergeDocuments(sourced({ 'en.txt': fixtureText('transcripts/release.en.txt'), 'zh.txt': zh }))
    expect(merged?.warnings.at(-1)).toMatch(
      /^zh\.txt: merged with en\.txt as a translation \(same date\) although it has 2 paragraphs and the other 3/,
    )
  })

  test('keeps documents of different dates apart', () => {
    const later = briefingEn.replace('October 8, 2024', 'October 15, 2024')
    expect(mergeDocuments(sourced({ 'zh.txt': briefingZh, 'en.txt': later }))).toHaveLength(2)
  })

  test('refuses a briefing without a date', () => {
    const undated = briefingEn.split('\n').slice(1).join('\n')
    const [merged] = mergeDocuments(sourced({ 'en.txt': undated }))
    expect(merged?.errors).toEqual([expect.stringMatching(/^en\.txt: lines 1–8: no date found for this briefing/)])
  })
})

describe('a release without a title line', () => {
  const founding = () => mergeDocuments(sourced({ 'founding.txt': fixtureText('founding-document.id.txt') }))

  test('gets its first sentence, without the date, as a derived title', () => {
    const [release] = founding()
    expect([release?.title, release?.derivedTitle]).toEqual([
      {
        id: 'Wakil Menteri Luar Negeri Ma Zhaoxu menyampaikan pidato video pada upacara pembukaan Seminar Peningkatan Kapasitas Kecerdasan Buatan',
      },
      ['id'],
    ])
  })

  test('is reported, so an editor rewrites the title', () => {
    const [release] = founding()
    expect(release?.warnings).toEqual([
      expect.stringMatching(/^founding\.txt: no title line, so the Indonesian title was taken from the first sentence/),
    ])
  })
})
