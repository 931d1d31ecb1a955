import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { indexDocument } from '@/lib/search/indexDocument'
import { runWorkflowAction, WORKFLOW_CONTEXT } from '@/lib/workflow/engine'
import { appendEvent, loadRecords, saveRecord, type RecordPatch } from '@/lib/workflow/records'
import { changedPaths } from '@/lib/workflow/staleness'
import { extractLocaleTexts, type AllLocalesDoc } from '@/lib/workflow/texts'

import type { BriefingSpec, ReleaseSpec } from './generate'
import { benchOutlets, benchPeople, benchTopics } from './textBank'

/**
 * Writes benchmark documents. Two paths, both in one transaction per document (atomic: an
 * interrupted run leaves whole documents or none, and a rerun resumes by slug):
 *
 * - `workflow`: exactly the seed's path. Drafts written one locale after another (each save runs
 *   `recordLocaleEdit`), then submit → approve → publish through `runWorkflowAction` as the system
 *   actor, then one search indexing. About 55 Local API operations per release and 6 saves of the
 *   document with its versions; used for the publish→visible drafts (`approve`, the publish is
 *   then done over HTTP) and selectable with `--path workflow`.
 * - `direct` (the default for the corpus, see docs/benchmarks.md): the state the workflow path
 *   ends in, written in about half the operations. Each locale is saved once with its text and
 *   `_status: 'published'` under the workflow's own context flag (as `performEffect` publishes),
 *   the three `workflow-states` records are written once in their final state and the twelve
 *   audit entries (seed, submit, approve, publish per locale) with the workflow module's own
 *   `saveRecord` / `appendEvent`, then the search index is built once with `indexDocument`.
 *   Readers see the same documents, publication facts and search rows. The differences: three
 *   stored versions per document instead of six, and publication dates set to the document's
 *   own date (a corpus covering years should not have been "published" all today).
 *
 * Search indexing is off while a document is written (`disableSearchIndex`) and runs once at the
 * end, in the same transaction: the hook would rebuild all three locales after every per-locale
 * publish, for the same final rows. Revalidation is off: outside the Next.js server it is a no-op.
 */

const [firstLocale, ...laterLocales] = locales as unknown as [Locale, ...Locale[]]

export type Ids = Map<string, number>
export type References = { topics: Ids; people: Ids; outlets: Ids }
type DocCollection = 'press-releases' | 'briefings'

export type WritePath = 'direct' | 'workflow' | 'approve'

export const benchActor = { kind: 'system', label: 'bench' } as const
const benchContext = { disableRevalidate: true, disableSearchIndex: true } as const
const draftContext = { ...benchContext, auditAction: 'seed', actorLabel: 'bench' } as const

