import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const parseFixture = (name: string) => parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)

describe('press releases', () => {
  test.each([
    ['release.en.txt', 'en', 'Vice Foreign Minister Ma Zhaoxu Meets with the Ambassador of Veloria', 3],
    ['release.zh.txt', 'zh', '外交部副部长马朝旭会见维洛里亚驻华大使', 3],
    ['release.id.txt', 'id', 'Wakil Menteri Luar Negeri Ma Zhaoxu Bertemu dengan Duta Besar Veloria', 2],
  ] as const)('%s is a %s release titled "%s" with %i body paragraphs', (name, locale, title, paragraphs) => {
    const { documents, warnings, errors } = parseFixture(name)
    expect([warnings, errors]).toEqual([[], []])
    expect(documents).toHaveLength(1)
    expect(documents[0]).toMatchObject({
      kind: 'press-release',
      locales: [locale],
      title: { [locale]: title },
      items: [],
      openingStatements: {},
    })
    expect(documents[0]?.body[locale]).toHaveLength(paragraphs)
  })

  test('dates an English release from its first sentence', () => {
    expect(parseFixture('release.en.txt').documents[0]?.date).toBe('2024-09-09')
  })

  test('dates a Chinese release from its first sentence', () => {
    expect(parseFixture('release.zh.txt').documents[0]?.date).toBe('2024-09-09')
  })

  test('prefers a date line to the first sentence', () => {
    expect(parseFixture('release.id.txt').documents[0]?.date).toBe('2024-09-10')
  })

  test('does not put the date line in the body', () => {
    expect(parseFixture('release.id.txt').documents[0]?.body.id?.[0]).toMatch(/^Pada tanggal 9 September 2024/)
  })

  test('keeps body paragraphs verbatim', () => {
    expect(parseFixture('release.zh.txt').documents[0]?.body.zh?.[2]).toBe('马什表示，维洛里亚重视对华关系，愿推动两国务实合作。')
  })
})

describe('several documents back to back', () => {
  const documents = () => parseFixture('release-then-briefing.en.txt').documents

  test('splits a release, a briefing and another release', () => {
    expect(documents().map((d) => [d.kind, d.startLine, d.endLine])).toEqual([
      ['press-release', 1, 3],
      ['briefing', 4, 6],
      ['press-release', 7, 8],
    ])
  })

  test('reads "Sept. 3, 2024" and "13 September 2024" in first sentences', () => {
    expect(documents().map((d) => d.date)).toEqual(['2024-09-12', '2024-09-12', '2024-09-13'])
  })

  test('does not let a briefing answer swallow the release after it', () => {
    expect(documents()[1]?.items[0]?.answer.en).toEqual(['We have released a readout of the talks. Please refer to it.'])
  })
})

describe('release titles', () => {
  test('reads a title that ends with a full stop when the next paragraph opens with the date', () => {
    const result = parseText(
      'Vice Foreign Minister Ma Zhaoxu Meets the Ambassador of Veloria.\nOn September 9, 2024, Vice Foreign Minister Ma Zhaoxu met the ambassador.',
    )
    expect(result.documents[0]).toMatchObject({
      title: { en: 'Vice Foreign Minister Ma Zhaoxu Meets the Ambassador of Veloria.' },
      body: { en: ['On September 9, 2024, Vice Foreign Minister Ma Zhaoxu met the ambassador.'] },
    })
    expect(result.documents[0]?.warnings).toEqual([
      { line: 1, message: expect.stringContaining('read as the title although it ends like a sentence') },
    ])
  })

  test('keeps a subtitle in the body and still dates the release from the first real sentence', () => {
    const result = parseText(
      'Ma Zhaoxu Meets the Ambassador of Veloria\nThe two sides discussed trade\nOn September 9, 2024, Ma Zhaoxu met the ambassador.',
    )
    expect(result.documents[0]).toMatchObject({
      date: '2024-09-09',
      body: { en: ['The two sides discussed trade', 'On September 9, 2024, Ma Zhaoxu met the ambassador.'] },
    })
  })

  test('reads a bilingual release into both languages', () => {
    const text = [
      '外交部副部长马朝旭会见维洛里亚驻华大使',
      'Vice Foreign Minister Ma Zhaoxu Meets with the Ambassador of Veloria',
      '2024年9月9日，外交部副部长马朝旭在北京会见新任维洛里亚驻华大使马什。',
      'On September 9, 2024, Vice Foreign Minister Ma Zhaoxu met with the newly appointed Ambassador of Veloria to China, Elena Marsh, in Beijing.',
    ].join('\n')
    expect(parseText(text).documents[0]).toMatchObject({
      kind: 'press-release',
      locales: ['zh', 'en'],
      date: '2024-09-09',
      title: { zh: '外交部副部长马朝旭会见维洛里亚驻华大使', en: 'Vice Foreign Minister Ma Zhaoxu Meets with the Ambassador of Veloria' },
      body: { zh: [expect.stringMatching(/^2024年9月9日/)], en: [expect.stringMatching(/^On September 9, 2024/)] },
      warnings: [],
    })
  })
})
