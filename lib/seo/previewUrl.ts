import type { Locale } from '@/lib/i18n/locales'

import { isLocale, defaultLocale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import { sitePaths } from '@/lib/site/paths'

/**
 * The admin's "Preview" button for press releases and briefings. Wire it into a collection with
 * `admin: { preview: previewUrl('press-releases') }`. The secret only ever goes to signed-in
 * admin users (Payload calls this server-side for them); the preview route still checks that the
 * request carries a staff session, so a leaked link alone opens nothing.
 */
export const previewUrl =
  (collection: NewsroomCollection) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }): string | null => {
    const slug = typeof doc.slug === 'string' ? doc.slug : null
    const secret = process.env.PREVIEW_SECRET
    if (!slug || !secret) return null
    const code: Locale = isLocale(locale) ? locale : defaultLocale
    const params = new URLSearchParams({ secret, path: sitePaths.document(code, collection, slug) })
    return `/preview?${params.toString()}`
  }

/** Only same-site paths under a language: never an absolute or protocol-relative URL. */
export const isSafePreviewPath = (path: string | null): path is string =>
  typeof path === 'string' && /^\/(id|zh|en)(\/[A-Za-z0-9\-/]*)?$/.test(path) && !path.includes('//')
