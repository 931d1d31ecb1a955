import type { Locale } from '@/lib/i18n/locales'
import type { Person, Topic } from '@/payload-types'


import { idOf, type Id } from '@/lib/db/ids'
import { newsroomTypes } from '@/lib/newsroom/registry'

import { readerQuery } from './cached'
import { getPayloadClient } from './payload'
import { readArgs } from './readArgs'

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

/** People with a name in this language, each with their role in it. */
const personRefs = (docs: Person[]): PersonRef[] => docs.flatMap((doc) => named([doc]).map((ref) => ({ ...ref, role: doc.role ?? null })))

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
    return personRefs(docs)[0] ?? null
  },
)

/**
 * The people a reader can filter search by, and the spokespeople index lists: those who speak in
 * at least one document published in this language (the speaker field of each newsroom type that
 * has one: briefings, statements).
 * Other people (a vice minister named in a release) are not spokespeople.
 */
export const listSpokespeople = readerQuery(
  'people:spokespeople',
  async ({ locale }: { locale: Locale }): Promise<PersonRef[]> => {
    const payload = await getPayloadClient()
    const spoken = await Promise.all(
      newsroomTypes.flatMap(({ slug, spokespersonField }) =>
        spokespersonField
          ? [
              payload
                .find({
                  collection: slug,
                  ...readArgs(locale),
                  depth: 0,
                  pagination: false,
                  where: { [spokespersonField]: { exists: true } },
                  select: { [spokespersonField]: true } as never,
                })
                .then(({ docs }) => (docs as unknown as Record<string, unknown>[]).map((doc) => idOf(doc[spokespersonField]))),
            ]
          : [],
      ),
    )
    const ids = [...new Set(spoken.flat().filter((id): id is Id => id !== null))]
    if (ids.length === 0) return []
    const { docs } = await payload.find({
      collection: 'people',
      ...readArgs(locale),
      depth: 0,
      pagination: false,
      where: { id: { in: ids } },
      sort: 'name',
    })
    return personRefs(docs)
  },
)
