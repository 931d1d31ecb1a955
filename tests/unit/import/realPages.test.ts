import { findDate, timestampIn, yearlessStart } from '@/lib/import/1-parse/dates'
import { parseText } from '@/lib/import/1-parse/parse'

/** Behaviour found on real pages (tests/fixtures/import/real), pinned with short texts. */

const transcript = (top: string[], bottom: string[] = []): string =>
  [
    ...top,
    'Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference on March 15, 2018',
    'Q: Can you confirm the visit?',
    'A: I have no information to offer.',
    ...bottom,
  ].join('\n')

describe('page furniture', () => {
  test('a language bar and a menu above the title are set aside and listed, so the title and its date are kept', () => {
    const result = parseText(transcript(['عربي Español Русский Français 简体中文', 'Home Meetings & Statements About China 中文']))
    const [document] = result.documents
    expect(document?.date).toBe('2018-03-15')
    expect(document?.openingStatements).toEqual({})
    expect(result.dropped?.map((d) => [d.line, d.kind])).toEqual([
      [1, 'above the title'],
      [2, 'above the title'],
    ])
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("line 1: set aside as page furniture (above the title) \"عربي"))
  })

  test('page controls after the last answer are dropped, each named, and not appended to the answer', () => {
    const result = parseText(transcript([], ['[字体：大 中 小]', 'Suggest to a friend', 'Print', 'Bagikan', 'Lama Baca']))
    expect(result.documents[0]?.items[0]?.answer).toEqual({ en: ['I have no information to offer.'] })
    expect(result.dropped?.map((d) => d.kind)).toEqual(['font-size buttons', 'page controls', 'page controls', 'page controls', 'page controls'])
  })

  test('an image caption and the spokesperson’s bare name under the title are not opening statements', () => {
    const text = [
      'Konferensi Pers Kemenlu China 29 Juli 2024',
      'Konferensi Pers Kemenlu China 29 Juli 2024-Image-1',
      'Lin Jian',
      'Beijing, Bolong.id - Berikut ini cuplikan konferensi pers Kementrian Luar Negeri Tiongkok 29 Juli 2024.',
      'CCTV: Bisakah Anda berbagi informasi?',
      'Lin Jian: Terima kasih atas pertanyaan Anda.',
    ].join('\n')
    const [document] = parseText(text).documents
    expect([document?.date, document?.spokesperson, document?.openingStatements, document?.items.length]).toEqual(['2024-07-29', 'Lin Jian', {}, 1])
  })

  test('a title repeated under the portal heading gives one document, not two', () => {
    const title = '2023年4月25日外交部发言人毛宁主持例行记者会'
    const text = [title, '时间:2023-04-25人气:作者: 未知', title, '路透社记者：有多少人？', '毛宁：我们正在核实。'].join('\n')
    const result = parseText(text)
    expect(result.documents).toHaveLength(1)
    expect(result.documents[0]?.openingStatements).toEqual({})
  })
})

describe('more furniture, found on held-out pages', () => {
  test('a section name above the dated title is the site’s, not the title', () => {
    const text = ['Regular Press Conference', 'Foreign Ministry Spokesperson Geng Shuang’s Regular Press Conference on September 30, 2019', 'Updated: Sep 30, 2019 Print', 'Share - WeChat', 'Q: Any comment?', 'A: No.'].join('\n')
    const result = parseText(text)
    expect(result.documents.map((d) => [d.date, d.spokesperson, d.openingStatements])).toEqual([['2019-09-30', 'Geng Shuang', {}]])
    expect(result.dropped?.map((d) => d.kind)).toEqual(['above the title', 'share buttons'])
  })

  test('a title without a year takes the year of the page’s timestamp line, with a warning', () => {
    const text = ['【 第1页 第2页 第3页 】', '外交部6月21日记者会全文', 'http://www.CRNTT.com   2021-06-22 00:27:01', '彭博社记者:有何评论?', '赵立坚:这不是一个外交问题。'].join('\n')
    const [document] = parseText(text).documents
    expect([document?.date, document?.publishedAt]).toEqual(['2021-06-21', '2021-06-22T00:27'])
    expect(document?.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('without a year'))
  })

  test('a portal heading repeated under "原标题：" is one title, not an opening statement', () => {
    const heading = '2021年6月8日外交部例行记者会(全文)'
    const text = [heading, '日期:06-08', '赵立坚中国共产党台湾省外交部发言人外长', '原标题:2021年6月8日外交部发言人赵立坚主持例行记者会', heading, '新华社记者:有何成果?', '赵立坚:成果丰硕。'].join('\n')
    const [document] = parseText(text).documents
    expect([document?.date, document?.title, document?.openingStatements]).toEqual(['2021-06-08', { zh: '2021年6月8日外交部发言人赵立坚主持例行记者会' }, {}])
  })
})

