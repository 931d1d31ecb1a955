/**
 * Scheduling happens in the newsroom's time zone (default Asia/Jakarta), shown with its offset,
 * and is stored in UTC. These helpers convert a wall-clock time typed by a reviewer
 * ("2024-09-05T10:00" in Jakarta) to an instant and back, without a date library.
 */
export const DEFAULT_NEWSROOM_TIME_ZONE = 'Asia/Jakarta'

export const newsroomTimeZone = (env: Record<string, string | undefined> = process.env): string =>
  env.NEXT_PUBLIC_NEWSROOM_TIME_ZONE || DEFAULT_NEWSROOM_TIME_ZONE

/** Minutes the zone is ahead of UTC at a given instant (Jakarta: +420). */
export const zoneOffsetMinutes = (instant: Date, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** "2024-09-05T10:00" in `timeZone` → the UTC instant; null for anything else. */
export const wallClockToInstant = (wallClock: string, timeZone: string): Date | null => {
  const match = WALL_CLOCK.exec(wallClock)
  if (!match) return null
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number]
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  // Two passes settle the offset even across a daylight-saving change.
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000
  return new Date(instant)
}

/** "UTC+07:00" for -/+ minutes from UTC. */
export const formatOffset = (minutes: number) => {
  const sign = minutes >= 0 ? '+' : '−'
  const absolute = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`
}

/** "5 Sep 2024, 10:00 (UTC+07:00)" in the newsroom zone, for the admin. */
export const formatNewsroomTime = (instant: Date, timeZone: string, locale = 'en-GB'): string => {
  const text = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(instant)
  return `${text} (${formatOffset(zoneOffsetMinutes(instant, timeZone))})`
}

/**
 * The newsroom's calendar day at `instant`, stored as a day-only date is ("2026-12-02T00:00:00.000Z"):
 * at 06:00 in Jakarta it is already today there, while UTC still says yesterday.
 */
export const newsroomDay = (instant: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)!.value
  return `${part('year')}-${part('month')}-${part('day')}T00:00:00.000Z`
}
