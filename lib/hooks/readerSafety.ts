import type { CollectionAfterReadHook, CollectionBeforeOperationHook, CollectionSlug, FlattenedField } from 'payload'

import { APIError } from 'payload'

import { isStaffUser } from '@/access/roles'
import { defaultLocale, locales } from '@/lib/i18n/locales'

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
  ({ args, collection, operation, req }) => {
    if (operation !== 'read' || args.overrideAccess === true || isStaffUser(req.user)) return args
    req.fallbackLocale = false
    const where = (args as { where?: unknown }).where
    const foreignPath = findLocaleQualifiedPath(where, localizedFieldNames(collection.flattenedFields))
    if (foreignPath) {
      // `where[title.zh]` asked while reading `id` would test another language's stored text,
      // which may be an unpublished draft: an oracle for text the reader may not see.
      throw new APIError(`Query on "${foreignPath}" is not allowed: filter in the language you read (locale=…).`, 400, null, true)
    }
    return { ...args, draft: false }
  }

const localeSegments = new Set<string>(locales)

const localizedFieldNames = (fields: FlattenedField[], names = new Set<string>()): Set<string> => {
  for (const field of fields) {
    if (!('name' in field)) continue
    if (field.localized) names.add(field.name)
    if ('flattenedFields' in field && field.flattenedFields) localizedFieldNames(field.flattenedFields, names)
  }
  return names
}

/**
 * The first where-path that names a locale right after a localized field (`title.zh`,
 * `items.question.en`); relationship paths such as `topics.id` are not locale-qualified.
 */
const findLocaleQualifiedPath = (where: unknown, localized: ReadonlySet<string>): string | null => {
  if (!where || typeof where !== 'object') return null
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const clause of Array.isArray(value) ? value : []) {
        const found = findLocaleQualifiedPath(clause, localized)
        if (found) return found
      }
      continue
    }
    const segments = key.split('.')
    if (segments.some((segment, index) => index > 0 && localeSegments.has(segment) && localized.has(segments[index - 1]!))) {
      return key
    }
  }
  return null
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


/**
 * With `fallback: false` Payload leaves `req.locale` empty when a request names no locale (or an
 * unknown one) instead of using the default, and per-locale status queries then match nothing.
 * A request without a usable locale reads the default locale, as the API docs promise.
 */
export const defaultRequestLocale =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, req }) => {
    if (req.locale !== 'all' && !(locales as readonly unknown[]).includes(req.locale)) req.locale = defaultLocale
    return args
  }
