import type { BuildFormStateArgs, CollectionSlug, ServerFunction } from 'payload'

import { buildFormStateHandler, type BuildFormStateResult } from '@payloadcms/ui/utilities/buildFormState'

import { isLocale, type Locale } from '@/lib/i18n/locales'

import { isStaleInLocale } from './staleData'

/**
 * The locale of the form being edited: the edit view's `?locale=` (the server action's Referer).
 * `req.locale` is the user's last-used admin locale, which another tab may have changed.
 */
const editedLocale = (req: BuildFormStateArgs['req']): Locale | null => {
  try {
    const fromPage = new URL(req.headers.get('referer') ?? '').searchParams.get('locale')
    if (isLocale(fromPage)) return fromPage
  } catch {
    // no or malformed Referer: fall back to the user's admin locale
  }
  return isLocale(req.locale) ? req.locale : null
}

/**
 * The admin's `form-state` server function with the "recently updated by another user" check done
 * in the edited locale. Payload's own check (handleStaleDataCheck) reads the document without a
 * locale, so with per-locale draft status it compares the zh draft the translator loaded with the
 * Indonesian draft, and the dialog greets every translator on their first keystroke
 * (payloadcms/payload#17914). Everything else is Payload's handler unchanged.
 */
export const buildFormStateInEditedLocale: ServerFunction<BuildFormStateArgs, Promise<BuildFormStateResult>> = async (args) => {
  const { checkForStaleData, collectionSlug, id, originalUpdatedAt, req } = args
  const locale = editedLocale(req)
  const ownCheck = Boolean(checkForStaleData && originalUpdatedAt && collectionSlug && id !== undefined && locale)
  const result = await buildFormStateHandler({ ...args, checkForStaleData: ownCheck ? false : checkForStaleData })
  if (!ownCheck || !result || !('state' in result) || !result.state) return result
  try {
    const staleDataState = await isStaleInLocale({
      payload: req.payload,
      collection: collectionSlug as CollectionSlug,
      id: id!,
      locale: locale!,
      originalUpdatedAt: originalUpdatedAt!,
      user: req.user,
    })
    return { ...result, staleDataState }
  } catch (error) {
    // As Payload's own check does: a failed check must not cost the person their keystroke.
    req.payload.logger.error({ err: error, msg: 'Error checking for stale data' })
    return { ...result, staleDataState: { currentUpdatedAt: originalUpdatedAt!, isStale: false } }
  }
}
