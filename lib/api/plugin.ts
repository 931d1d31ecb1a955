import type { Plugin } from 'payload'

import { capReaderPageSize } from './pageSize'
import { rejectMalformedWhere } from './validateWhere'

/**
 * What every collection's API gets, added in one place rather than in each collection file:
 * malformed `where` filters answered 400 before they reach the database (validateWhere.ts), and
 * anonymous reads at most 100 documents a page (pageSize.ts).
 */
export const apiSafety: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [rejectMalformedWhere, capReaderPageSize, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
