import type { Payload, PayloadRequest, Where } from 'payload'

import type { WorkflowEventRecord, WorkflowStateRecord } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'

import type { Actor, LocaleRecord, UserId } from './machine'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { WorkflowEventKind } from './states'
import type { LocaleTexts } from './texts'
import { idOf, idsOf } from '@/lib/db/ids'

/**
 * Reading and writing the per-locale workflow records and the audit trail. The workflow module
 * is their only writer, so access control is deliberately overridden here and nowhere else.
 */
const system = { overrideAccess: true } as const

/** A document's workflow records (one per language), as a query. */
export const recordsOfDocument = (collection: NewsroomCollection, docId: number | string): Where => ({
  and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: docId } }],
})

export type StoredRecord = { id: number | string | null; data: WorkflowStateRecord }

const emptyRecord = (collection: NewsroomCollection, docId: number | string, locale: Locale): WorkflowStateRecord =>
  ({
    document: { relationTo: collection, value: docId },
    locale,
    state: 'draft',
    publication: 'none',
    stale: false,
    staleFields: [],
    authors: [],
    changeNotes: [],
  }) as unknown as WorkflowStateRecord

export const loadRecords = async (
  payload: Payload,
  req: PayloadRequest,
  collection: NewsroomCollection,
  docId: number | string,
): Promise<Map<Locale, StoredRecord>> => {
  const { docs } = await payload.find({
    collection: 'workflow-states',
    where: recordsOfDocument(collection, docId),
    limit: locales.length,
    depth: 0,
    req,
    ...system,
  })
  const records = new Map<Locale, StoredRecord>()
  for (const locale of locales) {
    const found = docs.find((doc) => doc.locale === locale)
    records.set(locale, found ? { id: found.id, data: found } : { id: null, data: emptyRecord(collection, docId, locale) })
  }
  return records
}

export const toLocaleRecord = (data: WorkflowStateRecord): LocaleRecord => ({
  state: data.state,
  publication: data.publication ?? 'none',
  stale: Boolean(data.stale),
  submittedBy: idOf(data.submittedBy),
  authors: idsOf(data.authors),
  scheduledAt: data.scheduledAt ?? null,
})

export const snapshotOf = (data: WorkflowStateRecord): LocaleTexts | null =>
  data.sourceSnapshot && typeof data.sourceSnapshot === 'object' && !Array.isArray(data.sourceSnapshot)
    ? (data.sourceSnapshot as LocaleTexts)
    : null

export type RecordPatch = Partial<Omit<WorkflowStateRecord, 'id' | 'document' | 'locale' | 'createdAt' | 'updatedAt'>>

/** Writes a locale's record (creating it on first use) and returns the stored version. */
export const saveRecord = async (
  payload: Payload,
  req: PayloadRequest,
  collection: NewsroomCollection,
  docId: number | string,
  locale: Locale,
  stored: StoredRecord,
  patch: RecordPatch,
): Promise<StoredRecord> => {
  const data = { ...stored.data, ...patch }
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...writable } = data
  const saved =
    stored.id === null
      ? await payload.create({
          collection: 'workflow-states',
          data: { ...writable, document: { relationTo: collection, value: docId as number }, locale },
          depth: 0,
          req,
          ...system,
        })
      : // Only what changed is sent: the stored source snapshot can be the whole text of a document.
        await payload.update({ collection: 'workflow-states', id: stored.id, data: patch, depth: 0, req, ...system })
  return { id: saved.id, data: saved }
}

export type EventInput = {
  collection: NewsroomCollection
  docId: number | string
  locale: Locale | null
  action: WorkflowEventKind
  actor: Actor
  fromState?: WorkflowStateRecord['state'] | null
  toState?: WorkflowStateRecord['state'] | null
  note?: string | null
  changeNote?: string | null
  flagged?: boolean
  details?: Record<string, unknown>
}

export const appendEvent = async (payload: Payload, req: PayloadRequest, event: EventInput): Promise<WorkflowEventRecord> =>
  payload.create({
    collection: 'workflow-events',
    data: {
      document: { relationTo: event.collection, value: event.docId as number },
      locale: event.locale,
      action: event.action,
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      actor: event.actor.kind === 'user' ? (event.actor.id as number) : null,
      actorLabel: event.actor.kind === 'system' ? event.actor.label : null,
      note: event.note ?? null,
      changeNote: event.changeNote ?? null,
      flagged: event.flagged ?? false,
      details: event.details ?? null,
    },
    depth: 0,
    req,
    ...system,
  })

/** The workflow's view of a signed-in Payload user. */
export const actorFromUser = (user: { id: UserId; roles?: string[] | null; locales?: string[] | null }): Actor => ({
  kind: 'user',
  id: user.id,
  roles: user.roles ?? [],
  locales: user.locales ?? [],
})

/**
 * Gives the records of languages that have been public the document's address (`slug`), for
 * databases from before the workflow recorded it: a document taken down in every language then
 * answers 410 at its old address too. Through the Local API, so it runs on either adapter.
 */
export const backfillRecordSlugs = async (payload: Payload, req: PayloadRequest): Promise<number> => {
  let filled = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'workflow-states',
      where: { and: [{ slug: { exists: false } }, { publication: { not_equals: 'none' } }] },
      limit: 200,
      depth: 0,
      pagination: false,
      req,
      ...system,
    })
    if (docs.length === 0) return filled
    for (const record of docs) {
      const { relationTo, value } = record.document
      const doc = await payload
        .findByID({ collection: relationTo, id: idOf(value)!, depth: 0, draft: true, select: { slug: true }, req, disableErrors: true, ...system })
        .catch(() => null)
      // A record whose document is gone keeps an empty address (never matched), so the loop ends.
      await payload.update({ collection: 'workflow-states', id: record.id, data: { slug: typeof doc?.slug === 'string' ? doc.slug : '' }, depth: 0, req, ...system })
      filled++
    }
  }
}
