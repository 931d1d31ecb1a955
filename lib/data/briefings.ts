import type { Briefing } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cache } from 'react'

import { getPayloadClient } from './payload'

type ReadOptions = { locale: Locale; draft?: boolean }

/** Reader-side briefing queries; see `pressReleases.ts` for why access is never overridden. */
export const listBriefings = cache(
  async ({ locale, draft = false, limit = 20 }: ReadOptions & { limit?: number }): Promise<Briefing[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'briefings',
      locale,
      fallbackLocale: false,
      draft,
      overrideAccess: false,
      depth: 1,
      limit,
      sort: '-date',
      select: { title: true, slug: true, date: true, summary: true, spokesperson: true },
      populate: { people: { name: true } },
    })
    return docs as Briefing[]
  },
)

export const getBriefingBySlug = cache(
  async ({ slug, locale, draft = false }: ReadOptions & { slug: string }): Promise<Briefing | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'briefings',
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
