import type { TaskConfig } from 'payload'

import { isLocale } from '@/lib/i18n/locales'

import { runWorkflowAction } from './engine'
import { loadRecords } from './records'
import { isWorkflowCollection } from './states'

/**
 * Publishes a scheduled locale when its time comes. The job carries the time it was queued for:
 * if the locale was unscheduled or rescheduled since, the record no longer matches and the job
 * does nothing, so stale jobs never need cancelling. The publish itself goes through the same
 * workflow action as a reviewer's, with every gate (staleness, required fields) checked again.
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
    if (!isWorkflowCollection(collection) || !isLocale(locale)) {
      return { output: { outcome: `ignored: unknown ${collection}/${locale}` } }
    }
    const records = await loadRecords(req.payload, req, collection, id)
    const record = records.get(locale)!.data
    const scheduledAt = record.scheduledAt ? new Date(record.scheduledAt).toISOString() : null
    if (record.state !== 'scheduled' || scheduledAt !== at) {
      return { output: { outcome: 'skipped: no longer scheduled for this time' } }
    }
    await runWorkflowAction(req.payload, {
      collection,
      id,
      locale,
      action: 'publish',
      changeNote: record.pendingChangeNote ?? null,
      minorChange: !record.pendingChangeNote,
      actor: { kind: 'system', label: 'scheduler' },
      req,
    })
    return { output: { outcome: 'published' } }
  },
}
