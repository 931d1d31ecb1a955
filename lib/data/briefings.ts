import type { PopulateType, Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Briefing, BriefingsSelect } from '@/payload-types'

import { newsroomType } from '@/lib/newsroom/registry'

import { readerQuery } from './cached'
import { readDocumentBySlug } from './documents'
import { listPublished, monthBounds, publishedMonths, publishedPage, publishedQuestionsOnTopic, publishedWithQuestionsOnTopic, readPublishedInOrder, yearBounds } from './listing'
import { getPayloadClient } from './payload'
import type { Paged } from './pressReleases'
import { readArgs } from './readArgs'
import { idsOf, sameId, type Id } from '@/lib/db/ids'

/** Reader-side briefing queries; see `pressReleases.ts` for why access is never overridden. */

export type BriefingListItem = Pick<Briefing, 'id' | 'title' | 'slug' | 'date' | 'summary' | 'spokesperson'>

/** A calendar month, `YYYY-MM`, or a whole year, `YYYY`: the briefing archive's unit. */
export type ArchivePeriod = { year: number; month?: number }

export const parseArchivePeriod = (value: string): ArchivePeriod | null => {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(value)
  if (!match) return null
  return { year: Number(match[1]), ...(match[2] ? { month: Number(match[2]) } : {}) }
}

/** The instants a period starts at and ends before. */
const periodBounds = ({ year, month }: ArchivePeriod): { from: string; before: string } => (month ? monthBounds(year, month) : yearBounds(year))

const periodRange = (period: ArchivePeriod): Where => {
  const { from, before } = periodBounds(period)
  return { and: [{ date: { greater_than_equal: from } }, { date: { less_than: before } }] }
}

const listFields = { title: true, slug: true, date: true, summary: true, spokesperson: true } as const
const listPopulate = { people: { name: true, slug: true } } as const


export const listBriefings = readerQuery(
  'briefings:list',
  async (
    {
      locale,
      page = 1,
      limit = 20,
      spokespersonId,
      period,
    }: { locale: Locale; page?: number; limit?: number; spokespersonId?: Id; period?: ArchivePeriod },
    preview,
  ): Promise<Paged<BriefingListItem>> => {
    if (!preview) {
      const range = period ? periodBounds(period) : {}
      return listPublished('briefings', locale, { page, limit, spokespersonId, ...range }, { select: listFields, depth: 1, populate: listPopulate })
    }
    const payload = await getPayloadClient()
    const filters: Where[] = []
    if (spokespersonId !== undefined) filters.push({ spokesperson: { equals: spokespersonId } })
    if (period) filters.push(periodRange(period))
    const result = await payload.find({
      collection: 'briefings',
      ...readArgs(locale, preview),
      depth: 1,
      limit,
      page,
      sort: '-date',
      where: filters.length > 0 ? { and: filters } : undefined,
      select: listFields,
      populate: listPopulate,
    })
    return {
      docs: result.docs as BriefingListItem[],
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

export type ArchiveMonth = { year: number; month: number; count: number }

/**
 * Months that have briefings in this language, newest first, with how many: for readers from the
 * published list (listing.ts: the in-memory copy of its rows, or the table until that is loaded),
 * for a staff preview from every briefing's date.
 */
export const listBriefingMonths = readerQuery(
  'briefings:months',
  async ({ locale }: { locale: Locale }, preview): Promise<ArchiveMonth[]> => {
    if (!preview) return publishedMonths('briefings', locale)
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'briefings',
      ...readArgs(locale, preview),
      depth: 0,
      pagination: false,
      select: { date: true },
    })
    const counts = new Map<string, ArchiveMonth>()
    for (const { date } of docs) {
      const day = new Date(date)
      const key = `${day.getUTCFullYear()}-${day.getUTCMonth() + 1}`
      const entry = counts.get(key) ?? { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, count: 0 }
      entry.count += 1
      counts.set(key, entry)
    }
    return [...counts.values()].sort((a, b) => b.year - a.year || b.month - a.month)
  },
)

export const getBriefingBySlug = readDocumentBySlug('briefings')

/** The latest briefing in full, for the home page's "first questions". */
export const getLatestBriefing = readerQuery(
  'briefings:latest',
  async ({ locale }: { locale: Locale }, preview): Promise<Briefing | null> => {
    if (!preview) {
      // The newest that can be read: one taken down since its row was listed is passed over.
      const { ids } = await publishedPage('briefings', locale, { limit: 3 })
      for (const id of ids) {
        const [doc] = await readPublishedInOrder('briefings', locale, [id], { depth: 1, populate: newsroomType('briefings').populate })
        if (doc) return doc
      }
      return null
    }
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'briefings',
      ...readArgs(locale, preview),
      depth: 1,
      limit: 1,
      sort: '-date',
      populate: newsroomType('briefings').populate,
    })
    return docs[0] ?? null
  },
)

