import type { Payload, PayloadRequest } from 'payload'

import type { KnownOutlet, KnownPerson } from '../1-parse/types'

import { normalizeName } from '../1-parse/names'

/** The reference lists the parser matches names against, and the ids the writer links to. */
export type ImportDirectory = {
  people: KnownPerson[]
  outlets: KnownOutlet[]
  personIdBySlug: Map<string, number | string>
  outletIdBySlug: Map<string, number | string>
  outletSlugById: Map<string, string>
  /** An outlet by any of its names or aliases, in any language (as `similarQuestionFrom` writes them). */
  findOutletSlug: (name: string) => string | null
}

type LocalizedName = string | Partial<Record<string, string | null>> | null | undefined

const namesOf = (value: LocalizedName): string[] => {
  if (typeof value === 'string') return [value]
  if (!value) return []
  return Object.values(value).filter((name): name is string => typeof name === 'string' && name.trim() !== '')
}

const englishOf = (value: LocalizedName): string => {
  if (typeof value === 'string') return value
  return value?.en ?? value?.id ?? namesOf(value)[0] ?? ''
}

/** Reads every person and outlet once per import; both lists are short reference data. */
export const loadDirectory = async (payload: Payload, req: PayloadRequest): Promise<ImportDirectory> => {
  const common = { locale: 'all', depth: 0, pagination: false, req, overrideAccess: true } as const
  const [people, outlets] = await Promise.all([
    payload.find({ collection: 'people', ...common }),
    payload.find({ collection: 'outlets', ...common }),
  ])
  const directory: ImportDirectory = {
    people: [],
    outlets: [],
    personIdBySlug: new Map(),
    outletIdBySlug: new Map(),
    outletSlugById: new Map(),
    findOutletSlug: () => null,
  }
  for (const person of people.docs) {
    const name = person.name as LocalizedName
    directory.people.push({ slug: person.slug, names: namesOf(name), englishName: englishOf(name) })
    directory.personIdBySlug.set(person.slug, person.id)
  }
  const outletByName = new Map<string, string>()
  for (const outlet of outlets.docs) {
    const names = [...namesOf(outlet.name as LocalizedName), ...(outlet.aliases ?? []).map(({ alias }) => alias)]
    directory.outlets.push({ slug: outlet.slug, names })
    directory.outletIdBySlug.set(outlet.slug, outlet.id)
    directory.outletSlugById.set(String(outlet.id), outlet.slug)
    for (const name of names) if (!outletByName.has(normalizeName(name))) outletByName.set(normalizeName(name), outlet.slug)
  }
  directory.findOutletSlug = (name) =>
    outletByName.get(normalizeName(name)) ?? outletByName.get(normalizeName(name.replace(/记者$/, ''))) ?? null
  return directory
}
