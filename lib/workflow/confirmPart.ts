import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { hasRole } from '@/access/roles'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

import { loadDocument, WorkflowError } from './engine'
import type { Actor } from './machine'
import { appendEvent, loadRecords, saveRecord, snapshotOf } from './records'
import { diffSource, refreshSnapshot } from './staleness'
import { extractLocaleTexts } from './texts'

export type ConfirmPartRequest = { collection: NewsroomCollection; id: number | string; locale: Locale; path: string; actor: Actor }

/** Who may say a translation still holds: its own translators, and editors, reviewers, admins. */
export const mayConfirmPart = (actor: Actor, locale: Locale): boolean =>
  actor.kind === 'system' || hasRole(actor, 'admin', 'editor', 'reviewer') || (hasRole(actor, 'translator') && actor.locales.includes(locale))

/**
 * "Still correct": the source changed in one part (a typo fixed, a comma moved) and the
 * translation of that part needs no change. The part follows today's source from now on, exactly
 * as if the translator had re-saved it, and leaves the stale list; the other stale parts stay.
 * The workflow state does not move (an approved translation stays approved) and the audit trail
 * records who confirmed which part.
 */
export const confirmTranslationPart = async (payload: Payload, request: ConfirmPartRequest) => {
  const { collection, id, locale, path, actor } = request
  if (!mayConfirmPart(actor, locale)) {
    throw new WorkflowError(403, { key: 'warta:refusals:confirmNotAllowed', params: { language: locale } })
  }
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const doc = await loadDocument(payload, req, collection, id)
    const sourceLocale = sourceLocaleOf(doc)
    if (locale === sourceLocale) throw new WorkflowError(409, { key: 'warta:refusals:confirmSource', params: { language: locale } })
    const records = await loadRecords(payload, req, collection, doc.id as number | string)
    const stored = records.get(locale)!
    const snapshot = snapshotOf(stored.data)
    if (!snapshot || !(stored.data.staleFields ?? []).some((field) => field.path === path)) {
      throw new WorkflowError(409, { key: 'warta:refusals:confirmNotStale', params: { language: locale, path } })
    }
    const sourceTexts = extractLocaleTexts(collection, doc, sourceLocale)
    const refreshed = refreshSnapshot(snapshot, sourceTexts, [path])
    const staleFields = diffSource(refreshed, sourceTexts)
    await saveRecord(payload, req, collection, doc.id as number | string, locale, stored, {
      sourceSnapshot: refreshed,
      staleFields,
      stale: staleFields.length > 0,
    })
    await appendEvent(payload, req, {
      collection,
      docId: doc.id as number | string,
      locale,
      action: 'confirm',
      actor,
      fromState: stored.data.state,
      toState: stored.data.state,
      details: { confirmedPath: path },
    })
    if (ownsTransaction) await commitTransaction(req)
    return { locale, stale: staleFields.length > 0, staleFields: staleFields.map((field) => field.path) }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
