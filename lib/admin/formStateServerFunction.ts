import type { BuildFormStateArgs, CollectionSlug, ServerFunction } from 'payload'

import { buildFormStateHandler, type BuildFormStateResult } from '@payloadcms/ui/utilities/buildFormState'

import { isLocale, type Locale } from '@/lib/i18n/locales'

import { isStaleInLocale } from './staleData'

/**
 * The admin's `form-state` server function with the "recently updated by another user" check done
 * in the edited locale. Payload's own check (handleStaleDataCheck) reads the document without a
 * locale, so with per-locale draft status it compares the zh draft the translator loaded with the
 * Indonesian draft, and the dialog greets every translator on their first keystroke
 * (payloadcms/payload#17914). Everything else is Payload's handler unchanged.
 */
export const buildFormStateInEditedLocale: ServerFunction<BuildFormStateArgs, Promise<BuildFormStateResult>> = async (args) => {
  const { checkForStaleData, collectionSlug, id, originalUpdatedAt, req } = args
  const locale = req.locale
  const ownCheck = Boolean(checkForStaleData && originalUpdatedAt && collectionSlug && id !== undefined && isLocale(locale))
  const result = await buildFormStateHandler({ ...args, checkForStaleData: ownCheck ? false : checkForStaleData })
  if (!ownCheck || !result || !('state' in result) || !result.state) return result
  const staleDataState = await isStaleInLocale({
    payload: req.payload,
    collection: collectionSlug as CollectionSlug,
    id: id!,
    locale: locale as Locale,
    originalUpdatedAt: originalUpdatedAt!,
    user: req.user,
  })
  return { ...result, staleDataState }
}
