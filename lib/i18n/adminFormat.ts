import { formatNewsroomTime } from '@/lib/time/newsroomTime'

import { isLocale, type Locale } from './locales'

/**
 * How the admin writes dates, per admin language. English keeps the day-month order the newsroom
 * in Jakarta uses ("2 Jan 2030, 09:00"), not the reader site's US-style `en`; Indonesian and
 * Chinese follow their own conventions ("2 Jan 2030, 09.00", "2030年1月2日 09:00").
 */
const adminDateLocales: Record<Locale, string> = { id: 'id-ID', zh: 'zh-Hans', en: 'en-GB' }

export const adminDateLocale = (language: string): string => adminDateLocales[isLocale(language) ? language : 'en']

/** A moment in the newsroom's zone, in the admin language: "2 Jan 2030, 09.00 (UTC+07:00)". */
export const formatAdminTime = (instant: Date, timeZone: string, language: string): string =>
  formatNewsroomTime(instant, timeZone, adminDateLocale(language))

/**
 * Payload's own dates (list columns, "Last modified", versions), formatted by date-fns in the
 * admin language. Payload's default, 'MMMM do yyyy, h:mm a', reads "November ke-28 2026" in
 * Indonesian; the localized long date and short time give "28 November 2026 pukul 14.05",
 * "2026年11月28日 下午 2:05" and "November 28th, 2026 at 2:05 PM", always with the year.
 */
export const adminDateFormat = 'PPPp'

/**
 * A day-only date (a briefing's day, a release's event date) for the admin's lists: the day in the
 * admin language, with the year and without a time ("3 September 2024", "2024年9月3日"). Read in
 * UTC, where the day is stored (midnight from imports and seeds, noon from the admin's picker), so
 * it is the same day in every browser's zone.
 */
export const formatAdminDay = (value: unknown, language: string): string => {
  if (typeof value !== 'string' && !(value instanceof Date)) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(adminDateLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
