import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, NotFound } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { isLocale, locales } from '@/lib/i18n/locales'
import { sayInEnglish, type Said } from '@/lib/i18n/said'
import { applyPublicChange } from '@/lib/publicState/applyPublicChange'
import { syncPublicState } from '@/lib/publicState/sync'

import type { Actor, TransitionDecision } from './machine'
import type { RecordPatch, StoredRecord } from './records'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { WorkflowAction } from './states'
import type { AllLocalesDoc } from './texts'

import { missingRequiredFields } from './gates'
import { decideTransition } from './machine'
import { appendEvent, loadRecords, saveRecord, toLocaleRecord } from './records'
import { extractLocaleTexts, hasAnyText } from './texts'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

/**
 * Runs one workflow action for one document: the single implementation behind the REST
 * endpoint, the admin buttons, the scheduler and the tests. All of it happens in one transaction:
 * either every locale's content, record and audit entry change, or none does.
 */

export type WorkflowRequest = {
  collection: NewsroomCollection
  id: number | string
  action: WorkflowAction
  /** Omitted: every locale for which the action is allowed right now (source first). */
  locale?: Locale
  note?: string | null
  changeNote?: string | null
  minorChange?: boolean
  at?: string | null
  actor: Actor
  req?: PayloadRequest
  now?: Date
}

/**
 * A refusal: `message` in English; `said`, when the refusal is one a staff member meets in the
 * admin, renders it in the asker's language (lib/i18n/said.ts).
 */
export class WorkflowError extends Error {
  readonly said: Said | null
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422,
    reason: string | Said,
    readonly missingFields?: Partial<Record<Locale, readonly string[]>>,
  ) {
    super(typeof reason === 'string' ? reason : sayInEnglish(reason))
    this.said = typeof reason === 'string' ? null : reason
    this.name = 'WorkflowError'
  }
}

export type LocaleSummary = {
  state: StoredRecord['data']['state']
  publication: StoredRecord['data']['publication']
  stale: boolean
  staleFields: { path: string; before: string; after: string }[]
  scheduledAt: string | null
  hasText: boolean
}

export type WorkflowResult = {
  collection: NewsroomCollection
  id: number | string
  action: WorkflowAction
  applied: Locale[]
  skipped: Partial<Record<Locale, string>>
  locales: Record<Locale, LocaleSummary>
}

/** Actions after which what readers see may differ. */
const publicActions: readonly WorkflowAction[] = ['publish', 'force-publish', 'unpublish', 'withdraw']

/** Flags on the Local API calls the workflow makes, so document hooks know it is not an edit. */
export const WORKFLOW_CONTEXT = { workflow: true } as const

const summarize = (record: StoredRecord, hasText: boolean): LocaleSummary => ({
  state: record.data.state,
  publication: record.data.publication ?? 'none',
  stale: Boolean(record.data.stale),
  staleFields: (record.data.staleFields ?? []).map((field) => ({
    path: field.path,
    before: field.before ?? '',
    after: field.after ?? '',
  })),
  scheduledAt: record.data.scheduledAt ?? null,
  hasText,
})

