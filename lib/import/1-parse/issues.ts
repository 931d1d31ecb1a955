import type { Locale } from '@/lib/i18n/locales'

import type { ParseIssue } from './types'

/** An issue whose message starts with the line it concerns, so it reads well on its own. */
export const issueAt = (line: number, message: string): ParseIssue => ({ line, message: `line ${line}: ${message}` })

export const lineRange = (first: number, last: number): string => (first === last ? `line ${first}` : `lines ${first}–${last}`)

/** A short quotation of input text for messages. */
export const excerpt = (text: string, max = 60): string => `"${text.length > max ? `${text.slice(0, max - 3)}…` : text}"`

const LOCALE_NAMES: Record<Locale, string> = { id: 'Indonesian', zh: 'Chinese', en: 'English' }

export const localeName = (locale: Locale): string => LOCALE_NAMES[locale]
