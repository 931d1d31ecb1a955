import type { CollectionAfterChangeHook } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { isLocale, locales } from '@/lib/i18n/locales'

import type { WorkflowState } from '../states'

import { loadDocument } from '../engine'
import { actorFromUser, appendEvent, loadRecords, saveRecord, snapshotOf } from '../records'
import { firstSharedChange } from '../sharedFields'
import { changedPaths, diffSource, refreshSnapshot } from '../staleness'
import { extractLocaleTexts } from '../texts'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

/** An edit sends a locale back to draft: whatever was submitted, approved or scheduled is not what is there now. */
const stateAfterEdit = (state: WorkflowState): WorkflowState => (state === 'rejected' ? 'rejected' : 'draft')

/**
 * Every content save (not a workflow action) is an edit of one locale: it returns that locale to
 * draft, records who wrote it (four eyes), appends an `edit` entry to the audit trail, and keeps
 * translations' staleness exact: a change to the source marks precisely the translated fields
 * derived from the changed source fields stale (with the source text before and after); a
 * translator's change to a stale field clears it.
 */
export const recordLocaleEdit: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req, context }) => {
  if (context?.workflow === true || !isNewsroomCollection(collection.slug)) return doc
  const slug = collection.slug
  const locale: Locale | null = isLocale(req.locale) ? req.locale : null
  const full = await loadDocument(req.payload, req, slug, doc.id)
  const sourceLocale: Locale = sourceLocaleOf(full)
  const sourceTexts = extractLocaleTexts(slug, full, sourceLocale)

  const editedLocales: Locale[] = locale ? [locale] : [...locales]
  const pathsChanged = locale
    ? changedPaths(extractLocaleTexts(slug, previousDoc ?? {}, null), extractLocaleTexts(slug, doc, null))
    : []
  // A change to fields shared by every language (dates, people, the Q&A rows) is the source's.
  const sharedChanged = operation === 'update' && firstSharedChange(collection.flattenedFields, doc, previousDoc ?? {}) !== null
  if (sharedChanged && !editedLocales.includes(sourceLocale)) editedLocales.push(sourceLocale)
  if (operation === 'update' && pathsChanged.length === 0 && !sharedChanged && locale) return doc

  const records = await loadRecords(req.payload, req, slug, doc.id)
  const actor = req.user ? actorFromUser(req.user) : ({ kind: 'system', label: String(context?.actorLabel ?? 'system') } as const)

  for (const edited of editedLocales) {
    const stored = records.get(edited)!
    const authors = (stored.data.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
    if (req.user && !authors.some((author) => String(author) === String(req.user!.id))) authors.push(req.user.id as number)
    const patch: Parameters<typeof saveRecord>[6] = { state: stateAfterEdit(stored.data.state), authors }
    // A translator re-translating stale fields: those fields now follow today's source.
    const snapshot = snapshotOf(stored.data)
    if (edited !== sourceLocale && snapshot && pathsChanged.length > 0) {
      const refreshed = refreshSnapshot(snapshot, sourceTexts, pathsChanged)
      const staleFields = diffSource(refreshed, sourceTexts)
      Object.assign(patch, { sourceSnapshot: refreshed, staleFields, stale: staleFields.length > 0 })
    }
    records.set(edited, await saveRecord(req.payload, req, slug, doc.id, edited, stored, patch))
    await appendEvent(req.payload, req, {
      collection: slug,
      docId: doc.id,
      locale: edited,
      action: (context?.auditAction as 'import' | 'seed' | undefined) ?? 'edit',
      actor,
      fromState: stored.data.state,
      toState: patch.state,
      details: pathsChanged.length > 0 && edited === locale ? { changedPaths: pathsChanged } : undefined,
    })
  }

  if (editedLocales.includes(sourceLocale)) {
    for (const translation of locales.filter((code) => code !== sourceLocale)) {
      const stored = records.get(translation)!
      const snapshot = snapshotOf(stored.data)
      if (!snapshot) continue
      const staleFields = diffSource(snapshot, sourceTexts)
      const current = (stored.data.staleFields ?? []).map(({ path, before, after }) => ({
        path,
        before: before ?? '',
        after: after ?? '',
      }))
      if (JSON.stringify(staleFields) === JSON.stringify(current)) continue
      records.set(
        translation,
        await saveRecord(req.payload, req, slug, doc.id, translation, stored, { staleFields, stale: staleFields.length > 0 }),
      )
    }
  }
  return doc
}
