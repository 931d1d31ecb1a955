/**
 * The newsroom's document types, each described once. Everything that treats "the things editors
 * publish" as a set reads this module: the collection factory (access, workflow, versions,
 * preview), the workflow's texts and publishing gate, staleness, search entries, the sitemap,
 * feeds, cache tags, preview paths and the importer. Adding a type is one entry here, one
 * collection file (its own fields), its page routes and, if it can be imported, its parser rules.
 *
 * Pure data: no Payload, no React, so the admin, the site, scripts and unit tests can all import it.
 */

import type { ParseKeys } from 'i18next'

/** A translatable field: its text is compared for staleness and checked by the publishing gate. */
export type TextField = {
  name: string
  rich: boolean
  /**
   * Left out of the document's whole text (search, feeds) when this other field opens with it (any
   * case): a release's location is usually its body's dateline ("Jakarta, 2 Desember …"), and
   * given twice it read "Jakarta Jakarta, 2 Desember" in search excerpts and feed entries.
   */
  omitWhenOpening?: string
}

/** `fields` less those the field named by their `omitWhenOpening` already opens with (`textOf`: a field's plain text). */
export const withoutRepeatedFields = <F extends TextField>(fields: readonly F[], textOf: (field: F) => string): F[] => {
  const texts = new Map(fields.map((field) => [field.name, textOf(field).trim()]))
  return fields.filter((field) => {
    const text = texts.get(field.name)!.toLowerCase()
    const opening = field.omitWhenOpening ? texts.get(field.omitWhenOpening)?.toLowerCase() : undefined
    // A whole word: "Bali" is not the opening of "Balikpapan, 3 Mei …".
    return !(text && opening?.startsWith(text) && !/[\p{L}\p{N}]/u.test(opening.charAt(text.length)))
  })
}

export type NewsroomType = {
  /** Payload collection slug. */
  slug: string
  /** Path segment under `/[locale]`, the same in every language. */
  segment: string
  /** What a search hit on the whole document is called; also the importer's name for it. */
  kind: string
  /** What the importer calls a parsed document of this type (`kind` in its summaries). */
  importKind: string
  /** The document's own date (newest first in lists, feeds and the admin). */
  dateField: string
  /** The translated text of the document itself, in reading order. */
  textFields: readonly TextField[]
  /**
   * A repeated exchange (question + answer) whose rows are shared by every language and keyed
   * `q1`, `q2`, …: each becomes its own search entry linking to `#qN`.
   */
  items: { field: string; question: TextField; answer: TextField } | null
  /** Publishing gate: fields every locale must fill, and groups of which at least one must be. */
  required: { all: readonly string[]; oneOf: readonly (readonly string[])[] }
  /** A people relationship that is the document's speaker (search filters by it); null if none. */
  spokespersonField: string | null
  /** Has its own Atom feed per language. */
  feed: boolean
  /** What a reader's page of one document populates of its relationships (Payload `populate`). */
  populate: Readonly<Record<string, Readonly<Record<string, true>>>>
  /** Interface-string keys (i18next `common` and `lists`) for its navigation link and its feed. */
  strings: { nav: ParseKeys<'common'>; feed: ParseKeys<'lists'> }
  /** What the admin (English) calls one and several. */
  labels: { singular: string; plural: string }
}

/** Questions and answers, keyed q1, q2 … (briefings, statements). */
const QA_ITEMS = { field: 'items', question: { name: 'question', rich: false }, answer: { name: 'answer', rich: true } } as const

/** What a page of something the spokesperson said shows of its relationships. */
const SPOKEN_POPULATE = {
  people: { name: true, slug: true },
  outlets: { name: true },
  topics: { name: true, slug: true },
} as const

export const newsroomTypes = [
  {
    slug: 'press-releases',
    segment: 'press-releases',
    kind: 'release',
    importKind: 'press-release',
    dateField: 'eventDate',
    textFields: [
      { name: 'title', rich: false },
      { name: 'summary', rich: false },
      { name: 'location', rich: false, omitWhenOpening: 'body' },
      { name: 'body', rich: true },
    ],
    items: null,
    required: { all: ['title', 'body'], oneOf: [] },
    spokespersonField: null,
    feed: true,
    populate: {
      people: { name: true, slug: true },
      topics: { name: true, slug: true },
      'press-releases': { title: true, slug: true, eventDate: true },
    },
    strings: { nav: 'nav.releases', feed: 'feeds.releases' },
    labels: { singular: 'press release', plural: 'press releases' },
  },
  {
    slug: 'briefings',
    segment: 'briefings',
    kind: 'briefing',
    importKind: 'briefing',
    dateField: 'date',
    textFields: [
      { name: 'title', rich: false },
      { name: 'summary', rich: false },
      { name: 'openingStatements', rich: true },
    ],
    items: QA_ITEMS,
    required: { all: ['title'], oneOf: [['openingStatements', 'items']] },
    spokespersonField: 'spokesperson',
    feed: true,
    populate: SPOKEN_POPULATE,
    strings: { nav: 'nav.briefings', feed: 'feeds.briefings' },
    labels: { singular: 'briefing', plural: 'briefings' },
  },
  {
    // Remarks the spokesperson issues between briefings: a statement, often one question and answer.
    slug: 'statements',
    segment: 'statements',
    kind: 'statement',
    importKind: 'statement',
    dateField: 'date',
    textFields: [
      { name: 'title', rich: false },
      { name: 'summary', rich: false },
      { name: 'body', rich: true },
    ],
    items: QA_ITEMS,
    required: { all: ['title'], oneOf: [['body', 'items']] },
    spokespersonField: 'spokesperson',
    feed: true,
    populate: SPOKEN_POPULATE,
    strings: { nav: 'nav.statements', feed: 'feeds.statements' },
    labels: { singular: 'statement', plural: 'statements' },
  },
] as const satisfies readonly NewsroomType[]

export type NewsroomCollection = (typeof newsroomTypes)[number]['slug']
export type NewsroomKind = (typeof newsroomTypes)[number]['kind']

export const newsroomCollections: readonly NewsroomCollection[] = newsroomTypes.map((type) => type.slug)

const bySlug = new Map<string, NewsroomType>(newsroomTypes.map((type) => [type.slug, type]))
const byImportKind = new Map<string, NewsroomType>(newsroomTypes.map((type) => [type.importKind, type]))
const bySegment = new Map<string, NewsroomType>(newsroomTypes.map((type) => [type.segment, type]))

export const isNewsroomCollection = (value: unknown): value is NewsroomCollection =>
  typeof value === 'string' && bySlug.has(value)

export const newsroomType = (collection: NewsroomCollection): NewsroomType => bySlug.get(collection)!

/** The collection an imported document of this kind is written to. */
export const collectionOfImportKind = (kind: string): NewsroomCollection | null =>
  (byImportKind.get(kind)?.slug as NewsroomCollection | undefined) ?? null

/** The collection whose pages live under `/[locale]/<segment>`. */
export const collectionOfSegment = (segment: string): NewsroomCollection | null =>
  (bySegment.get(segment)?.slug as NewsroomCollection | undefined) ?? null

/** Every kind of search entry: one per type, and `question` for an item. */
export const searchEntryKinds = [...newsroomTypes.map((type) => type.kind), 'question' as const]
export type SearchEntryKind = (typeof searchEntryKinds)[number]
