import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { isLocale, locales } from '@/lib/i18n/locales'

import type { Actor, BlockedAction } from './machine'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { PublicationState, WorkflowAction, WorkflowState } from './states'

import { mayConfirmPart } from './confirmPart'
import { loadDocument } from './engine'
import { missingRequiredFields } from './gates'
import { availableActions, blockedActions } from './machine'
import { loadRecords, toLocaleRecord } from './records'
import { workflowActions } from './states'
import { extractLocaleTexts, hasAnyText, translationProgress } from './texts'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

/** What the admin shows for a language: its state, or what matters more than the state. */
export type LocaleDisplay = WorkflowState | 'missing' | 'stale' | 'overdue'

export type LocaleOverview = {
  locale: Locale
  isSource: boolean
  state: WorkflowState
  publication: PublicationState
  /** `missing`: no text at all in this language yet. */
  display: LocaleDisplay
  stale: boolean
  staleFields: { path: string; before: string; after: string }[]
  scheduledAt: string | null
  isOverdue: boolean
  note: string | null
  missingFields: string[]
  actions: WorkflowAction[]
  /** Actions this person could take here but not yet, each with the reason (shown disabled). */
  blocked: BlockedAction[]
  /** For a translation: parts of the source with text, and how many of them are translated and not stale. */
  progress: { done: number; total: number } | null
  /** This person may say a stale part still holds ("Still correct"). */
  canConfirm: boolean
}

export type WorkflowOverview = { sourceLocale: Locale; locales: LocaleOverview[] }

/**
 * Where each language of a document stands and what this person may do about it: the data
 * behind the admin's workflow panel and list column. Buttons are offered from the same state
 * machine that decides the action, so a button is never shown for an action that would be refused
 * for lack of permission or state.
 */
export const getWorkflowOverview = async (
  payload: Payload,
  req: PayloadRequest,
  collection: NewsroomCollection,
  id: number | string,
  /** Who is asking; without one (the list column) no actions are computed. */
  actor: Actor | null,
  now = new Date(),
): Promise<WorkflowOverview> => {
  const doc = await loadDocument(payload, req, collection, id)
  const sourceLocale: Locale = sourceLocaleOf(doc)
  const records = await loadRecords(payload, req, collection, doc.id as number | string)
  const sourceRecord = toLocaleRecord(records.get(sourceLocale)!.data)
  const sourceTexts = extractLocaleTexts(collection, doc, sourceLocale)
  return {
    sourceLocale,
    locales: locales.map((locale) => {
      const data = records.get(locale)!.data
      const texts = extractLocaleTexts(collection, doc, locale)
      const missingFields = missingRequiredFields(collection, texts)
      const record = toLocaleRecord(data)
      const isOverdue = data.state === 'scheduled' && Boolean(data.scheduledAt) && new Date(data.scheduledAt!) < now
      const hasText = hasAnyText(texts)
      const staleFields = (data.staleFields ?? []).map(({ path, before, after }) => ({ path, before: before ?? '', after: after ?? '' }))
      return {
        locale,
        isSource: locale === sourceLocale,
        state: data.state,
        publication: data.publication ?? 'none',
        display: !hasText ? 'missing' : isOverdue ? 'overdue' : record.stale ? 'stale' : data.state,
        stale: record.stale,
        staleFields,
        scheduledAt: data.scheduledAt ?? null,
        isOverdue,
        note: data.note ?? null,
        missingFields,
        actions: hasText && actor
          ? availableActions({ locale, sourceLocale, actor, record, sourceRecord, missingFields, now }, workflowActions)
          : [],
        blocked: hasText && actor
          ? blockedActions({ locale, sourceLocale, actor, record, sourceRecord, missingFields, now }, workflowActions)
          : [],
        canConfirm: Boolean(actor) && record.stale && mayConfirmPart(actor!, locale),
        progress: locale === sourceLocale ? null : translationProgress(sourceTexts, texts, record.stale ? staleFields.map((field) => field.path) : []),
      }
    }),
  }
}
