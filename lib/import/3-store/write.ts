import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'

import type { ImportDirectory } from './directory'
import type { Access } from './match'
import { newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'
import type { DocumentOutcome, MergedDocument } from '../2-merge/model'
import type { LocaleContent, Plan, RowPlan } from './plan'
import type { Id } from '@/lib/db/ids'

import { collectionOf, findExisting } from './match'
import { originalPublicationOf } from './originalPublication'
import { planDocument } from './plan'
import { freeSlug, plannedSlug } from './slug'
import { adminPath, failureMessage, type Progress } from './undo'

/**
 * Writes one merged document as drafts, in one transaction: created or updated completely, or not
 * at all. Every save is a draft (`draft: true`: publishing is the workflow's job) and carries the
 * import context, so the workflow records an `import` entry in the audit trail for each language
 * written and marks translations stale when their source text changed.
 */

/** Who imports: an editor through the admin (their access rules apply), or the system (the CLI). */
export type Importer = { user: NonNullable<PayloadRequest['user']> } | { system: true }

/** Drafts only: no public page changes, so nothing is indexed for search or logged as a public change. */
const IMPORT_CONTEXT = { auditAction: 'import', actorLabel: 'import' } as const

const accessOf = (importer: Importer): Access =>
  'user' in importer ? { overrideAccess: false, user: importer.user } : { overrideAccess: true }

const rowData = (rows: readonly RowPlan[], rowIds: readonly (string | null)[], content: LocaleContent) =>
  rows.map((row, index) => {
    const id = rowIds[index] ?? row.id
    const text = content.items?.[index]
    return {
      ...(id ? { id } : {}),
      ...(row.key ? { key: row.key } : {}),
      outlet: row.outlet,
      followUp: row.followUp,
      similarQuestionFrom: row.similarQuestionFrom,
      topics: row.topics,
      question: text?.question ?? '',
      // A question the transcript leaves unanswered: no value, as for an empty body below.
      answer: text?.answer?.length ? paragraphsToRichText(text.answer) : null,
    }
  })

const localeData = (
  collection: NewsroomCollection,
  content: LocaleContent,
  rows: readonly RowPlan[],
  rowIds: readonly (string | null)[],
) => ({
  ...(content.title !== undefined ? { title: content.title } : {}),
  // No paragraphs, no value; a release's body is always written (empty, one empty paragraph: paragraphsToRichText).
  ...(content.body !== undefined ? { body: content.body.length || collection === 'press-releases' ? paragraphsToRichText(content.body) : null } : {}),
  ...(content.openingStatements !== undefined
    ? { openingStatements: content.openingStatements.length ? paragraphsToRichText(content.openingStatements) : null }
    : {}),
  ...(newsroomType(collection).items ? { items: rowData(rows, rowIds, content) } : {}),
  _status: 'draft' as const,
})

type WriteArgs = { payload: Payload; req: PayloadRequest; collection: NewsroomCollection; access: Access }

const updateLocale = async ({ payload, req, collection, access }: WriteArgs, id: Id, locale: Locale, data: Record<string, unknown>) =>
  payload.update({ collection, id, locale, data, draft: true, depth: 0, req, context: IMPORT_CONTEXT, ...access })

const applyCreate = async (
  args: WriteArgs,
  plan: Extract<Plan, { action: 'create' }>,
  merged: MergedDocument,
  progress: Progress,
): Promise<Id> => {
  const { payload, req, collection, access } = args
  const [first, ...rest] = plan.content
  if (!first) throw new Error('An imported document has no language to write.')
  const slug = await freeSlug(payload, req, collection, plannedSlug(merged), access)
  const date = `${merged.date}T00:00:00.000Z`
  const { dateField, spokespersonField } = newsroomType(collection)
  const shared = {
    slug,
    [dateField]: date,
    sourceLocale: plan.sourceLocale,
    originalPublishedAt: originalPublicationOf(merged),
    ...(spokespersonField ? { [spokespersonField]: plan.shared.spokesperson } : {}),
  }
  const created = await payload.create({
    collection,
    locale: first[0],
    data: { ...shared, ...localeData(collection, first[1], plan.rows, []) },
    draft: true,
    depth: 0,
    req,
    context: IMPORT_CONTEXT,
    ...access,
  })
  progress.createdId = created.id
  progress.locales.push(first[0])
  // Later languages attach their Q&A text to the rows the first one created.
  const rowIds = 'items' in created && Array.isArray(created.items) ? created.items.map((row) => row.id ?? null) : []
  for (const [locale, content] of rest) {
    await updateLocale(args, created.id, locale, localeData(collection, content, plan.rows, rowIds))
    progress.locales.push(locale)
  }
  return created.id
}

const applyUpdate = async (args: WriteArgs, plan: Extract<Plan, { action: 'update' }>, progress: Progress): Promise<void> => {
  for (const [locale, content] of plan.content) {
    await updateLocale(args, plan.id, locale, { ...plan.shared, ...localeData(args.collection, content, plan.rows, []) })
    progress.locales.push(locale)
  }
}

export type DocumentResult = { outcome: DocumentOutcome; warnings: string[]; errors: string[] }

const outcomeOf = (collection: NewsroomCollection, plan: Plan, id: Id | null): DocumentOutcome => ({
  action: plan.action,
  collection,
  id,
  locales: plan.action === 'create' || plan.action === 'update' ? plan.content.map(([locale]) => locale) : [],
  adminPath: adminPath(collection, id),
})

const planFor = async (payload: Payload, req: PayloadRequest, merged: MergedDocument, directory: ImportDirectory, access: Access) => {
  const match = merged.errors.length > 0 ? null : await findExisting(payload, req, merged, { slug: plannedSlug(merged), directory, access })
  const { plan, warnings } = planDocument(merged, match?.doc ?? null, directory)
  return { plan, warnings: match?.warning ? [match.warning, ...warnings] : warnings }
}

/** What importing would do, read from the database but writing nothing (the preview and `--dry-run`). */
export const previewDocument = async (
  payload: Payload,
  merged: MergedDocument,
  { directory, importer }: { directory: ImportDirectory; importer: Importer },
): Promise<DocumentResult> => {
  const collection = collectionOf(merged)
  const req = await createLocalReq({ user: 'user' in importer ? importer.user : undefined, context: IMPORT_CONTEXT }, payload)
  const { plan, warnings } = await planFor(payload, req, merged, directory, accessOf(importer))
  const id = plan.action === 'create' ? null : plan.id
  return {
    outcome: outcomeOf(collection, plan, id),
    warnings,
    errors: plan.action === 'failed' && merged.errors.length === 0 ? [plan.error] : [],
  }
}

export const writeDocument = async (
  payload: Payload,
  merged: MergedDocument,
  { directory, importer }: { directory: ImportDirectory; importer: Importer },
): Promise<DocumentResult> => {
  const collection = collectionOf(merged)
  const access = accessOf(importer)
  const req = await createLocalReq({ user: 'user' in importer ? importer.user : undefined, context: IMPORT_CONTEXT }, payload)
  const ownsTransaction = await initTransaction(req)
  const progress: Progress = { createdId: null, locales: [] }
  try {
    const { plan, warnings } = await planFor(payload, req, merged, directory, access)
    const args: WriteArgs = { payload, req, collection, access }
    let id: Id | null = plan.action === 'create' ? null : plan.id
    if (plan.action === 'create') id = await applyCreate(args, plan, merged, progress)
    if (plan.action === 'update') await applyUpdate(args, plan, progress)
    if (ownsTransaction) await commitTransaction(req)
    return {
      outcome: outcomeOf(collection, plan, id),
      warnings,
      errors: plan.action === 'failed' && merged.errors.length === 0 ? [plan.error] : [],
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    const reason = error instanceof Error ? error.message : String(error)
    return {
      outcome: { action: 'failed', collection, id: null, locales: [], adminPath: null },
      warnings: [],
      errors: [await failureMessage(payload, collection, progress, ownsTransaction, reason)],
    }
  }
}
