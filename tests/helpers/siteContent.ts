import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Briefing } from '@/payload-types'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { runWorkflowAction } from '@/lib/workflow/engine'

/**
 * Reader-site fixtures. Documents are written as drafts (like an editor in the admin) and
 * published through the workflow engine as a system actor, exactly as the workflow publishes,
 * so workflow-states records, search rows and revalidation hooks all run for real.
 */
const SYSTEM = { kind: 'system', label: 'site tests' } as const

export type BriefingTexts = Partial<
  Record<Locale, { title: string; opening: string; items: { question: string; answer: string }[] }>
>

export const createDraftBriefing = async (payload: Payload, slug: string, texts: BriefingTexts, date = '2025-01-15T00:00:00.000Z') => {
  const entries = Object.entries(texts) as [Locale, NonNullable<BriefingTexts[Locale]>][]
  const [first, ...rest] = entries
  if (!first) throw new Error('createDraftBriefing needs at least one locale')
  const doc = await payload.create({
    collection: 'briefings',
    locale: first[0],
    draft: true,
    data: {
      slug,
      date,
      sourceLocale: first[0],
      title: first[1].title,
      openingStatements: paragraphsToRichText([first[1].opening]),
      items: first[1].items.map((item) => ({ question: item.question, answer: paragraphsToRichText([item.answer]) })),
      _status: 'draft',
    },
  })
  for (const [locale, text] of rest) {
    const current = await payload.findByID({ collection: 'briefings', id: doc.id, draft: true, locale, depth: 0 })
    await payload.update({
      collection: 'briefings',
      id: doc.id,
      locale,
      draft: true,
      data: {
        title: text.title,
        openingStatements: paragraphsToRichText([text.opening]),
        items: (current.items ?? []).map((row, index) => ({
          ...row,
          question: text.items[index]?.question ?? null,
          answer: text.items[index] ? paragraphsToRichText([text.items[index].answer]) : null,
        })),
      },
    })
  }
  return doc.id
}

/** Publishes a language; one that was public before needs the readers' `changeNote`. */
export const publishThroughWorkflow = (
  payload: Payload,
  collection: 'press-releases' | 'briefings',
  id: number,
  locale: Locale,
  changeNote?: string,
) => runWorkflowAction(payload, { collection, id, locale, action: 'force-publish', note: 'site test', changeNote, actor: SYSTEM })

export const workflowAction = (
  payload: Payload,
  collection: 'press-releases' | 'briefings',
  id: number,
  locale: Locale,
  action: 'withdraw' | 'unpublish',
  note: string,
) => runWorkflowAction(payload, { collection, id, locale, action, note, actor: SYSTEM })

type DraftItems = NonNullable<Briefing['items']>

/** Rewrites a briefing's English draft's Q&A items (`edit` gets them as stored). */
export const editBriefingItems = async (payload: Payload, id: number, edit: (items: DraftItems) => unknown[]) => {
  const current = await payload.findByID({ collection: 'briefings', id, locale: 'en', draft: true, depth: 0 })
  await payload.update({ collection: 'briefings', id, locale: 'en', draft: true, data: { items: edit(current.items ?? []) as DraftItems } })
}

/** Tags a briefing's Q&A items in its draft: item N gets `topics(N)` (ids; `undefined` keeps its own). */
export const tagBriefingItems = (payload: Payload, id: number, topics: (index: number) => number[] | undefined) =>
  editBriefingItems(payload, id, (items) => items.map((item, index) => ({ ...item, topics: topics(index) ?? item.topics })))
