import { dateInFirstSentence, findDate, isDateOnlyLine, startsWithDate } from '@/lib/import/1-parse/dates'
import { parseText } from '@/lib/import/1-parse/parse'

describe('dates', () => {
  test.each([
    ['September 3, 2024', '2024-09-03'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['Sep 3 2024', '2024-09-03'],
    ['3 September 2024', '2024-09-03'],
    ['3rd September, 2024', '2024-09-03'],
    ['Selasa, 3 September 2024', '2024-09-03'],
    ['17 Agustus 2024', '2024-08-17'],
    ['1 Mei 2024', '2024-05-01'],
    ['5 Januari 2025', '2025-01-05'],
    ['25 Desember 2024', '2024-12-25'],
    ['10 Okt 2024', '2024-10-10'],
    ['2024年9月3日', '2024-09-03'],
    ['２０２４年９月３日', '2024-09-03'],
    ['2024 年 9 月 3 日', '2024-09-03'],
    ['2024-09-04', '2024-09-04'],
    ['2024-09-04 19:00', '2024-09-04'],
    ['February 29, 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  test.each([['February 30, 2024'], ['31 April 2024'], ['2024-13-01'], ['9月3日'], ['September 2024'], ['Marching 3, 2024']])(
    'finds no date in %s',
    (text) => {
      expect(findDate(text)).toBeNull()
    },
  )

  test.each([
    ['On September 3, 2024, Vice Foreign Minister Ma Zhaoxu met the ambassador.'],
    ['Pada tanggal 3 September 2024, Wakil Menteri Luar Negeri Ma Zhaoxu bertemu duta besar.'],
    ['2024年9月3日，外交部副部长马朝旭会见大使。'],
    ['Beijing, September 3, 2024 — The ministry announced a forum.'],
  ])('sees a date at the start of "%s"', (text) => {
    expect(startsWithDate(text)?.iso).toBe('2024-09-03')
  })

  test('does not see a date at the start of a sentence that mentions one later', () => {
    expect(startsWithDate('The ministry said that on September 3, 2024, the forum opened.')).toBeNull()
  })

  test.each([['2024-09-04 19:00'], ['Selasa, 3 September 2024'], ['Updated: 2024-09-04 19:00 UTC'], ['Beijing, September 3, 2024']])(
    'reads "%s" as a date-only line',
    (text) => {
      expect(isDateOnlyLine(text)).toBe(true)
    },
  )

  test('does not read a sentence with a date as a date-only line', () => {
    expect(isDateOnlyLine('On September 3, 2024, the forum opened.')).toBe(false)
  })

  test('finds a date inside the first sentence', () => {
    expect(dateInFirstSentence('Mr. Wang said on Sept. 3, 2024 that the forum opened. It ended on September 5, 2024.')).toBe('2024-09-03')
  })

  test('ignores a date that only appears in the second sentence', () => {
    expect(dateInFirstSentence('The forum opened in Beijing. It ended on September 5, 2024.')).toBeNull()
  })

  test.each([
    ['Title\nOn Sept. 3, 2024, the minister met the ambassador.', '2024-09-03'],
    ['Title\n3 September 2024\nThe minister met the ambassador.', '2024-09-03'],
    ['Meeting on 5 September 2024\nOn September 3, 2024, the minister met the ambassador.', '2024-09-05'],
  ])('dates a release from its title, then its date line, then its first sentence (%#)', (text, iso) => {
    expect(parseText(text).documents[0]?.date).toBe(iso)
  })
})
