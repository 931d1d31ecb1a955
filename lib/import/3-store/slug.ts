import type { Payload, PayloadRequest } from 'payload'

import { slugify } from '@/lib/text/slugify'

import type { Access } from './match'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { MergedDocument } from '../2-merge/model'

/** English first, then Indonesian: a Chinese title has no Latin form to make an address from. */
const latinTitle = (merged: MergedDocument): string =>
  [merged.title.en, merged.title.id].map((title) => slugify(title ?? '')).find(Boolean) ?? ''

/**
 * The address an imported document gets: `YYYY-MM-DD-<title words>` for briefings and statements (as the
 * collection itself would make it), the title words for releases. A text with only a Chinese
 * title falls back to the date and the spokesperson or the kind, so the import never stops at
 * "type a slug".
 */
export const plannedSlug = (merged: MergedDocument): string => {
  const words = latinTitle(merged)
  if (merged.kind !== 'press-release') return slugify([merged.date, words || slugify(merged.spokesperson ?? '') || merged.kind].join('-'))
  return words || slugify(`${merged.date ?? ''}-press-release`)
}

/** `base`, or `base-2`, `base-3` … when another document already has that address. */
export const freeSlug = async (payload: Payload, req: PayloadRequest, collection: NewsroomCollection, base: string, access: Access) => {
  for (let attempt = 1; ; attempt++) {
    // Short enough that the collection's own slugify (80 characters) keeps the suffix.
    const slug = attempt === 1 ? base : `${base.slice(0, 75).replace(/-+$/, '')}-${attempt}`
    const { totalDocs } = await payload.count({ collection, where: { slug: { equals: slug } }, req, ...access })
    if (totalDocs === 0) return slug
  }
}
