import type { CollectionConfig } from 'payload'

import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { newsroomCollections } from '@/lib/newsroom/registry'

import { Briefings } from './Briefings'
import { PressReleases } from './PressReleases'
import { Statements } from './Statements'

/**
 * The collection config of every newsroom type, keyed by the registry: a type added to the
 * registry without its collection (or the reverse) does not compile.
 */
const configs: { [C in NewsroomCollection]: CollectionConfig<C> } = {
  'press-releases': PressReleases,
  briefings: Briefings,
  statements: Statements,
}

/** In the registry's order, for payload.config.ts. */
export const newsroomCollectionConfigs: CollectionConfig[] = newsroomCollections.map((slug) => configs[slug] as CollectionConfig)
