import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { runWorkflowAction } from '@/lib/workflow/engine'

import type { BriefingSpec, ReleaseSpec } from './generate'
import { benchOutlets, benchPeople, benchTopics } from './textBank'

/**
 * Writes benchmark documents the way the newsroom does, one transaction per document (an
 * interrupted run leaves whole documents or none, and a rerun resumes by slug): drafts written one
 * locale after another (each save runs `recordLocaleEdit`), then submit → approve → publish (or
 * only submit → approve, for the drafts the benchmark publishes over HTTP) through
 * `runWorkflowAction` as the system actor, which indexes the document for search and logs the
 * public change. There is no second, faster path: the corpus is what the product writes.
 */

const [firstLocale, ...laterLocales] = locales as unknown as [Locale, ...Locale[]]

export type Ids = Map<string, number>
export type References = { topics: Ids; people: Ids; outlets: Ids }
type DocCollection = 'press-releases' | 'briefings'

/** `publish`: the whole way; `approve`: up to approved, for the benchmark to publish itself. */
export type WritePath = 'publish' | 'approve'

export const benchActor = { kind: 'system', label: 'bench' } as const
const draftContext = { auditAction: 'seed', actorLabel: 'bench' } as const

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
  const system = { overrideAccess: true } as const
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
}

const writeDocument = (payload: Payload, plan: DocumentPlan, path: WritePath): Promise<number> =>
  inTransaction(payload, async (req) => {
    const { collection } = plan
    const saveOptions = { overrideAccess: true, req, draft: true } as const
    const created = await payload.create({
      collection,
      locale: firstLocale,
      data: { ...plan.shared, ...plan.localized(firstLocale, []), _status: 'draft' } as never,
      ...saveOptions,
    })
    const rowIds = ((created as { items?: { id?: string | null }[] }).items ?? []).map((row) => row.id)
    for (const locale of laterLocales) {
      await payload.update({ collection, id: created.id, locale, data: plan.localized(locale, rowIds) as never, ...saveOptions })
    }
    const id = created.id as number
    const actions = path === 'approve' ? (['submit', 'approve'] as const) : (['submit', 'approve', 'publish'] as const)
    for (const action of actions) await runWorkflowAction(payload, { collection, id, action, actor: benchActor, req })
    return id
  })

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
    },
    path,
  )
