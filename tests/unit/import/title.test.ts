import { titleFromFirstSentence } from '@/lib/import/2-merge/title'

describe('a title derived from a release’s first sentence', () => {
  test.each([
    [
      'Pada tanggal 3 September 2024, Wakil Menteri Luar Negeri Ma Zhaoxu bertemu Duta Besar Veloria. Kalimat kedua.',
      'Wakil Menteri Luar Negeri Ma Zhaoxu bertemu Duta Besar Veloria',
    ],
    [
      'On September 9, 2024, Vice Foreign Minister Ma Zhaoxu met with the Ambassador. He said more.',
      'Vice Foreign Minister Ma Zhaoxu met with the Ambassador',
    ],
    ['2024年9月9日，外交部副部长马朝旭会见维洛里亚大使。双方交换了意见。', '外交部副部长马朝旭会见维洛里亚大使'],
  ])('drops the opening date of %s', (paragraph, title) => {
    expect(titleFromFirstSentence(paragraph)).toBe(title)
  })

  test('starts with a capital letter', () => {
    expect(titleFromFirstSentence('On 3 May 2024, the ministry hosted a seminar.')).toBe('The ministry hosted a seminar')
  })

  test('keeps a first sentence that does not open with a date', () => {
    expect(titleFromFirstSentence('Vice Foreign Minister Ma Zhaoxu met the Ambassador on 3 May 2024.')).toBe(
      'Vice Foreign Minister Ma Zhaoxu met the Ambassador on 3 May 2024',
    )
  })

  test('cuts a very long sentence after a whole word, with an ellipsis', () => {
    const sentence = `The delegation discussed ${'cooperation in trade and culture '.repeat(8)}in detail`
    const title = titleFromFirstSentence(`On May 3, 2024, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}.`) ?? ''
    expect(title.length).toBeLessThanOrEqual(161)
    expect(title.endsWith('…')).toBe(true)
    expect(sentence.startsWith(`${title.slice(0, -1)} `)).toBe(true)
  })

  test('gives nothing for a paragraph without words', () => {
    expect(titleFromFirstSentence('3 September 2024.')).toBeNull()
  })
})
