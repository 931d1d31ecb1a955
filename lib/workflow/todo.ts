import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import type { Actor } from './machine'
import type { LocaleOverview } from './overview'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

import { getWorkflowOverview } from './overview'
import { newsroomCollections } from '@/lib/newsroom/registry'

export type TodoItem = {
  collection: NewsroomCollection
  id: number | string
  title: string
  /** No title in this language yet: `title` is then the source language's (or `#id`). */
  isUntitled: boolean
  locale: Locale
  reason: 'missing' | 'stale' | 'rejected' | 'draft' | 'submitted' | 'overdue'
  note: string | null
}

/** How many recently changed documents per collection the to-do view looks through. */
const RECENT = 200

/**
 * What a person should work on next. Translators: their languages that are missing, stale or
 * rejected on documents whose source is approved or live. Editors: sources in draft or rejected.
 * Reviewers: anything submitted. Everyone: overdue schedules (an embargo time passed and the text is
 * not out: whoever sees it first tells the others).
 */
const reasonFor = (actor: Actor, entry: LocaleOverview, source: LocaleOverview): TodoItem['reason'] | null => {
  if (actor.kind !== 'user') return null
  const roles = actor.roles
  if ((roles.includes('reviewer') || roles.includes('admin')) && entry.state === 'submitted') return 'submitted'
  if (entry.isOverdue) return 'overdue'
  if (roles.includes('translator') && !entry.isSource && actor.locales.includes(entry.locale)) {
    const sourceReady = ['approved', 'scheduled', 'published'].includes(source.state) || source.publication === 'live'
    if (entry.display === 'missing' && sourceReady) return 'missing'
    if (entry.stale) return 'stale'
    if (entry.state === 'rejected') return 'rejected'
  }
  if (roles.includes('editor') && entry.isSource) {
    if (entry.state === 'rejected') return 'rejected'
    if (entry.state === 'draft' && entry.display !== 'missing') return 'draft'
  }
  return null
}

export const getTodoItems = async (payload: Payload, req: PayloadRequest, actor: Actor): Promise<TodoItem[]> => {
  const items: TodoItem[] = []
  for (const collection of newsroomCollections) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      depth: 0,
      limit: RECENT,
      sort: '-updatedAt',
      locale: 'all',
      select: { title: true, sourceLocale: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs) {
      const overview = await getWorkflowOverview(payload, req, collection, doc.id, actor)
      const source = overview.locales.find((entry) => entry.isSource)!
      const titles = (doc.title ?? {}) as unknown as Record<string, string | null>
      for (const entry of overview.locales) {
        const reason = reasonFor(actor, entry, source)
        if (!reason) continue
        items.push({
          collection,
          id: doc.id,
          title: titles[entry.locale] || titles[overview.sourceLocale] || `#${doc.id}`,
          isUntitled: !titles[entry.locale],
          locale: entry.locale,
          reason,
          note: entry.note,
        })
      }
    }
  }
  return items
}
