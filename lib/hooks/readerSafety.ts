import type { CollectionAfterReadHook, CollectionBeforeOperationHook, CollectionSlug, FlattenedField } from 'payload'

import { isStaffUser } from '@/access/roles'
import { locales } from '@/lib/i18n/locales'

/**
 * Defence in depth for readers (anyone without a newsroom role), on every route that reads a
 * document: REST, GraphQL and the Local API with `overrideAccess: false`. The read access rule
 * already limits readers to published locales; these hooks close the two side doors it cannot.
 */

/**
 * Two request options would hand a reader text that is not published in the locale asked for:
 * - `?draft=true` swaps in the newest draft version;
 * - `?fallback-locale=id` fills a translation's empty fields from another locale, whose text in
 *   the main document may be an unpublished draft.
 * Readers are entitled to neither, so both are switched off before the operation runs instead of
 * trusting every draft or fallback path to be filtered correctly.
 */
export const ignoreDraftAndFallbackForReaders =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || args.overrideAccess === true || isStaffUser(req.user)) return args
    req.fallbackLocale = false
    return { ...args, draft: false }
  }

type LocaleStatus = Partial<Record<string, string | null>>

const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const stripLocales = (value: unknown, fields: FlattenedField[], hidden: ReadonlySet<string>): void => {
  if (!isLocaleMap(value)) return
  for (const field of fields) {
    if (!('name' in field)) continue
    const fieldValue = value[field.name]
    if (field.localized && isLocaleMap(fieldValue)) {
      for (const code of hidden) delete fieldValue[code]
      continue
    }
    const children = 'flattenedFields' in field ? field.flattenedFields : undefined
    if (!children) continue
    if (Array.isArray(fieldValue)) fieldValue.forEach((row) => stripLocales(row, children, hidden))
    else stripLocales(fieldValue, children, hidden)
  }
}

/**
 * With `locale=all` a published document comes back with every language at once. Only the
 * locales that are themselves published may reach a reader: the others are removed here.
 */
export const hideUnpublishedLocalesFromReaders: CollectionAfterReadHook = ({ collection, doc, req, overrideAccess }) => {
  if (overrideAccess === true || isStaffUser(req.user)) return doc
  const status = doc?._status as LocaleStatus | string | undefined
  if (!isLocaleMap(status)) return doc
  const hidden = new Set(locales.filter((code) => status[code] !== 'published'))
  if (hidden.size === 0) return doc
  stripLocales(doc, collection.flattenedFields, hidden)
  return doc
}

