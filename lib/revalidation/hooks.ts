import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { isLocale, locales } from '@/lib/i18n/locales'

import { revalidateDocument } from './revalidateDocument'
import type { SiteCollection } from './tags'

type SluggedDoc = { slug?: string | null }

const touchedLocales = (locale: unknown): readonly Locale[] => (isLocale(locale) ? [locale] : locales)

/**
 * Any save of a press release or briefing (an edit in the admin, a publish, an unpublish) may
 * change what readers see in some locale, so every save revalidates the document's pages, lists,
 * feeds, sitemap and search. Scripts that write in bulk (seed, import, benchmark corpus) pass
 * `context: { disableRevalidate: true }`; outside a Next.js server this is a no-op anyway.
 */
const revalidateAfterChange =
  (collection: SiteCollection): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    if (req.context.disableRevalidate) return doc
    const { slug } = doc as SluggedDoc
    if (!slug) return doc
    revalidateDocument({
      collection,
      slug,
      previousSlug: (previousDoc as SluggedDoc | undefined)?.slug ?? null,
      locales: touchedLocales(req.locale),
    })
    return doc
  }

const revalidateAfterDelete =
  (collection: SiteCollection): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    if (req.context.disableRevalidate) return doc
    const { slug } = doc as SluggedDoc
    if (slug) revalidateDocument({ collection, slug, locales })
    return doc
  }

export const revalidatePressRelease = revalidateAfterChange('press-releases')
export const revalidateDeletedPressRelease = revalidateAfterDelete('press-releases')
export const revalidateBriefing = revalidateAfterChange('briefings')
export const revalidateDeletedBriefing = revalidateAfterDelete('briefings')
