import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Briefing, PressRelease, SearchEntry } from '@/payload-types'

import { locales } from '@/lib/i18n/locales'
import { richTextToPlainText } from '@/lib/richText/paragraphs'
import type { SiteCollection } from '@/lib/site/paths'

import { markSearchDocumentChanged } from './memoryIndex'

type EntryData = Omit<SearchEntry, 'id' | 'createdAt' | 'updatedAt'>

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') return (value as { id: number }).id
  return null
}

const idsOf = (values: unknown): number[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is number => id !== null) : []

const joinText = (...parts: (string | null | undefined)[]): string => parts.filter((part) => part?.trim()).join('\n\n')

export const releaseEntries = (release: PressRelease, locale: Locale): EntryData[] => [
  {
    kind: 'release',
    locale,
    sourceCollection: 'press-releases',
    documentId: release.id,
    slug: release.slug,
    anchor: null,
    title: release.title ?? null,
    text: joinText(release.title, release.summary, release.location, richTextToPlainText(release.body)),
    date: release.eventDate ?? null,
    spokesperson: null,
    topics: idsOf(release.topics),
  },
]

/** A briefing's opening is one entry; each Q&A item is its own entry so a hit can link to `#qN`. */
export const briefingEntries = (briefing: Briefing, locale: Locale): EntryData[] => {
  const common = {
    locale,
    sourceCollection: 'briefings' as const,
    documentId: briefing.id,
    slug: briefing.slug,
    title: briefing.title ?? null,
    date: briefing.date,
    spokesperson: idOf(briefing.spokesperson),
  }
  const opening: EntryData = {
    ...common,
    kind: 'briefing',
    anchor: null,
    text: joinText(briefing.title, briefing.summary, richTextToPlainText(briefing.openingStatements)),
    topics: [...new Set((briefing.items ?? []).flatMap((item) => idsOf(item.topics)))],
  }
  const questions = (briefing.items ?? []).flatMap((item): EntryData[] => {
    const text = joinText(item.question, richTextToPlainText(item.answer))
    if (!item.key || !text) return []
    return [{ ...common, kind: 'question', anchor: item.key, text, topics: idsOf(item.topics) }]
  })
  return [opening, ...questions]
}

/**
 * Rebuilds one document's search rows in every locale from what an anonymous reader can read
 * right now: the document is fetched per locale with access control on and no user, so a locale
 * that is a draft, unpublished or deleted simply has no rows. Runs inside the caller's transaction
 * (the same `req`, with the staff user removed) so it sees the write that triggered it.
 */
export const indexDocument = async ({
  payload,
  req,
  collection,
  id,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  collection: SiteCollection
  id: number | string
}): Promise<void> => {
  const readerReq = req ? ({ ...req, user: null } as Partial<PayloadRequest>) : undefined
  for (const locale of locales) {
    await payload.delete({
      collection: 'search-entries',
      where: {
        and: [
          { sourceCollection: { equals: collection } },
          { documentId: { equals: id } },
          { locale: { equals: locale } },
        ],
      },
      req: readerReq,
      overrideAccess: true,
    })
    const { docs } = await payload.find({
      collection,
      locale,
      fallbackLocale: false,
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      where: { id: { equals: id } },
      req: readerReq,
    })
    const doc = docs[0]
    if (!doc) continue
    const entries =
      collection === 'press-releases' ? releaseEntries(doc as PressRelease, locale) : briefingEntries(doc as Briefing, locale)
    for (const data of entries) {
      await payload.create({ collection: 'search-entries', data, req: readerReq, overrideAccess: true })
    }
  }
  markSearchDocumentChanged(payload, collection, id)
}

export const removeFromSearchIndex = async ({
  payload,
  req,
  collection,
  id,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  collection: SiteCollection
  id: number | string
}): Promise<void> => {
  await payload.delete({
    collection: 'search-entries',
    where: { and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: id } }] },
    req,
    overrideAccess: true,
  })
  markSearchDocumentChanged(payload, collection, id)
}
