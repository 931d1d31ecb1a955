import { formatNewsroomTime, newsroomDay, wallClockToInstant, zoneOffsetMinutes } from '@/lib/time/newsroomTime'

test('Jakarta is seven hours ahead of UTC all year', () => {
  expect(zoneOffsetMinutes(new Date('2024-01-15T00:00:00Z'), 'Asia/Jakarta')).toBe(420)
  expect(zoneOffsetMinutes(new Date('2024-07-15T00:00:00Z'), 'Asia/Jakarta')).toBe(420)
})

test('10:00 in Jakarta is stored as 03:00 UTC', () => {
  expect(wallClockToInstant('2024-09-05T10:00', 'Asia/Jakarta')?.toISOString()).toBe('2024-09-05T03:00:00.000Z')
})

test('wall clock times convert correctly on both sides of a daylight-saving change', () => {
  expect(wallClockToInstant('2024-03-30T12:00', 'Europe/Berlin')?.toISOString()).toBe('2024-03-30T11:00:00.000Z')
  expect(wallClockToInstant('2024-04-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2024-04-01T10:00:00.000Z')
})

test('anything but YYYY-MM-DDTHH:MM is rejected', () => {
  expect(wallClockToInstant('5/9/2024 10:00', 'Asia/Jakarta')).toBeNull()
  expect(wallClockToInstant('', 'Asia/Jakarta')).toBeNull()
})

test('times are shown in the newsroom zone with its offset', () => {
  expect(formatNewsroomTime(new Date('2024-09-05T03:00:00Z'), 'Asia/Jakarta')).toBe('5 Sept 2024, 10:00 (UTC+07:00)')
})

test('the newsroom’s day is its own calendar’s, not UTC’s (06:30 in Jakarta is still yesterday in UTC)', () => {
  expect(newsroomDay(new Date('2026-12-01T23:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-02T00:00:00.000Z')
  expect(newsroomDay(new Date('2026-12-02T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-12-02T00:00:00.000Z')
  expect(newsroomDay(new Date('2026-12-02T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-12-03T00:00:00.000Z')
})
