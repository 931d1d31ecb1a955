import { formatDateTime, formatDay, formatMonth } from '@/lib/i18n/format'

test.each([
  ['id', '3 September 2024 pukul 15.30 WIB'],
  // Intl alone writes the zone between date and time in Chinese ("2024年9月3日 GMT+7 15:30").
  ['zh', '2024年9月3日 15:30（GMT+7）'],
  ['en', 'September 3, 2024, 15:30 GMT+7'],
] as const)('formats a publication moment in the newsroom’s time zone (Jakarta) in %s, the zone after the time', (locale, expected) => {
  expect(formatDateTime(locale, '2024-09-03T08:30:00.000Z')).toBe(expected)
})

test('formats day-only dates in UTC so they do not slip a day', () => {
  expect(formatDay('en', '2024-09-03T00:00:00.000Z')).toBe('September 3, 2024')
  expect(formatDay('zh', '2024-09-03T00:00:00.000Z')).toBe('2024年9月3日')
})

test('formats archive months per language', () => {
  expect(formatMonth('zh', 2024, 9)).toBe('2024年9月')
  expect(formatMonth('id', 2024, 9)).toBe('September 2024')
})
