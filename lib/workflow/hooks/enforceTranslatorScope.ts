import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, CollectionSlug, RequestContext } from 'payload'

import { APIError } from 'payload'

import { hasRole, translatesOnly } from '@/access/roles'
import { isLocale } from '@/lib/i18n/locales'
import { requestLanguage, say, type Said } from '@/lib/i18n/said'

import { firstSharedChange } from '../sharedFields'

/** Where rememberSubmittedData keeps a translator's data as sent, per collection. */
const submittedKey = (collection: string) => `wartaSubmitted:${collection}`

/**
 * Shared fields are read-only for translators (lib/fields/sharedByEveryLanguage.ts), and Payload
 * quietly puts the stored value back when such a field arrives changed. An API client deserves to
 * hear that its change was not made, so the data is kept as sent, before Payload's field access
 * runs, for enforceTranslatorScope to compare.
 */
export const rememberSubmittedData =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req, collection }) => {
    const data = (args as { data?: Record<string, unknown> }).data
    if (operation !== 'update' || !data || !translatesOnly(req.user)) return args
    ;(req.context as RequestContext)[submittedKey(collection.slug)] = structuredClone(data)
    return args
  }

/**
 * Translators write only translated (localized) fields, only in their assigned locales. The admin
 * shows them shared fields read-only; anything else that tries (REST, GraphQL, copy-to-locale,
 * duplicate) has the whole save refused with 403 and the field or locale named, rather than
 * half-applied in silence.
 */
export const enforceTranslatorScope: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, collection, context }) => {
  const { user } = req
  if (context?.workflow === true || !user || !hasRole(user, 'translator') || hasRole(user, 'admin', 'editor')) return data
  if (operation === 'create') {
    throw new APIError(say(requestLanguage(req), { key: 'warta:refusals:translatorCreates' }), 403, null, true)
  }
  const locale = req.locale
  const assigned = (user.locales ?? []) as string[]
  if (!locale || locale === 'all' || !assigned.includes(locale)) {
    const language = requestLanguage(req)
    const translated = assigned.length ? assigned.filter(isLocale).map((code) => say(language, { key: `warta:languages:${code}` })).join(', ') : say(language, { key: 'warta:refusals:translatorNoLanguage' })
    const refusal: Said = isLocale(locale)
      ? { key: 'warta:refusals:translatorOtherLanguage', params: { fields: translated, language: locale } }
      : { key: 'warta:refusals:translatorEveryLanguage', params: { fields: translated } }
    throw new APIError(say(language, refusal), 403, null, true)
  }
  const submitted = (context?.[submittedKey(collection.slug)] as Record<string, unknown> | undefined) ?? data ?? {}
  const changed = firstSharedChange(collection.flattenedFields, submitted, originalDoc ?? {})
  if (changed) {
    throw new APIError(say(requestLanguage(req), { key: 'warta:refusals:translatorSharedField', params: { path: changed } }), 403, null, true)
  }
  return data
}
