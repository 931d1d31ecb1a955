import { parseText } from '@/lib/import/1-parse/parse'

import { fixtureText } from './importHelpers'

/**
 * A genre label above the title ("SIARAN PERS", "PRESS RELEASE", "新闻稿", with or without its
 * number) says what kind of document it is; it is not the title. It is set aside as page
 * furniture (listed, never dropped silently) and the line under it is the title. The lines that
 * sign a release under its text (the ministry, an end mark, the date) are set aside too.
 */

const release = (lines: string[]) => parseText(lines.join('\n'))
const keptKinds = (result: ReturnType<typeof parseText>) => (result.dropped ?? []).map((d) => [d.line, d.kind, d.text])

describe('a genre label above the title', () => {
  const indonesian = (header: string[]) => [
    ...header,
    'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
    'Jakarta, 12 November 2026',
    '',
    'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Gedung Pancasila, Jakarta.',
    '',
    'Kedua pihak membahas peningkatan kerja sama ekonomi, pendidikan, dan kecerdasan buatan.',
    '',
    'Kementerian Luar Negeri Republik Indonesia',
  ]

  test('Indonesian: "SIARAN PERS" is set aside; the headline is the title, the dateline dates it, the body is the two paragraphs', () => {
    const result = release(indonesian(['SIARAN PERS']))
    expect(result.errors).toEqual([])
    const [document] = result.documents
    expect([document?.kind, document?.title, document?.date, document?.body]).toEqual([
      'press-release',
      { id: 'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang' },
      '2026-11-12',
      {
        id: [
          'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Gedung Pancasila, Jakarta.',
          'Kedua pihak membahas peningkatan kerja sama ekonomi, pendidikan, dan kecerdasan buatan.',
        ],
      },
    ])
    expect(keptKinds(result)).toEqual([
      [1, 'genre label', 'SIARAN PERS'],
      [9, 'site name', 'Kementerian Luar Negeri Republik Indonesia'],
    ])
    expect(result.warnings.map((w) => w.message)).toContain('line 1: set aside as page furniture (genre label) "SIARAN PERS".')
  })

  test.each([['Siaran Pers'], ['SIARAN PERS No. 12/2026'], ['Siaran Pers Nomor: 123/HM/KOMINFO/11/2026'], ['Siaran Pers Bersama'], ['Keterangan Pers']])(
    'Indonesian: %s is a label too',
    (label) => {
      const result = release(indonesian([label]))
      expect(result.documents[0]?.title).toEqual({ id: 'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang' })
      expect(keptKinds(result)[0]).toEqual([1, 'genre label', label])
    },
  )

  test('Indonesian: the number on a line of its own under the label goes with it', () => {
    const result = release(indonesian(['SIARAN PERS', 'Nomor: 123/HM/KOMINFO/11/2026']))
    expect(result.documents[0]?.title).toEqual({ id: 'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang' })
    expect(keptKinds(result).slice(0, 2)).toEqual([
      [1, 'genre label', 'SIARAN PERS'],
      [2, 'genre label', 'Nomor: 123/HM/KOMINFO/11/2026'],
    ])
  })

  test.each([['PRESS RELEASE'], ['Press Release'], ['Press Release No. 45/2026'], ['Press Releases|'], ['FOR IMMEDIATE RELEASE'], ['Media Statement']])(
    'English: %s is set aside and the next line is the title',
    (label) => {
      const result = release([
        label,
        'Foreign Minister Receives the Ambassador of Japan',
        'Jakarta, 12 November 2026',
        'The Foreign Minister of the Republic of Indonesia today received a courtesy call by the Ambassador of Japan to Indonesia in Jakarta.',
        'Both sides discussed economic cooperation, education and artificial intelligence.',
        'Ministry of Foreign Affairs of the Republic of Indonesia',
      ])
      const [document] = result.documents
      expect([document?.title, document?.date, document?.body.en?.length]).toEqual([{ en: 'Foreign Minister Receives the Ambassador of Japan' }, '2026-11-12', 2])
      expect(keptKinds(result)).toEqual([
        [1, 'genre label', label],
        [6, 'signature', 'Ministry of Foreign Affairs of the Republic of Indonesia'],
      ])
    },
  )

  test.each([['新闻稿'], ['新聞稿'], ['新闻公报'], ['新闻稿（第12号）'], ['【新闻稿】']])('Chinese: %s is set aside and the next line is the title', (label) => {
    const result = release([
      label,
      '王毅会见日本驻华大使',
      '2026年11月12日',
      '2026年11月12日，外交部长王毅在北京会见日本驻华大使。',
      '双方就经济、教育和人工智能合作交换了意见。',
      '外交部新闻司',
    ])
    const [document] = result.documents
    expect([document?.title, document?.date, document?.body.zh?.length]).toEqual([{ zh: '王毅会见日本驻华大使' }, '2026-11-12', 2])
    expect(keptKinds(result)).toEqual([
      [1, 'genre label', label],
      [6, 'signature', '外交部新闻司'],
    ])
  })

  test('limits: a sentence that mentions a press release, and the words inside the text, stay text', () => {
    const result = release([
      'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
      'Jakarta, 12 November 2026',
      'Siaran pers ini disampaikan oleh Kementerian Luar Negeri pada 12 November 2026 di Jakarta.',
      'Kedua pihak membahas kerja sama.',
      'SIARAN PERS',
      'Kalimat terakhir siaran ini.',
    ])
    expect(result.documents[0]?.body.id).toHaveLength(4)
    expect(result.dropped ?? []).toEqual([])
  })
})

