import { localeInfo, type Locale } from './locales'

/**
 * Day-only dates (event dates, briefing dates) are stored as midnight UTC; formatting them in
 * UTC keeps "3 September 2024" from turning into the 2nd west of Greenwich.
 */
export const formatDay = (locale: Locale, value: string | null | undefined): string => {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(localeInfo[locale].bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
