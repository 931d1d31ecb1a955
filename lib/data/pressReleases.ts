import type { PressRelease } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cache } from 'react'

import { getPayloadClient } from './payload'

type ReadOptions = { locale: Locale; draft?: boolean }

/**
 * Every read here is made on behalf of a reader: `overrideAccess: false` with no user applies the
 * same rules as an anonymous REST call, so only locales published for that document come back.
 */
export const listPressReleases = cache(
  async ({ locale, draft = false, limit = 20 }: ReadOptions & { limit?: number }): Promise<PressRelease[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'press-releases',
      locale,
      fallbackLocale: false,
      draft,
      overrideAccess: false,
      depth: 0,
      limit,
      sort: '-eventDate',
      select: { title: true, slug: true, eventDate: true, summary: true, location: true },
    })
    return docs as PressRelease[]
  },
)

export const getPressReleaseBySlug = cache(
  async ({ slug, locale, draft = false }: ReadOptions & { slug: string }): Promise<PressRelease | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'press-releases',
      locale,
      fallbackLocale: false,
      draft,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs[0] ?? null
  },
)
