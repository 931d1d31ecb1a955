import type { Locale } from '@/lib/i18n/locales'
import type { Person, Topic } from '@/payload-types'


import { readerQuery } from './cached'
import { getPayloadClient } from './payload'
import { readArgs } from './readArgs'
import type { Id } from '@/lib/db/ids'

/**
 * Topics and people are reference data every reader may read. Names are localized without
 * fallback: an entry with no name in this language is left out rather than shown in another.
 */

export type NamedRef = { id: Id; slug: string; name: string }

const named = (docs: (Topic | Person)[]): NamedRef[] =>
  docs.flatMap((doc) => (doc.name?.trim() ? [{ id: doc.id, slug: doc.slug, name: doc.name }] : []))

export const listTopics = readerQuery(
  'topics:list',
  async ({ locale }: { locale: Locale }): Promise<NamedRef[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      ...readArgs(locale),
      depth: 0,
      pagination: false,
      sort: 'name',
    })
    return named(docs)
  },
)

export const getTopicBySlug = readerQuery(
  'topics:by-slug',
  async ({ locale, slug }: { locale: Locale; slug: string }): Promise<NamedRef | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      ...readArgs(locale),
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return named(docs)[0] ?? null
  },
)

export type PersonRef = NamedRef & { role: string | null }

export const getPersonBySlug = readerQuery(
  'people:by-slug',
  async ({ locale, slug }: { locale: Locale; slug: string }): Promise<PersonRef | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'people',
      ...readArgs(locale),
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    const person = docs[0]
    const [ref] = named(docs)
    return person && ref ? { ...ref, role: person.role ?? null } : null
  },
)

/** People who have given a briefing, for the search filter. */
export const listSpokespeople = readerQuery(
  'people:spokespeople',
  async ({ locale }: { locale: Locale }): Promise<NamedRef[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'people',
      ...readArgs(locale),
      depth: 0,
      pagination: false,
      sort: 'name',
    })
    return named(docs)
  },
)
