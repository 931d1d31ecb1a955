import { parseText } from '@/lib/import/1-parse/parse'

/**
 * Rules added after a second QA walk (tests/fixtures/import/real, batch qa-walk2-2026-12: 2 of 4
 * right on the first run), each pinned with a short text in the layout the real page showed, and
 * its limit.
 */

describe('"Q" and "A" without their colons', () => {
  const transcript = (lines: string[]) =>
    ["Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on January 13, 2020", 'Published on Jan 13, 2020', ...lines].join('\n')

  test('a "Q …" line directly followed by an "A …" line is a question and its answer', () => {
    const result = parseText(
      transcript([
        'At the invitation of Foreign Minister Wang Yi, the Foreign Minister of Veloria will visit China from January 15 to 19.',
        'Q Iranian military admitted that they mistakenly shot down the Ukrainian jetliner. What is China’s comment?',
        'A We are deeply saddened by this tragic plane crash.',
        'Q Can you tell us the purpose of the ministry’s Twitter account?',
        'A First I would like to thank you for your interest.',
      ]),
    )
    const [document] = result.documents
    expect(document?.items.map((item) => [item.question.en, item.answer.en])).toEqual([
      ['Iranian military admitted that they mistakenly shot down the Ukrainian jetliner. What is China’s comment?', ['We are deeply saddened by this tragic plane crash.']],
      ['Can you tell us the purpose of the ministry’s Twitter account?', ['First I would like to thank you for your interest.']],
    ])
    expect(document?.openingStatements.en).toHaveLength(1)
    expect(document?.warnings.map((w) => w.message)).toContain("line 4: label without colon, read as a question ('Q').")
    // The page's own line is furniture, not an opening statement.
    expect(result.dropped?.map((d) => [d.line, d.kind])).toEqual([[2, 'publication line']])
  })

  test('alone, an "A …" line is an English sentence: no pair, no labels', () => {
    const [document] = parseText(
      transcript(['A delegation of the Ministry will visit Davos from January 20 to 21.', 'CCTV: What will it discuss?', 'Geng Shuang: Trade.']),
    ).documents
    expect(document?.openingStatements.en).toEqual(['A delegation of the Ministry will visit Davos from January 20 to 21.'])
    expect(document?.items).toHaveLength(1)
  })

  test('a Chinese line between the items of an English transcript is set aside and listed, not kept as the answer', () => {
    const [document] = parseText(
      transcript([
        'Q Can you tell us the purpose of the ministry’s Twitter account?',
        'A First I would like to thank you for your interest.',
        '中国副总理刘鹤将于1月15日同美方签署协议,请问中方有何评论?',
      ]),
    ).documents
    expect(document?.items[0]?.answer.en).toEqual(['First I would like to thank you for your interest.'])
    expect(document?.warnings.map((w) => w.message)).toContain(
      "line 5: a Chinese line inside this English transcript, set aside (not this language's text): '中国副总理刘鹤将于1月15日同美方签署协议,请问中方有何评论?'.",
    )
  })
})

describe('a ministry release reposted by a portal', () => {
  const release = [
    '外交部副部长马朝旭访问欧盟总部举行中欧外交战略磋商',
    '发布时间:2024-11-28 03:30:24 来源: sp20241128',
    '2024年4月29日,外交部副部长马朝旭赴欧盟总部同欧盟对外行动署秘书长萨尼诺举行中欧外交战略磋商。',
    '马朝旭就中欧关系同欧方深入交换意见。马朝旭强调,中国同欧盟是维护世界和平的重要力量。',
    '马朝旭还会见了欧洲理事会主席办公室主任贝尔纳。(外交部网站) 【编辑:黄钰涵】',
  ]

  test('the ministry’s bare credit makes it a repost, not news; the credit and the editor’s tag leave the last sentence, which stays', () => {
    const result = parseText(release.join('\n'))
    expect(result.errors).toEqual([])
    const [document] = result.documents
    expect([document?.kind, document?.date, document?.body.zh?.at(-1)]).toEqual(['press-release', '2024-04-29', '马朝旭还会见了欧洲理事会主席办公室主任贝尔纳。'])
    expect(result.dropped?.map((d) => [d.line, d.kind, d.text])).toEqual([
      [2, 'publication line', '发布时间:2024-11-28 03:30:24 来源: sp20241128'],
      [5, 'byline', '(外交部网站)'],
      [5, 'byline', '【编辑:黄钰涵】'],
    ])
  })

  test('without the credit, the same portal page still reads as news (third-person reporting and a publication line)', () => {
    const result = parseText(release.slice(0, 4).join('\n'))
    expect(result.documents).toEqual([])
    expect(result.errors[0]?.message).toMatch(/^Not imported: this reads like a news article/)
  })
})
