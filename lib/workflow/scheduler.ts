import type { TaskConfig } from 'payload'

import { createLocalReq } from 'payload'

import { isLocale } from '@/lib/i18n/locales'

import { runWorkflowAction } from './engine'
import { loadRecords } from './records'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

/**
 * Publishes a scheduled locale when its time comes. The job carries the time it was queued for:
 * if the locale was unscheduled or rescheduled since, the record no longer matches and the job
 * does nothing, so stale jobs never need cancelling. The publish itself goes through the same
 * workflow action as a reviewer's, with every gate (staleness, required fields, a live source)
 * checked again.
 */
export const publishScheduledLocaleTask: TaskConfig<'publishScheduledLocale'> = {
  slug: 'publishScheduledLocale',
  label: 'Publish a scheduled locale',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { collection, id, locale, at } = input
    if (!isNewsroomCollection(collection) || !isLocale(locale)) {
      return { output: { outcome: `ignored: unknown ${collection}/${locale}` } }
    }
    // The publish runs in its own request and transaction, not in the job runner's: on SQLite a
    // transaction opened under the runner's request deadlocks against the runner's own writes.
    const ownReq = await createLocalReq({}, req.payload)
    const records = await loadRecords(req.payload, ownReq, collection, id)
    const record = records.get(locale)!.data
    const scheduledAt = record.scheduledAt ? new Date(record.scheduledAt).toISOString() : null
    if (record.state !== 'scheduled' || scheduledAt !== at) {
      return { output: { outcome: 'skipped: no longer scheduled for this time' } }
    }
    const publish = async (target: typeof locale, scheduled: typeof record) => {
      try {
        await runWorkflowAction(req.payload, {
          collection,
          id,
          locale: target,
          action: 'publish',
          changeNote: scheduled.pendingChangeNote ?? null,
          minorChange: !scheduled.pendingChangeNote,
          actor: { kind: 'system', label: 'scheduler' },
        })
      } catch (error) {
        // The jobs of one run go side by side: another job (this locale's own, or a translation's
        // publishing its source first) may have published it since the records were read.
        const now = (await loadRecords(req.payload, await createLocalReq({}, req.payload), collection, id)).get(target)!.data
        if (now.state !== 'published') throw error
        req.payload.logger.warn({ msg: 'Scheduled publish refused, but the language is published (by another job)', collection, id, locale: target, err: error })
      }
    }
    // The source language as the workflow sees it: the draft's (a draft save does not touch the main document).
    const sourceLocale = sourceLocaleOf(await req.payload.findByID({ collection, id, depth: 0, draft: true, select: { sourceLocale: true }, req: ownReq }))
    const source = records.get(sourceLocale)!.data
    // A translation scheduled with its source (an embargo in every language): the source is due
    // too, and its own job may run after this one, so it goes first (its job then finds it done).
    if (sourceLocale !== locale && source.state === 'scheduled' && source.scheduledAt && Date.parse(source.scheduledAt) <= Date.parse(at)) {
      await publish(sourceLocale, source)
    }
    await publish(locale, record)
    // The source, rescheduled later than translations scheduled with it: their jobs were refused
    // (a translation never goes live before its source), so they go live with it now.
    if (locale === sourceLocale) {
      for (const [other, { data }] of records) {
        const waiting = other !== sourceLocale && data.state === 'scheduled' && data.scheduledAt && Date.parse(data.scheduledAt) <= Date.parse(at)
        if (!waiting) continue
        try {
          await publish(other, data)
        } catch (error) {
          // Stale or incomplete: it stays scheduled, shown overdue in the admin, for a reviewer.
          req.payload.logger.warn({ msg: 'A translation waiting for its source could not be published with it', collection, id, locale: other, err: error })
        }
      }
    }
    return { output: { outcome: 'published' } }
  },
}