type BriefingItem = NonNullable<Briefing['items']>[number]
/** A question on a topic; its item's answer, outlet and topics only `withAnswers`. */
export type TopicQuestion = {
  briefing: Pick<Briefing, 'id' | 'title' | 'slug' | 'date' | 'spokesperson'>
  item: Pick<BriefingItem, 'key' | 'question'> & Partial<BriefingItem>
}
/** A page of briefings' questions on a topic: `limit` briefings a page, each with its questions on the topic. */
export type TopicQuestions = { questions: TopicQuestion[]; page: number; totalPages: number }

/**
 * Individual Q&A items tagged with a topic, across briefings, newest briefing first, a page of
 * `limit` briefings at a time (the topic page pages back through them all). The topic page lists
 * questions only: without `withAnswers` they come from the search rows alone (listing.ts), and no
 * briefing is read. The topic feed needs the answers and the populated outlets, topics and people:
 * with `withAnswers` the briefings on the page are read as a reader reads them.
 */
export const listQuestionsOnTopic = readerQuery(
  'briefings:topic-questions',
  async (
    {
      locale,
      topicId,
      limit = 50,
      page = 1,
      withAnswers = false,
    }: { locale: Locale; topicId: Id; limit?: number; page?: number; withAnswers?: boolean },
    preview,
  ): Promise<TopicQuestions> => {
    if (!preview && !withAnswers) {
      // The topic page: the questions as their search rows hold them (listing.ts).
      const payload = await getPayloadClient()
      const found = await publishedQuestionsOnTopic('briefings', locale, { topicId, page, limit })
      return {
        questions: found.questions.map((question) => ({
          briefing: {
            id: (payload.db.defaultIDType === 'number' ? Number(question.documentId) : question.documentId) as Briefing['id'],
            title: question.documentTitle,
            slug: question.slug,
            date: question.date as Briefing['date'],
            spokesperson: question.spokesperson as Briefing['spokesperson'],
          },
          item: { key: question.anchor, question: question.question },
        })),
        page: found.page,
        totalPages: found.totalPages,
      }
    }
    // Items' fields are named one by one: with `items: true` Payload's SQL adapter returns every
    // item's `topics` (a has-many relationship inside the array) empty, and no Q&A ever matched.
    const read: { depth: number; select: BriefingsSelect<true>; populate?: PopulateType } = withAnswers
      ? {
          depth: 1,
          select: {
            title: true,
            slug: true,
            date: true,
            spokesperson: true,
            items: { key: true, question: true, answer: true, outlet: true, followUp: true, topics: true },
          },
          populate: { outlets: { name: true }, topics: { name: true, slug: true }, people: { name: true, slug: true } },
        }
      : { depth: 0, select: { title: true, slug: true, date: true, spokesperson: true, items: { key: true, question: true, topics: true } } }
    // A reader's page is found along the published list (listing.ts), a staff preview (drafts too)
    // on the briefings themselves.
    const result = preview
      ? await (await getPayloadClient()).find({
          collection: 'briefings',
          ...readArgs(locale, preview),
          limit,
          page,
          sort: '-date',
          where: { 'items.topics': { in: [topicId] } },
          ...read,
        })
      : await publishedWithQuestionsOnTopic('briefings', locale, { topicId, page, limit }).then(async ({ ids, ...paging }) => ({
          docs: await readPublishedInOrder('briefings', locale, ids, read),
          ...paging,
        }))
    const hasTopic = (topics: unknown): boolean => idsOf(topics).some((id) => sameId(id, topicId))
    const questions = result.docs.flatMap((briefing) =>
      (briefing.items ?? [])
        .filter((item) => hasTopic(item.topics) && item.question)
        .map((item) => ({
          briefing: { id: briefing.id, title: briefing.title, slug: briefing.slug, date: briefing.date, spokesperson: briefing.spokesperson },
          item,
        })),
    )
    return { questions, page: result.page ?? page, totalPages: result.totalPages }
  },
)
