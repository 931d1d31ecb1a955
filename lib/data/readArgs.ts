import type { Locale } from '@/lib/i18n/locales'

import type { Preview } from './preview'

/**
 * The options every reader query passes to Payload, in one place: the locale with no fallback
 * (a missing translation is absent, never another language's text), access rules always on, and
 * drafts only for a staff preview, read with that staff member's own permissions.
 */
export const readArgs = (locale: Locale | 'all', preview: Preview = null) => ({
  locale,
  fallbackLocale: false as const,
  overrideAccess: false as const,
  draft: Boolean(preview),
  ...(preview ? { user: preview.user } : {}),
})
