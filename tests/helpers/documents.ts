import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'

/** A unique marker string: if it shows up in a reader's response, text leaked. */
export const sentinel = (label: string): string => `SENTINEL-${label}-${Math.random().toString(36).slice(2, 10)}`

export type LocaleTexts = Partial<Record<Locale, { title: string; body: string }>>

/**
 * Writes a press release as drafts, one locale after another (staff work through the Local API
 * with full access, like the admin does). Nothing is published.
 */
export const createDraftRelease = async (payload: Payload, slug: string, texts: LocaleTexts) => {
  const entries = Object.entries(texts) as [Locale, { title: string; body: string }][]
  const [first, ...rest] = entries
  if (!first) throw new Error('createDraftRelease needs at least one locale')
  const doc = await payload.create({
    collection: 'press-releases',
    locale: first[0],
    draft: true,
    data: { slug, title: first[1].title, body: paragraphsToRichText([first[1].body]), _status: 'draft' },
  })
  for (const [locale, text] of rest) {
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale,
      draft: true,
      data: { title: text.title, body: paragraphsToRichText([text.body]), _status: 'draft' },
    })
  }
  return doc.id
}

/**
 * Publishes exactly one locale's current draft at the storage level, the way the workflow does
 * internally (`context.workflow`), without the editorial gates: for tests of per-locale status
 * itself. Tests of the editorial rules go through `runWorkflowAction` or the endpoint.
 */
export const publishLocale = (payload: Payload, id: number, locale: Locale) =>
  payload.update({ collection: 'press-releases', id, locale, data: { _status: 'published' }, context: { workflow: true } })

/** What an anonymous reader gets for a locale through the Local API with access control on. */
export const readAsReader = (payload: Payload, id: number, locale: Locale | 'all') =>
  payload.find({
    collection: 'press-releases',
    locale,
    overrideAccess: false,
    where: { id: { equals: id } },
    depth: 0,
  })