/** Runs `write` in one transaction on a fresh request; every Local API call inside passes `req`. */
const inTransaction = async <T>(payload: Payload, write: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({ context: { ...draftContext } }, payload)
  await initTransaction(req)
  try {
    const result = await write(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export const existingSlugs = async (payload: Payload, collection: DocCollection | 'topics' | 'people' | 'outlets'): Promise<Ids> => {
  const { docs } = await payload.find({
    collection,
    draft: true,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return new Map(docs.filter((doc) => typeof doc.slug === 'string').map((doc) => [doc.slug as string, doc.id as number]))
}

const perLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>

/** Topics, people and outlets, each written in id and then translated, like the seed does. */
export const ensureReferenceData = async (payload: Payload): Promise<References> => {
  const system = { overrideAccess: true, context: { disableRevalidate: true } } as const
  const ensure = async (
    collection: 'topics' | 'people' | 'outlets',
    entries: { slug: string; data: Record<Locale, Record<string, unknown>>; shared?: Record<string, unknown> }[],
  ): Promise<Ids> => {
    const ids = await existingSlugs(payload, collection)
    for (const entry of entries) {
      if (ids.has(entry.slug)) continue
      const doc = await payload.create({
        collection,
        locale: firstLocale,
        data: { slug: entry.slug, ...entry.shared, ...entry.data[firstLocale] } as never,
        ...system,
      })
      for (const locale of laterLocales) {
        await payload.update({ collection, id: doc.id, locale, data: entry.data[locale] as never, ...system })
      }
      ids.set(entry.slug, doc.id as number)
    }
    return ids
  }
  return {
    topics: await ensure(
      'topics',
      benchTopics.map((topic) => ({ slug: topic.slug, data: perLocale((locale) => ({ name: topic.name[locale] })) })),
    ),
    people: await ensure(
      'people',
      benchPeople.map((person) => ({
        slug: person.slug,
        data: perLocale((locale) => ({ name: person.name[locale], role: person.role[locale] })),
      })),
    ),
    outlets: await ensure(
      'outlets',
      benchOutlets.map((outlet) => ({
        slug: outlet.slug,
        data: perLocale((locale) => ({ name: outlet.name[locale] })),
        shared: { aliases: outlet.aliases.map((alias) => ({ alias })) },
      })),
    ),
  }
}

const idsFor = (ids: Ids, slugs: readonly string[]): number[] =>
  slugs.map((slug) => {
    const id = ids.get(slug)
    if (id === undefined) throw new Error(`Benchmark corpus refers to "${slug}", which does not exist in the bench database.`)
    return id
  })

/** What a document needs written: its shared fields and, per locale, its text (row ids: see briefings). */
type DocumentPlan = {
  collection: DocCollection
  shared: Record<string, unknown>
  localized: (locale: Locale, rowIds: (string | null | undefined)[]) => Record<string, unknown>
  /** Publication date for the direct path. */
  publishedAt: string
}

const writeDocument = (payload: Payload, plan: DocumentPlan, path: WritePath): Promise<number> =>
  inTransaction(payload, async (req) => {
    const { collection } = plan
    const isDirect = path === 'direct'
    const status = isDirect ? ('published' as const) : ('draft' as const)
    // The direct path saves under the workflow's flag, as the workflow's own publish does.
    const saveOptions = { overrideAccess: true, req, draft: !isDirect, ...(isDirect ? { context: WORKFLOW_CONTEXT } : {}) }
    const saved: Partial<Record<Locale, AllLocalesDoc>> = {}
    const created = await payload.create({
      collection,
      locale: firstLocale,
      data: { ...plan.shared, ...plan.localized(firstLocale, []), _status: status } as never,
      ...saveOptions,
    })
    saved[firstLocale] = created as unknown as AllLocalesDoc
    const rowIds = ((created as { items?: { id?: string | null }[] }).items ?? []).map((row) => row.id)
    for (const locale of laterLocales) {
      saved[locale] = (await payload.update({
        collection,
        id: created.id,
        locale,
        data: { ...plan.localized(locale, rowIds), _status: status } as never,
        ...saveOptions,
      })) as unknown as AllLocalesDoc
    }
    const id = created.id as number
    if (path === 'approve') {
      for (const action of ['submit', 'approve'] as const)
        await runWorkflowAction(payload, { collection, id, action, actor: benchActor, req })
      return id
    }
    if (path === 'workflow') {
      for (const action of ['submit', 'approve', 'publish'] as const)
        await runWorkflowAction(payload, { collection, id, action, actor: benchActor, req })
    } else {
      await recordPublication(payload, req, {
        collection,
        id,
        saved: saved as Record<Locale, AllLocalesDoc>,
        publishedAt: plan.publishedAt,
      })
    }
    await indexDocument({ payload, req, collection, id })
    return id
  })

/**
 * The workflow records and audit trail the seed's path leaves behind, written once: per locale
 * the final `workflow-states` record (what submit, approve and publish patch in turn, see
 * `performEffect`), and the audit entries in the order the seed and `runWorkflowAction` append
 * them.
 */
const recordPublication = async (
  payload: Payload,
  req: PayloadRequest,
  {
    collection,
    id,
    saved,
    publishedAt,
  }: { collection: DocCollection; id: number; saved: Record<Locale, AllLocalesDoc>; publishedAt: string },
) => {
  const sourceTexts = extractLocaleTexts(collection, saved[firstLocale], null)
  const records = await loadRecords(payload, req, collection, id)
  for (const locale of locales) {
    const isSource = locale === firstLocale
    const patch: RecordPatch = {
      state: 'published',
      authors: [],
      submittedBy: null,
      reviewedBy: null,
      note: null,
      ...(isSource ? {} : { sourceSnapshot: { ...sourceTexts }, stale: false, staleFields: [] }),
      publication: 'live',
      firstPublishedAt: publishedAt,
      lastPublishedAt: publishedAt,
      changeNotes: [],
      withdrawnAt: null,
      withdrawnReason: null,
      scheduledAt: null,
      pendingChangeNote: null,
      forcePublished: false,
    }
    await saveRecord(payload, req, collection, id, locale, records.get(locale)!, patch)
  }
  const event = { collection, docId: id, note: null, changeNote: null, flagged: false } as const
  const seedEvent = (locale: Locale, paths: string[]) =>
    appendEvent(payload, req, {
      ...event,
      locale,
      action: 'seed',
      actor: benchActor,
      fromState: 'draft',
      toState: 'draft',
      details: paths.length > 0 ? { changedPaths: paths } : undefined,
    })
  for (const locale of locales) {
    await seedEvent(locale, changedPaths(extractLocaleTexts(collection, {}, null), extractLocaleTexts(collection, saved[locale], null)))
  }
  const steps = [
    ['submit', 'draft', 'submitted'],
    ['approve', 'submitted', 'approved'],
    ['publish', 'approved', 'published'],
  ] as const
  for (const [action, fromState, toState] of steps) {
    for (const locale of locales) await appendEvent(payload, req, { ...event, locale, action, actor: benchActor, fromState, toState })
  }
}

export const writeRelease = (
  payload: Payload,
  spec: ReleaseSpec,
  refs: References,
  { path, relatedIds = [] }: { path: WritePath; relatedIds?: number[] },
): Promise<number> =>
  writeDocument(
    payload,
    {
      collection: 'press-releases',
      shared: {
        slug: spec.slug,
        eventDate: spec.eventDate,
        sourceLocale: firstLocale,
        people: idsFor(refs.people, spec.people),
        topics: idsFor(refs.topics, spec.topics),
        relatedReleases: relatedIds,
      },
      localized: (locale) => ({
        title: spec.text[locale].title,
        summary: spec.text[locale].summary,
        location: spec.text[locale].location,
        body: paragraphsToRichText(spec.text[locale].body),
      }),
      publishedAt: publicationTime(spec.eventDate),
    },
    path,
  )

export const writeBriefing = (payload: Payload, spec: BriefingSpec, refs: References, { path }: { path: WritePath }): Promise<number> =>
  writeDocument(
    payload,
    {
      collection: 'briefings',
      shared: {
        slug: spec.slug,
        date: spec.date,
        sourceLocale: firstLocale,
        spokesperson: idsFor(refs.people, [spec.spokesperson])[0]!,
      },
      localized: (locale, rowIds) => ({
        title: spec.text[locale].title,
        summary: spec.text[locale].summary,
        openingStatements: paragraphsToRichText(spec.text[locale].openingStatements),
        // Rows are shared by every locale: later locales address the rows the first one created.
        items: spec.items.map((item, index) => ({
          ...(rowIds[index] ? { id: rowIds[index] } : {}),
          key: `q${index + 1}`,
          outlet: item.outlet ? idsFor(refs.outlets, [item.outlet])[0]! : null,
          followUp: item.followUp,
          topics: idsFor(refs.topics, item.topics),
          question: item.question[locale],
          answer: paragraphsToRichText(item.answer[locale]),
        })),
      }),
      publishedAt: publicationTime(spec.date),
    },
    path,
  )

/** Published in the afternoon (newsroom time) of the document's own day. */
const publicationTime = (day: string): string => new Date(Date.parse(day) + 9 * 3_600_000).toISOString()
