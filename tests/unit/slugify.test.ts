import { SLUG_PATTERN, slugify } from '@/lib/text/slugify'

test.each([
  ['Wakil Menteri Luar Negeri Ma Zhaoxu', 'wakil-menteri-luar-negeri-ma-zhaoxu'],
  ['Mao Ning’s Regular Press Conference', 'mao-ning-s-regular-press-conference'],
  ['Café  Déjà-vu!', 'cafe-deja-vu'],
  ['  --Trim--  ', 'trim'],
  ['外交部发言人', ''],
])('slugify(%j) is %j', (input, expected) => {
  expect(slugify(input)).toBe(expected)
})

test('long titles are cut at a word boundary to at most 80 characters', () => {
  const slug = slugify('Seminar Peningkatan Kapasitas Kecerdasan Buatan '.repeat(4))
  expect(slug.length).toBeLessThanOrEqual(80)
  expect(slug).toMatch(SLUG_PATTERN)
  expect(slug.endsWith('-')).toBe(false)
})
