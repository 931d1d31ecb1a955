import { originalPublicationOf } from '@/lib/import/3-store/originalPublication'

const now = new Date('2026-12-01T03:00:00.000Z') // 10:00 in Jakarta

test('a page’s timestamp is the original publication time, read in the newsroom’s zone (Jakarta)', () => {
  expect(originalPublicationOf({ date: '2023-04-28', publishedAt: '2023-04-28T19:13' }, now)).toBe('2023-04-28T12:13:00.000Z')
})

test('without a timestamp, a text dated before today keeps its day (midnight in Jakarta)', () => {
  expect(originalPublicationOf({ date: '2024-09-03', publishedAt: null }, now)).toBe('2024-09-02T17:00:00.000Z')
})

test('today’s transcript pasted today has none: it is first published here', () => {
  expect(originalPublicationOf({ date: '2026-12-01', publishedAt: null }, now)).toBeNull()
})