export const loadDocument = async (
  payload: Payload,
  req: PayloadRequest,
  collection: NewsroomCollection,
  id: number | string,
): Promise<AllLocalesDoc> => {
  // Payload sets req.locale to the locale read; hooks running after this read (search indexing,
  // workflow records) must still see the locale of the save that triggered them.
  const { locale, fallbackLocale } = req
  try {
    return (await payload.findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as AllLocalesDoc
  } catch (error) {
    if (error instanceof NotFound) throw new WorkflowError(404, `No ${collection} document with id ${id}.`)
    throw error
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

const actorUserId = (actor: Actor) => (actor.kind === 'user' ? (actor.id as number) : null)

export const runWorkflowAction = async (payload: Payload, request: WorkflowRequest): Promise<WorkflowResult> => {
  const { collection, id, action } = request
  if (request.locale !== undefined && !isLocale(request.locale)) {
    throw new WorkflowError(400, `Unknown locale "${String(request.locale)}": use one of ${locales.join(', ')}.`)
  }
  const now = request.now ?? new Date()
  const req = request.req ?? (await createLocalReq({}, payload))
  const ownsTransaction = await initTransaction(req)
  try {
    const result = await applyAction(payload, req, request, now)
    if (ownsTransaction) {
      await commitTransaction(req)
      // This process's caches drop what the action changed before the response goes out, so the
      // next request already sees it; other processes see it within their next poll.
      if (publicActions.includes(action)) await syncPublicState(payload)
    }
    return result
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

const applyAction = async (
  payload: Payload,
  req: PayloadRequest,
  request: WorkflowRequest,
  now: Date,
): Promise<WorkflowResult> => {
  const { collection, action, actor } = request
  const doc = await loadDocument(payload, req, collection, request.id)
  // The stored id, typed as the adapter types it (a route parameter arrives as a string).
  const id = doc.id as number | string
  const sourceLocale: Locale = sourceLocaleOf(doc)
  const records = await loadRecords(payload, req, collection, id)
  const textsByLocale = new Map(locales.map((locale) => [locale, extractLocaleTexts(collection, doc, locale)] as const))
  const sourceTexts = textsByLocale.get(sourceLocale)!

  const targets: Locale[] = request.locale
    ? [request.locale]
    : [sourceLocale, ...locales.filter((locale) => locale !== sourceLocale)]
  const applied: Locale[] = []
  const skipped: Partial<Record<Locale, string>> = {}
  let firstRefusal: { locale: Locale; decision: Extract<TransitionDecision, { ok: false }> } | null = null
  const at = request.at ? new Date(request.at) : null

  for (const locale of targets) {
    const texts = textsByLocale.get(locale)!
    if (!request.locale && !hasAnyText(texts)) {
      skipped[locale] = 'no text in this language'
      continue
    }
    const stored = records.get(locale)!
    const decision = decideTransition({
      action,
      locale,
      sourceLocale,
      actor,
      record: toLocaleRecord(stored.data),
      sourceRecord: toLocaleRecord(records.get(sourceLocale)!.data),
      missingFields: missingRequiredFields(collection, texts),
      note: request.note,
      changeNote: request.changeNote,
      minorChange: request.minorChange,
      at,
      now,
    })
    if (!decision.ok) {
      if (request.locale) {
        throw new WorkflowError(
          decision.status,
          decision.said,
          decision.missingFields ? { [locale]: decision.missingFields } : undefined,
        )
      }
      firstRefusal ??= { locale, decision }
      skipped[locale] = decision.message
      continue
    }

    const patch = await performEffect(payload, req, { request, docId: id, locale, decision, stored, sourceTexts, sourceLocale, now, at })
    // Public actions record the address readers used (see the record's `slug`).
    const address = publicActions.includes(action) && typeof doc.slug === 'string' ? { slug: doc.slug } : {}
    const saved = await saveRecord(payload, req, collection, id, locale, stored, { ...patch, ...address, state: decision.to })
    records.set(locale, saved)
    const changeNote = request.changeNote ?? (action === 'publish' || action === 'schedule' ? request.note : null)
    await appendEvent(payload, req, {
      collection,
      docId: id,
      locale,
      action,
      actor,
      fromState: stored.data.state,
      toState: decision.to,
      note: request.note ?? null,
      changeNote: decision.isRepublish ? (changeNote ?? null) : null,
      flagged: decision.flagged,
      details: request.minorChange ? { minorChange: true } : undefined,
    })
    applied.push(locale)
  }

  if (applied.length === 0) {
    if (firstRefusal) {
      const { locale, decision } = firstRefusal
      throw new WorkflowError(
        decision.status,
        decision.said,
        decision.missingFields ? { [locale]: decision.missingFields } : undefined,
      )
    }
    throw new WorkflowError(409, { key: 'warta:refusals:nothingToDo', params: { action } })
  }

  if (action === 'publish' || action === 'force-publish') await publishDocumentLocales(payload, req, collection, id, applied)

  // Search rows and the public change log are written in this transaction: a crash can never leave
  // a withdrawn text searchable, nor a change that other server processes do not hear about.
  if (publicActions.includes(action)) {
    await applyPublicChange(payload, req, {
      collection,
      id,
      slug: typeof doc.slug === 'string' ? doc.slug : null,
      action,
      locales: applied,
    })
  }

  const summaries = Object.fromEntries(
    locales.map((locale) => [locale, summarize(records.get(locale)!, hasAnyText(textsByLocale.get(locale)!))]),
  ) as Record<Locale, LocaleSummary>
  return { collection, id, action, applied, skipped, locales: summaries }
}

/**
 * Makes the approved drafts of `published` the live text. When every language is published in
 * this action (a reviewer publishing a whole document), that is one save with Payload's
 * `publishAllLocales`: one write of the document and one version instead of one per language,
 * and since every language's live text becomes its current draft, nothing unapproved goes live.
 * Otherwise each language is published on its own, so a live language whose newer draft is not
 * approved keeps its live text.
 */
const publishDocumentLocales = async (
  payload: Payload,
  req: PayloadRequest,
  collection: NewsroomCollection,
  id: number | string,
  published: readonly Locale[],
): Promise<void> => {
  // The saved document is not used: depth 0, so Payload does not populate a briefing's people,
  // topics and each Q&A item's outlet on the way back.
  const save = { collection, id, overrideAccess: true, req, context: WORKFLOW_CONTEXT, depth: 0 } as const
  if (locales.every((locale) => published.includes(locale))) {
    await payload.update({ ...save, locale: published[0], data: {}, publishAllLocales: true })
    return
  }
  for (const locale of published) await payload.update({ ...save, locale, data: { _status: 'published' } })
}

type EffectInput = {
  request: WorkflowRequest
  docId: number | string
  locale: Locale
  decision: Extract<TransitionDecision, { ok: true }>
  stored: StoredRecord
  sourceTexts: Record<string, string>
  sourceLocale: Locale
  now: Date
  at: Date | null
}

/** The side effects of an allowed transition, returning what changes in the locale's record. */
const performEffect = async (payload: Payload, req: PayloadRequest, input: EffectInput): Promise<RecordPatch> => {
  const { request, docId: id, locale, decision, stored, sourceTexts, sourceLocale, now, at } = input
  const { collection, action, actor } = request
  const nowIso = now.toISOString()
  switch (action) {
    case 'submit':
      return { submittedBy: actorUserId(actor), note: null }
    case 'approve':
      return {
        reviewedBy: actorUserId(actor),
        note: request.note ?? null,
        // A translation is approved against today's source: that text is what staleness is
        // measured from until the next approval.
        ...(locale === sourceLocale
          ? {}
          : { sourceSnapshot: { ...sourceTexts }, stale: false, staleFields: [] }),
      }
    case 'reject':
      return { reviewedBy: actorUserId(actor), note: request.note ?? null }
    case 'schedule':
      await payload.jobs.queue({
        task: 'publishScheduledLocale',
        queue: 'workflow',
        input: { collection, id: String(id), locale, at: at!.toISOString() },
        waitUntil: at!,
        req,
      })
      return {
        scheduledAt: at!.toISOString(),
        pendingChangeNote: request.changeNote ?? request.note ?? null,
        reviewedBy: actorUserId(actor),
      }
    case 'unschedule':
      return { scheduledAt: null, pendingChangeNote: null }
    case 'publish':
    case 'force-publish': {
      // The document itself is published once for all applied locales (publishDocumentLocales).
      const changeNote =
        (action === 'force-publish' ? request.changeNote : (request.changeNote ?? request.note))?.trim() || null
      const changeNotes = [...(stored.data.changeNotes ?? [])]
      if (decision.isRepublish && changeNote && !request.minorChange) changeNotes.push({ at: nowIso, note: changeNote })
      return {
        publication: 'live',
        firstPublishedAt: stored.data.firstPublishedAt ?? nowIso,
        lastPublishedAt: nowIso,
        changeNotes,
        withdrawnAt: null,
        withdrawnReason: null,
        authors: [],
        submittedBy: null,
        scheduledAt: null,
        pendingChangeNote: null,
        forcePublished: action === 'force-publish',
        ...(action === 'publish' ? { reviewedBy: actorUserId(actor) } : {}),
      }
    }
    case 'unpublish':
      await payload.update({
        collection,
        id,
        locale,
        data: { _status: 'draft' },
        overrideAccess: true,
        req,
        context: WORKFLOW_CONTEXT,
      })
      return { publication: 'unpublished', scheduledAt: null }
    case 'withdraw':
      return { publication: 'withdrawn', withdrawnAt: nowIso, withdrawnReason: request.note?.trim() ?? null }
  }
}
