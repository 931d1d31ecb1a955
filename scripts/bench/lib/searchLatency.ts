import type { Locale } from '@/lib/i18n/locales'

import { benchTopics, cities, countries } from '../corpus/textBank'

/**
 * The searches readers make, for the benchmark to rotate through: the corpus's own country, city
 * and topic names in every language (Chinese ones are substrings of running text with no word
 * spaces); some match a handful of rows, topic names match thousands.
 */
export const searchQueries = (): { locale: Locale; q: string }[] =>
  (['zh', 'en', 'id'] as const).flatMap((locale) =>
    [...countries, ...cities, ...benchTopics.map((topic) => topic.name)].map((name) => ({ locale, q: name[locale] })),
  )
