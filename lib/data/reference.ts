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

/** The search-row kinds of the documents that have a speaker (briefings, statements). */
const speakingKinds = newsroomTypes.filter((type) => type.spokespersonField).map((type) => type.kind)

/**
 * The people a reader can filter search by, and the spokespeople index lists: those who speak in
 * at least one document published in this language (the speaker field of each newsroom type that
 * has one: briefings, statements).
 * Other people (a vice minister named in a release) are not spokespeople.
 *
 * The speakers come from the search index's document rows (one per document and language it is
 * published in, each with its speaker: lib/data/listing.ts says why lists read them), as the
 * distinct values of one column. Before, every published briefing and statement of the language
 * was read for its speaker field: 3,000 documents on the 10× benchmark corpus, paid by the first
 * search and spokespeople page after every public change.
 */
export const listSpokespeople = readerQuery(
  'people:spokespeople',
  async ({ locale }: { locale: Locale }): Promise<PersonRef[]> => {
    const payload = await getPayloadClient()
    const { values } = await payload.findDistinct({
      collection: 'search-entries',
      field: 'spokesperson',
      overrideAccess: false,
      depth: 0,
      where: { and: [{ locale: { equals: locale } }, { kind: { in: speakingKinds } }, { spokesperson: { exists: true } }] },
    })
    const ids = [...new Set(values.map((value) => idOf(value.spokesperson)).filter((id): id is Id => id !== null))]
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
