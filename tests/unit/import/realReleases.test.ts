import { parseText } from '@/lib/import/1-parse/parse'

/**
 * Behaviour found on the second held-out round of real pages (ministry releases reposted by
 * embassies, gov.cn, portals and a paste site; tests/fixtures/import/real, batch
 * "releases-2026-12"), pinned with short invented texts.
 */

const droppedKinds = (text: string): [number, string][] => (parseText(text).dropped ?? []).map((d) => [d.line, d.kind])

describe('a release’s page furniture', () => {
  test('a menu row above a release title is set aside; the line above the dated first sentence is the title', () => {
    const text = ['首页 专题 直播 客户端', '王毅:希望会谈取得积极成果', '2018年6月12日中午,外交部长王毅在北京对记者表示,希望会谈取得积极成果。'].join('\n')
    const result = parseText(text)
    expect(result.documents.map((d) => [d.kind, d.date, d.title.zh, d.body.zh?.length])).toEqual([['press-release', '2018-06-12', '王毅:希望会谈取得积极成果', 1]])
    expect(droppedKinds(text)).toEqual([[1, 'above the title']])
  })

  test('a title with its subtitle above the dated sentence keeps both: nothing above them looks like furniture', () => {
    const text = ['Ma Zhaoxu Meets the Ambassador of Veloria', 'The two sides discussed trade', 'On September 9, 2024, Ma Zhaoxu met the ambassador.'].join('\n')
    const [document] = parseText(text).documents
    expect([document?.title.en, document?.body.en]).toEqual([
      'Ma Zhaoxu Meets the Ambassador of Veloria',
      ['The two sides discussed trade', 'On September 9, 2024, Ma Zhaoxu met the ambassador.'],
    ])
  })

  test('traditional-character page lines (source and time, font size, editor, QR prompt) are dropped and named', () => {
    const text = [
      '外交部部長同外長通電話',
      '2016-05-17 19:14 來源: 外交部網站',
      '字號: 默認 超大 | 打印 |',
      '2016年5月16日,外交部長王毅應約同外長通電話。',
      '雙方同意繼續保持溝通。',
      '【我要糾錯】 責任編輯:于士航',
      '掃一掃在手機打開當前頁',
    ].join('\n')
    const [document] = parseText(text).documents
    expect([document?.date, document?.body.zh?.length, document?.publishedAt]).toEqual(['2016-05-16', 2, '2016-05-17T19:14'])
    expect(droppedKinds(text).map(([, kind]) => kind)).toEqual(['publication line', 'font-size buttons', 'byline', 'page controls'])
  })

  test('a blog’s comment form and a link caption left at the end are not paragraphs', () => {
    const text = [
      'Foreign Minister Presents the Annual Press Statement',
      'On 9 January 2019, the Minister presented the work of the last four years.',
      'Full speech of 2019 Annual Press Statement:',
      'Leave a Reply',
      'You are commenting using your Google account. Log Out /',
    ].join('\n')
    expect(parseText(text).documents[0]?.body.en).toEqual(['On 9 January 2019, the Minister presented the work of the last four years.'])
    expect(droppedKinds(text)).toEqual([
      [3, 'link caption'],
      [4, 'comment form'],
      [5, 'comment form'],
    ])
  })

  test('a numbered first paragraph is dated by its first sentence, and a sign-off without a year is not a paragraph', () => {
    const text = [
      'On the Decision to Postpone the Credentials Ceremony',
      '  1.  The Ministry deeply regrets the action of the Government, taken on 20 February 2015.',
      '  2. The Ministry has summoned the Ambassador.',
      'Jakarta, 21 February, 00.35',
    ].join('\n')
    const [document] = parseText(text).documents
    expect([document?.date, document?.body.en?.length]).toEqual(['2015-02-20', 2])
    expect(droppedKinds(text)).toEqual([[4, 'sign-off']])
  })
})