describe('lines that sign a release under its text', () => {
  test('the ministry, its directorate, an end mark and the place and date are set aside, each listed', () => {
    const result = release([
      'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
      'Menteri Luar Negeri Republik Indonesia pada 12 November 2026 menerima kunjungan kehormatan Duta Besar Jepang di Jakarta.',
      'Kedua pihak membahas peningkatan kerja sama ekonomi.',
      '***',
      'Direktorat Informasi dan Media',
      'Kementerian Luar Negeri RI',
      'Jakarta, 12 November 2026',
    ])
    expect(result.documents[0]?.body.id).toHaveLength(2)
    expect(keptKinds(result)).toEqual([
      [4, 'end mark', '***'],
      [5, 'signature', 'Direktorat Informasi dan Media'],
      [6, 'site name', 'Kementerian Luar Negeri RI'],
      [7, 'date line under the text', 'Jakarta, 12 November 2026'],
    ])
  })

  test('a date under the text dates a release that has no date above it (with the warning that says where it came from)', () => {
    const result = release(['Clarification', 'The Spokesperson clarified that the Ministry has neither received nor issued any such advice.', 'September 2, 2014'])
    const [document] = result.documents
    expect([document?.date, document?.body.en]).toEqual(['2014-09-02', ['The Spokesperson clarified that the Ministry has neither received nor issued any such advice.']])
    expect(document?.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/dated 2014-09-02 from the page's own date line/))
  })

  test('limit: a last paragraph that is a sentence naming the ministry stays text', () => {
    const result = release([
      'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
      'Menteri Luar Negeri pada 12 November 2026 menerima Duta Besar Jepang di Jakarta.',
      'Pertemuan berikutnya akan diadakan di Kementerian Luar Negeri bulan depan.',
    ])
    expect(result.documents[0]?.body.id).toHaveLength(2)
  })
})

describe('real pages with a genre label (tests/fixtures/import/real, batch walk-2026-12)', () => {
  test.each([['mofa-pk-en-2014-09-02-release', '2014-09-02', 3], ['mofa-pk-en-2019-12-23-release', '2019-12-23', 2]])(
    '%s: no title (the label is not one), dated by the line under the text',
    (name, date, paragraphs) => {
      const result = parseText(fixtureText(`import/real/${name}.txt`))
      const [document] = result.documents
      expect([document?.kind, document?.title, document?.date, document?.body.en?.length]).toEqual(['press-release', {}, date, paragraphs])
      expect((result.dropped ?? []).map((d) => d.kind)).toEqual(['genre label', 'date line under the text', 'page controls'])
    },
  )
})
