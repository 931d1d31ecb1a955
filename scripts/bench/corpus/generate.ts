import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'
import { slugify } from '@/lib/text/slugify'

import {
  answerSentences,
  benchOutlets,
  benchPeople,
  benchTopics,
  briefingSummary,
  briefingTitle,
  cities,
  countries,
  openingSentences,
  questionTemplates,
  releaseSentences,
  releaseTitles,
  type Localized,
  type Slots,
} from './textBank'

/**
 * Pure, deterministic generation of the benchmark corpus (same seed, same corpus): documents as
 * plain paragraphs per locale, referring to topics, people and outlets by slug. The writer turns
 * them into Payload documents.
 */

export type ReleaseSpec = {
  slug: string
  eventDate: string
  people: string[]
  topics: string[]
  /** Indexes of earlier releases in the generated list. */
  related: number[]
  text: Record<Locale, { title: string; summary: string; location: string; body: string[] }>
}

export type BriefingItemSpec = {
  outlet: string | null
  followUp: boolean
  topics: string[]
  question: Localized
  answer: Record<Locale, string[]>
}

export type BriefingSpec = {
  slug: string
  date: string
  spokesperson: string
  text: Record<Locale, { title: string; summary: string; openingStatements: string[] }>
  items: BriefingItemSpec[]
}

/** mulberry32: small, fast, good enough for picking words. */
export const createRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!
  const sample = <T>(values: readonly T[], count: number): T[] => {
    const pool = [...values]
    const chosen: T[] = []
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
    return chosen
  }
  return { next, int, pick, sample }
}

type Random = ReturnType<typeof createRandom>

const fill = (template: string, slots: Slots, locale: Locale): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name as keyof Slots]
    if (typeof value === 'number') return String(value)
    return value ? value[locale] : `{${name}}`
  })

const fillAll = (template: Localized, slots: Slots): Localized =>
  Object.fromEntries(locales.map((locale) => [locale, fill(template[locale], slots, locale)])) as Localized

const startOfUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Sentences joined per language: Chinese without spaces, the others with. */
const paragraph = (sentences: Localized[], locale: Locale): string =>
  sentences.map((sentence) => startOfUpper(sentence[locale])).join(locale === 'zh' ? '' : ' ')

const slotsFor = (random: Random, overrides: Partial<Slots> = {}): Slots => {
  const official = random.pick(benchPeople.filter((person) => !person.isSpokesperson))
  return {
    official: official.name,
    role: official.role,
    country: random.pick(countries),
    city: random.pick(cities),
    topic: random.pick(benchTopics).name,
    n: random.int(2, 60),
    outlet: random.pick(benchOutlets).name,
    ...overrides,
  }
}

const DAY = 86_400_000
const START = Date.UTC(2019, 0, 1)
const END = Date.UTC(2025, 11, 31)

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

export const generateReleases = (count: number, seed = 20240903): ReleaseSpec[] => {
  const random = createRandom(seed)
  const releases: ReleaseSpec[] = []
  const span = (END - START) / DAY
  // Dates ascend with the index (plus jitter), so "related" releases are earlier ones.
  for (let index = 0; index < count; index++) {
    const day = Math.floor((index / count) * span) + random.int(0, 1)
    const eventDate = `${isoDay(START + day * DAY)}T00:00:00.000Z`
    const official = random.pick(benchPeople.filter((person) => !person.isSpokesperson))
    const topics = random.sample(benchTopics, random.int(1, 3))
    const slots = slotsFor(random, { official: official.name, role: official.role, topic: topics[0]!.name })
    const title = fillAll(random.pick(releaseTitles), slots)
    const paragraphs = Array.from({ length: random.int(4, 6) }, () =>
      Array.from({ length: random.int(2, 3) }, () =>
        fillAll(random.pick(releaseSentences), { ...slots, n: random.int(2, 60), topic: random.pick(topics).name }),
      ),
    )
    const summary = fillAll(random.pick(releaseSentences), slots)
    const text = Object.fromEntries(
      locales.map((locale) => [
        locale,
        {
          title: startOfUpper(title[locale]),
          summary: startOfUpper(summary[locale]),
          location: slots.city[locale],
          body: paragraphs.map((sentences) => paragraph(sentences, locale)),
        },
      ]),
    ) as ReleaseSpec['text']
    releases.push({
      slug: `${eventDate.slice(0, 10)}-${slugify(title.en).slice(0, 60).replace(/-+$/, '')}-${index + 1}`,
      eventDate,
      people: [official.slug],
      topics: topics.map((topic) => topic.slug),
      related:
        index > 10
          ? random.sample(
              Array.from({ length: 10 }, (_, back) => index - 1 - back),
              random.int(0, 3),
            )
          : [],
      text,
    })
  }
  return releases
}

export const generateBriefings = (count: number, itemsPerBriefing = 20, seed = 19491001): BriefingSpec[] => {
  const random = createRandom(seed)
  const spokespeople = benchPeople.filter((person) => person.isSpokesperson)
  const briefings: BriefingSpec[] = []
  const span = (END - START) / DAY
  for (let index = 0; index < count; index++) {
    // Regular press conferences on working days, spread over the same years as the releases (at
    // 10x several fall on one day): never in the future, whatever the count.
    let time = START + (Math.floor((index / count) * span) + random.int(0, 1)) * DAY
    while ([0, 6].includes(new Date(time).getUTCDay())) time += DAY
    const date = `${isoDay(time)}T00:00:00.000Z`
    const spokesperson = random.pick(spokespeople)
    const lead = random.pick(benchTopics)
    const itemCount = itemsPerBriefing + random.int(-2, 2)
    const headline = slotsFor(random, { official: spokesperson.name, topic: lead.name, n: itemCount })
    const opening = Array.from({ length: random.int(1, 2) }, () => fillAll(random.pick(openingSentences), slotsFor(random)))
    const items: BriefingItemSpec[] = []
    let previous: Slots | null = null
    for (let item = 0; item < itemCount; item++) {
      const followUp = previous !== null && random.next() < 0.15
      const topic = followUp ? null : random.pick(benchTopics)
      const slots: Slots = followUp && previous ? previous : slotsFor(random, topic ? { topic: topic.name } : {})
      const outlet = random.next() < 0.9 ? random.pick(benchOutlets) : null
      const answers = Array.from({ length: random.int(1, 2) }, () =>
        Array.from({ length: random.int(2, 3) }, () => fillAll(random.pick(answerSentences), slots)),
      )
      const question = fillAll(random.pick(questionTemplates), slots)
      items.push({
        outlet: outlet?.slug ?? null,
        followUp,
        topics: benchTopics.filter((candidate) => candidate.name.en === slots.topic.en).map((candidate) => candidate.slug),
        question: Object.fromEntries(locales.map((locale) => [locale, startOfUpper(question[locale])])) as Localized,
        answer: Object.fromEntries(locales.map((locale) => [locale, answers.map((sentences) => paragraph(sentences, locale))])) as Record<
          Locale,
          string[]
        >,
      })
      previous = slots
    }
    const title = fillAll(briefingTitle, headline)
    const summary = fillAll(briefingSummary, headline)
    briefings.push({
      slug: `${date.slice(0, 10)}-regular-press-conference-${index + 1}`,
      date,
      spokesperson: spokesperson.slug,
      text: Object.fromEntries(
        locales.map((locale) => [
          locale,
          { title: title[locale], summary: summary[locale], openingStatements: opening.map((sentence) => startOfUpper(sentence[locale])) },
        ]),
      ) as BriefingSpec['text'],
      items,
    })
  }
  return briefings
}