describe('a release that retells its minister', () => {
  const release = (extra: string[]): string =>
    [
      'Minister Follows Up on the Visit',
      '(Jakarta-MFA). Last Sunday (30/11), the President visited workers abroad. The Minister said that everything must go well.',
      '“I give zero tolerance to corruption,” she said.',
      ...extra,
    ].join('\n')

  test('the ministry’s own dateline makes it a release, kept without a date when no year is given', () => {
    const [document] = parseText(release([])).documents
    expect([document?.kind, document?.date]).toEqual(['press-release', null])
    expect(document?.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('enter the date before publishing'))
  })

  test('with a wire dateline it is still a news article', () => {
    const text = ['JAKARTA - Minister Retno said on Monday that everything must go well.', '“I give zero tolerance,” she said.', 'Source : Ministry of Foreign Affairs'].join('\n')
    expect(parseText(text).errors[0]?.message).toMatch(/reads like a news article/)
  })

  test('a "Source : Ministry of Foreign Affairs" credit under a reposted release is not a newspaper byline', () => {
    const text = [
      'Ministry Summons the Chargé d’Affaires',
      'On Sunday, 20 December 2020, the Ministry summoned the Chargé d’affaires.',
      'He stressed that the incident does not reflect the policies of his Government. He said he regretted it.',
      'Source : Ministry of Foreign Affairs',
    ].join('\n')
    expect(parseText(text).documents.map((d) => [d.kind, d.date, d.body.en?.length])).toEqual([['press-release', '2020-12-20', 2]])
  })
})

describe('a release pasted as a list', () => {
  test('dashes before every line are removed, and a headline in capitals is a title, not a speaker label', () => {
    const text = [
      '- PRESIDEN: TINGKATKAN HUBUNGAN INDONESIA - SINGAPURA',
      '- 28 Jul 15',
      '- Singapura - Presiden Joko Widodo membahas isu bilateral dalam kunjungan kenegaraan, 28-29 Juli 2015 ke Singapura.',
      '- Di bidang investasi, Indonesia mengharapkan diversifikasi investasi.',
    ].join('\n')
    const result = parseText(text)
    expect(result.documents.map((d) => [d.kind, d.date, d.title.id, d.body.id?.length])).toEqual([
      ['press-release', '2015-07-28', 'PRESIDEN: TINGKATKAN HUBUNGAN INDONESIA - SINGAPURA', 2],
    ])
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("every line starts with '- '"))
    expect(result.dropped?.map((d) => [d.line, d.kind])).toEqual([[2, 'dateline']])
  })

  test('a release with a short dashed list keeps its dashes', () => {
    const text = ['Three Steps Agreed', 'On 3 September 2024, the ministers agreed on the following:', '- a joint commission;', '- a visa agreement;', 'The next meeting is in 2025.', 'Both sides welcomed the progress.'].join('\n')
    expect(parseText(text).documents[0]?.body.en).toContain('- a joint commission;')
  })
})

describe('a press conference held for a minister', () => {
  const lead = 'On 8 March 2018, the First Session of the Thirteenth National People’s Congress held a press conference. Foreign Minister Wang Yi answered questions on China’s foreign policy.'
  const exchange = ['Wang Yi: Good morning. Now I am ready to take your questions.', "People's Daily: What will be the highlights this year?", 'Wang Yi: We will keep to the right course.']

  test('the one the lead names as answering the questions is the speaker: a briefing, his welcome an opening statement', () => {
    const [document] = parseText([lead, ...exchange].join('\n')).documents
    expect([document?.kind, document?.date, document?.spokesperson, document?.openingStatements.en?.length, document?.items.length]).toEqual([
      'briefing',
      '2018-03-08',
      'Wang Yi',
      1,
      1,
    ])
  })

  test('without that lead "Wang Yi:" is nobody the importer knows, and the text is not a transcript', () => {
    expect(parseText(exchange.join('\n')).documents.map((d) => d.kind)).not.toContain('briefing')
  })

  test('a photo credit in brackets ends a caption, which is set aside', () => {
    const caption = 'Foreign Minister Wang Yi answers questions at a press conference in Beijing, March 8, 2018. (Xinhua/Li Xin)'
    expect(parseText([caption, lead, ...exchange].join('\n')).dropped?.map((d) => [d.line, d.kind])).toEqual([[1, 'image caption']])
  })
})