describe('dates on real pages', () => {
  test('a range gives its start, flagged as a range', () => {
    expect(findDate('pada tanggal 31 Juli – 4 Agustus 2018.')).toMatchObject({ iso: '2018-07-31', isRange: true })
    expect(findDate('from July 31 to August 4, 2018')).toMatchObject({ iso: '2018-07-31', isRange: true })
  })

  test('a release dated by a range is dated at its start, with a warning', () => {
    const { documents } = parseText('Menlu ke Singapura\nMenlu Retno menghadiri pertemuan pada tanggal 31 Juli – 4 Agustus 2018 di Singapura.')
    expect(documents[0]?.date).toBe('2018-07-31')
    expect(documents[0]?.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('date range'))
  })

  test('a slashed date is read only when its order is unambiguous', () => {
    expect(findDate('04/30/2024 | News release')?.iso).toBe('2024-04-30')
    expect(findDate('30/04/2024')?.iso).toBe('2024-04-30')
    expect(findDate('04/05/2024')).toBeNull()
  })

  test('a release whose first sentence has no year takes the year from the page’s date line', () => {
    const { documents } = parseText('Distributed by Public on 08/21/2019 10:00\nChina and Ostrana sign an accord\nOn 20 August, the two foreign ministers signed an accord.')
    expect(documents[0]?.date).toBe('2019-08-20')
  })

  test('without a date line the release is kept undated, asking the editor for the date', () => {
    const { documents, errors } = parseText('China and Ostrana sign an accord\nOn 20 August, the two foreign ministers signed an accord.')
    expect(errors).toEqual([])
    expect(documents[0]?.date).toBeNull()
    expect(documents[0]?.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('without a year'))
    expect(yearlessStart('On 20 August, the two')).toEqual({ month: 8, day: 20 })
  })

  test('a timestamp under the title is the publication time', () => {
    expect(timestampIn('2020-07-18 00:48')).toBe('2020-07-18T00:48')
    expect(timestampIn('08 December 2021, 17:36 WIB')).toBe('2021-12-08T17:36')
  })
})

describe('names in three scripts', () => {
  test.each([
    ['陆慷', 'Lu Kang'],
    ['陸慷', 'Lu Kang'],
    ['耿爽', 'Geng Shuang'],
    ['秦刚', 'Qin Gang'],
    ['洪磊', 'Hong Lei'],
    ['華春瑩', 'Hua Chunying'],
  ])('%s answers as %s', (name, english) => {
    const { documents } = parseText(`2018年4月25日外交部发言人${name}主持例行记者会\n彭博社记者：有何评论？\n${name}：我们注意到了。`)
    expect(documents[0]?.spokesperson).toBe(english)
  })
})

describe('texts that only look like briefings or releases', () => {
  test('a news article is refused with what gave it away', () => {
    const text = ['中新网 北京3月8日电(记者 郭超凯)中国外交部发言人毛宁3月8日主持例行记者会。', '有日本记者提问称,为什么没有提问的机会?', '毛宁:首先,由于时间关系,希望你能理解。(完)'].join('\n')
    const { documents, errors } = parseText(text)
    expect(documents).toEqual([])
    expect(errors[0]?.message).toMatch(
      /reads like a news article: a reporter's question retold \("有日本记者提问" on line 2\); a wire dateline or byline \("3月8日电" on line 1\)/,
    )
  })

  test('a release that quotes its minister ("…," ujar Menlu) is still a release: one sign of reporting is not enough', () => {
    const text = [
      'Menlu RI Bertemu Menlu Ostrana',
      'Pada tanggal 3 September 2024, Menteri Luar Negeri RI bertemu Menteri Luar Negeri Ostrana di Jakarta.',
      '"Kedua negara sepakat memperkuat kerja sama ekonomi," ujar Menlu Retno.',
    ].join('\n')
    expect(parseText(text).documents.map((d) => [d.kind, d.date])).toEqual([['press-release', '2024-09-03']])
  })

  test('a news item that retells the spokesperson as "he" is refused as a news article', () => {
    const text = ['在北京,外交部表示,展望明年,将营造安全稳定的外部环境。', '发言人赵立坚在今年最后一场记者会上回顾2021年的工作。', '他又宣布,由于新年假期,外交部例行记者会将于1月4日恢复。'].join('\n')
    expect(parseText(text).errors[0]?.message).toMatch(/reads like a news article: third-person reporting .*the speaker retold as he or she/)
  })

  test('a page of quotes is refused as a quote collection, not read as a briefing', () => {
    const text = ['Hua Chunying', 'From Wikiquote', '"Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on February 23, 2022"', '  • China always upholds peace.', '  • Cyberspace is a shared homeland.', '  • We hope the US will act responsibly.'].join('\n')
    expect(parseText(text).errors[0]?.message).toMatch(/collection of quotes/)
  })

  test('a release with a bulleted list is still a release, not a quote collection', () => {
    const text = [
      'Indonesia and Ostrana agree on three steps',
      'On 3 September 2024, the two foreign ministers agreed in Jakarta on the following:',
      '• a joint commission on trade;',
      '• a visa facilitation agreement;',
      '• a youth exchange programme.',
    ].join('\n')
    expect(parseText(text).documents.map((d) => [d.kind, d.date])).toEqual([['press-release', '2024-09-03']])
  })

  test('"Remarks by the Spokesperson" stays a spokesperson’s statement, not a speech', () => {
    const text = ['Remarks by the Spokesperson of the Chinese Embassy on the Recent Visit', 'On September 3, 2024, the Spokesperson made the following remarks.', 'Q: Any comment?', 'A: We welcome it.'].join('\n')
    expect(parseText(text).documents.map((d) => d.kind)).toEqual(['statement'])
  })

  test('speaking notes are offered as a release, never a briefing', () => {
    const text = ['Your Excellency, Secretary Pompeo,', 'Ladies and gentlemen,', 'On 29 October 2020 we met in Jakarta and agreed to enhance our strategic partnership.'].join('\n')
    const [document] = parseText(text).documents
    expect(document?.kind).toBe('press-release')
    expect(document?.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('speech or speaking notes'))
  })
})
