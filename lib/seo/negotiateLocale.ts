import type { Locale } from '@/lib/i18n/locales'

import { defaultLocale, isLocale } from '@/lib/i18n/locales'

/**
 * Picks the site language from an Accept-Language header: highest q first, matching on the
 * primary subtag (zh-TW, zh-Hans-CN → zh; en-GB → en; in, the old code for Indonesian → id).
 * Anything unmatched opens the default language.
 */
export const negotiateLocale = (header: string | null | undefined): Locale => {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean)
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    const code = primary === 'in' ? 'id' : primary
    if (isLocale(code)) return code
  }
  return defaultLocale
}
