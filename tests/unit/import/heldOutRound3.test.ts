import { parseText } from '@/lib/import/1-parse/parse'

/**
 * Rules added for the third held-out round (tests/fixtures/import/real, batch round3-2026-12),
 * each pinned with a short text in the layout the real page showed, and its limit.
 */

describe('a portal heading above the ministry’s title', () => {
  const heading = (between: string[]) =>
    [
      '當前位置: 華文星空 > 社會',
      '「雙語」例行記者會/Regular Press Conference(2024-7-15)',
      ...between,
      '2024年7月15日外交部發言人 林劍',
      '主持例行記者會',
      'Foreign Ministry Spokesperson Lin Jian’s',
      'Regular Press Conference on July 15, 2024',
      '總台央視記者:請問發言人有何進一步評論?',
      'CCTV: Do you have any further comment?',
      '林劍:我們已經發布了消息。',
      'Lin Jian: We have released the information.',
    ].join('\n')

  test('a heading that names no spokesperson, with its own lines under it, is set aside: the title below it is the title', () => {
    const result = parseText(heading(['2024-07-16社會']))
    const [document] = result.documents
    expect([document?.date, document?.locales, document?.title, document?.openingStatements]).toEqual([
      '2024-07-15',
      ['zh', 'en'],
      { zh: '2024年7月15日外交部發言人 林劍主持例行記者會', en: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 15, 2024' },
      {},
    ])
    expect(result.dropped?.map((d) => [d.line, d.kind])).toEqual([
      [1, 'breadcrumb'],
      [2, 'above the title'],
      [3, 'above the title'],
    ])
  })

  test('a heading of another date is not this title’s heading: nothing is set aside for it', () => {
    const result = parseText(heading(['2024-07-16社會']).replace('(2024-7-15)', '(2024-7-12)'))
    expect(result.dropped?.map((d) => d.kind)).toEqual(['breadcrumb'])
  })

  test('a Chinese title directly above the English one is the other language’s title, not a heading, even if only the English names the spokesperson', () => {
    const text = ['2024年7月15日例行記者會', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 15, 2024', '記者:有何評論?', 'Reporter: Any comment?', '林劍:沒有。', 'Lin Jian: No.'].join('\n')
    const result = parseText(text)
    expect(result.dropped ?? []).toEqual([])
    expect(result.documents[0]?.title).toEqual({ zh: '2024年7月15日例行記者會', en: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 15, 2024' })
  })
})

describe('who the spokesperson is when a colleague opens the conference', () => {
  const first = [
    '2020年2月24日外交部发言人赵立坚主持例行记者会',
    '华春莹：各位记者朋友们，大家下午好！今天主持记者会的是我的新同事赵立坚。',
    '赵立坚：谢谢华春莹司长！非常高兴跟大家见面！',
    '首先向大家通报一组数字。',
    '问：我们注意到，上周举行的特别外长会引发了热烈反响。',
  ]

  test('answer labels before the first question are the opening, not answers: the spokesperson is the one the title names', () => {
    const [document] = parseText(first.join('\n')).documents
    expect([document?.spokesperson, document?.openingStatements.zh?.length, document?.items.length]).toEqual(['Zhao Lijian', 3, 1])
  })

  test('whoever answers the questions is still the spokesperson, whoever opened', () => {
    const [document] = parseText([...first, '华春莹：我们对此表示欢迎。'].join('\n')).documents
    expect(document?.spokesperson).toBe('Hua Chunying')
  })

  test('with no title naming anyone and no answered question, the one who spoke in the opening is the spokesperson', () => {
    const [document] = parseText(['2020年2月24日例行记者会', '赵立坚：非常高兴跟大家见面！', '问：请介绍有关情况。'].join('\n')).documents
    expect(document?.spokesperson).toBe('Zhao Lijian')
  })
})

describe('a question whose outlet no rule knows, before the spokesperson’s answer', () => {
  const text = (question: string, answer = 'Zhao Lijian: We hope it will return safely.') =>
    ['Regular Press Conference Offered November 24, 2020 by Foreign Ministry Spokesperson Zhao Lijian', '[ad_1]', question, answer, 'NHK: What is the purpose of this visit?', 'Zhao Lijian: I shared information last week.'].join('\n')

  test('"The document:" (The Paper, machine-translated) asking something just before an answer is that outlet’s question, with a warning', () => {
    const result = parseText(text('The document: Early today, China launched Chang’e-5. Do you have any comments?'))
    const [document] = result.documents
    expect(document?.items.map((item) => [item.outlet.en, item.question.en?.slice(0, 11)])).toEqual([
      ['The document', 'Early today'],
      ['NHK', 'What is the'],
    ])
    expect(document?.openingStatements).toEqual({})
    expect(document?.warnings.map((w) => w.message)).toContainEqual("line 3: unknown outlet 'The document'; it is kept as written with no matching outlet.")
    expect(result.dropped?.map((d) => [d.line, d.kind])).toEqual([[2, 'advertisement']])
  })

  test('a paragraph that asks nothing stays an opening statement, and so does one not followed by an answer', () => {
    const statement = parseText(text('The background: China launched Chang’e-5 early today.')).documents[0]
    expect([statement?.openingStatements.en?.length, statement?.items.length]).toEqual([2, 1])
    const noAnswer = parseText(text('The document: Early today, China launched Chang’e-5. Any comment?', 'It was a success.')).documents[0]
    expect(noAnswer?.items.map((item) => item.outlet.en)).toEqual(['NHK'])
  })

  test('"会后有记者问及：" before an answer stays a question asked after the conference', () => {
    const text = ['2024年9月3日外交部发言人毛宁主持例行记者会', '总台央视记者：有何期待？', '毛宁：我们期待积极成果。', '会后有记者问及：你能否证实？', '毛宁：我们保持沟通。'].join('\n')
    const [document] = parseText(text).documents
    expect(document?.items.map((item) => [item.outlet.zh ?? '', item.askedAfterConference])).toEqual([
      ['总台央视', undefined],
      ['', true],
    ])
  })
})

describe('a bilingual page with numbered questions and both languages on one line', () => {
  const text = [
    '您当前所在位置:首页 > 市民说英语',
    '2020年11月20日外交部发言人赵立坚主持例行记者会',
    '发布日期:  2020-11-23  访问量:     ',
    '  国务委员兼外交部长王毅将于11月24日至27日对日本、韩国进行正式访问。',
    '  State Councilor and Foreign Minister Wang Yi will pay official visits to Japan and the ROK from November 24 to 27.',
    '    1.总台国广记者:据报道,巴基斯坦外长举行记者会。中方对此有何评论?   CRI: At a recent press conference, Pakistan’s Foreign Minister made accusations. What is your comment?',
    '  赵立坚:之前我已经就有关问题做出过回应。',
    '  Zhao Lijian: I responded to relevant questions previously.',
  ].join('\n')

  test('"1.总台国广记者：" is a question label, and the English question on its line is cut off into its own paragraph', () => {
    const result = parseText(text)
    const [document] = result.documents
    expect([document?.locales, document?.spokesperson, document?.openingStatements.zh?.length, document?.openingStatements.en?.length]).toEqual([['zh', 'en'], 'Zhao Lijian', 1, 1])
    expect(document?.items.map((item) => [item.outlet, item.question.zh?.slice(0, 3), item.question.en?.slice(0, 11), Object.keys(item.answer)])).toEqual([
      [{ zh: '总台国广', en: 'CRI' }, '据报道', 'At a recent', ['zh', 'en']],
    ])
    expect(result.warnings.map((w) => w.message)).toContainEqual('line 6: a Chinese paragraph and its English were on one line; split it into 2 paragraphs before the English label.')
    expect(result.dropped?.map((d) => d.kind)).toEqual(['breadcrumb', 'publication line'])
  })

  test('a numbered heading in a release is not a label: after a number only a label that says it is one counts', () => {
    const release = [
      'Indonesia dan Singapura Sepakat Tingkatkan Kerja Sama',
      'Pada tanggal 28 Juli 2015, kedua menteri bertemu di Singapura.',
      '1. Economic Cooperation: Both sides agreed to expand trade.',
      '2. Maritime Boundaries: Both sides will finish the talks.',
    ].join('\n')
    const [document] = parseText(release).documents
    expect([document?.kind, document?.kind === 'press-release' ? Object.values(document.body)[0]?.length : null]).toEqual(['press-release', 3])
    expect(parseText('2020年11月20日外交部发言人赵立坚主持例行记者会\n2.Q: Any comment?\n3.A: No.').documents[0]?.items.length).toBe(1)
  })

  test('an English sentence ending in a colon-word inside an English answer is not cut: only English after Chinese is', () => {
    const answer = '2024年9月3日外交部发言人毛宁主持例行记者会\nCCTV: Any comment?\nMao Ning: We said it before. Taiwan: it is part of China.'
    const [document] = parseText(answer).documents
    expect(document?.items.map((item) => item.answer.en)).toEqual([['We said it before. Taiwan: it is part of China.']])
  })
})

describe('page lines found on the third round’s pages', () => {
  const release = (lines: string[], after: string[] = []) =>
    [
      'Presiden Jokowi Terima Surat Kepercayaan 7 Duta Besar Negara Sahabat',
      ...lines,
      'Presiden Joko Widodo menerima surat kepercayaan dari 7 duta besar, Rabu, 21 Oktober 2020.',
      ...after,
      'Tampak mendampingi Presiden Menteri Luar Negeri Retno Marsudi.',
    ].join('\n')

  test('a caption ending with its photo credit "(Foto: Humas/Agung)" and the site’s "Berita Terbaru" heading are set aside', () => {
    const result = parseText(`${release(['7 Dubes LBBP negara sahabat menyerahkan Surat Kepercayaan kepada Presiden Joko Widodo, Rabu (21/10) pagi. (Foto: Humas/Agung)'])}\nBerita Terbaru`)
    const [document] = result.documents
    expect(document?.kind === 'press-release' && document.body.id?.length).toBe(2)
    expect(result.dropped?.map((d) => d.kind)).toEqual(['image caption', 'related link'])
  })

  test('a sentence that merely mentions a photo in brackets mid-line stays text', () => {
    const [document] = parseText(release([], ['Presiden juga meninjau pameran (foto: arsip) yang digelar di halaman istana sejak pagi hari tadi.'])).documents
    expect(document?.kind === 'press-release' && document.body.id?.length).toBe(3)
  })
})

describe('a news agency retelling a release', () => {
  const news = [
    'Jakarta (ANTARA) - Presiden RI Joko Widodo menerima surat kepercayaan dari sepuluh duta besar negara sahabat di Istana Merdeka, Jakarta, Kamis.',
    'Berdasarkan keterangan resmi Biro Pers Sekretariat Presiden yang diterima di Jakarta, prosesi dimulai dengan lagu kebangsaan.',
    'Penyerahan surat kepercayaan tersebut menandai dimulainya penugasan resmi para duta besar.',
  ]

  test('a "City (AGENCY) -" dateline and "Berdasarkan keterangan resmi … yang diterima" make it a news article, each sign named', () => {
    const [error] = parseText(news.join('\n')).errors
    expect(error?.message).toMatch(/^Not imported: this reads like a news article: third-person reporting \("Berdasarkan keterangan resmi" on line 2\); a wire dateline or byline \("Jakarta \(ANTARA\) - " on line 1\)/)
  })

  test('one sign alone is not enough, and a release mentioning a joint press statement is not passing one on', () => {
    expect(parseText(news.slice(1).join('\n').replace('Kamis', 'Kamis, 8 Agustus 2024')).errors[0]?.message ?? '').not.toMatch(/news article/)
    const release = ['Singapura - Presiden Joko Widodo membahas berbagai isu bilateral, 28 Juli 2015.', 'Dalam pernyataan pers bersama, Presiden menyatakan telah membahas beberapa isu penting.'].join('\n')
    expect(parseText(release).documents.map((d) => d.kind)).toEqual(['press-release'])
  })
})
