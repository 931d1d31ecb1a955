import type { Payload, Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import { locales } from '@/lib/i18n/locales'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { runWorkflowAction } from '@/lib/workflow/engine'

import { demoBriefing, demoGlossary, demoOutlets, demoPeople, demoRelease, demoTopics, demoUsers } from './demoContent'
import type { Id } from '@/lib/db/ids'
import type { NewsroomCollection } from '@/lib/newsroom/registry'

type SeedOptions = { withUsers: boolean; password: string }

export type SeedReport = { created: string[]; skipped: string[] }

// Seeding is the system acting on its own database, not a reader or staff request: access
// control is deliberately bypassed.
const system = { overrideAccess: true } as const
// Newsroom documents are written as drafts, then taken through the editorial workflow by the
// system actor (submit, approve, publish every locale), so the demo starts with the same records
// and audit trail a real newsroom would have.
const seedDraft = {
  overrideAccess: true,
  draft: true,
  context: { auditAction: 'seed', actorLabel: 'seed' },
} as const
const seedActor = { kind: 'system', label: 'seed' } as const

const publishThroughWorkflow = async (payload: Payload, collection: NewsroomCollection, id: Id) => {
  for (const action of ['submit', 'approve', 'publish'] as const) {
    await runWorkflowAction(payload, { collection, id, action, actor: seedActor })
  }
}

type ReferenceSlug = 'people' | 'outlets' | 'topics' | 'glossary-terms'

const findIdBySlug = async (payload: Payload, collection: ReferenceSlug | 'press-releases' | 'briefings', slug: string) => {
  const where: Where = { slug: { equals: slug } }
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, ...system })
  return docs[0]?.id
}

const [firstLocale, ...laterLocales] = locales

/** Idempotent: anything that already exists (by slug or e-mail) is left exactly as it is. */
export const seedDemo = async (payload: Payload, { withUsers, password }: SeedOptions): Promise<SeedReport> => {
  const report: SeedReport = { created: [], skipped: [] }
  const ids = new Map<string, number | string>()

  const ensure = async (collection: ReferenceSlug | 'press-releases' | 'briefings', slug: string, make: () => Promise<number | string>) => {
    const existing = await findIdBySlug(payload, collection, slug)
    if (existing !== undefined) {
      report.skipped.push(`${collection}/${slug}`)
      ids.set(`${collection}/${slug}`, existing)
      return
    }
    ids.set(`${collection}/${slug}`, await make())
    report.created.push(`${collection}/${slug}`)
  }
  const idBySlug = (collection: string, slug: string): number => {
    const id = ids.get(`${collection}/${slug}`)
    if (typeof id !== 'number') throw new Error(`Seed references ${collection}/${slug}, which was not created`)
    return id
  }

  // Each document is written in the default locale first, then once per other locale, the way
  // an editor and the translators would have done it.
  for (const person of demoPeople) {
    await ensure('people', person.slug, async () => {
      const doc = await payload.create({
        collection: 'people',
        locale: firstLocale,
        data: { slug: person.slug, name: person.name[firstLocale], role: person.role[firstLocale] },
        ...system,
      })
      for (const locale of laterLocales) {
        await payload.update({ collection: 'people', id: doc.id, locale, data: { name: person.name[locale], role: person.role[locale] }, ...system })
      }
      return doc.id
    })
  }
  for (const outlet of demoOutlets) {
    await ensure('outlets', outlet.slug, async () => {
      const doc = await payload.create({
        collection: 'outlets',
        locale: firstLocale,
        data: { slug: outlet.slug, name: outlet.name[firstLocale], aliases: outlet.aliases.map((alias) => ({ alias })) },
        ...system,
      })
      for (const locale of laterLocales) {
        await payload.update({ collection: 'outlets', id: doc.id, locale, data: { name: outlet.name[locale] }, ...system })
      }
      return doc.id
    })
  }
  for (const topic of demoTopics) {
    await ensure('topics', topic.slug, async () => {
      const doc = await payload.create({
        collection: 'topics',
        locale: firstLocale,
        data: { slug: topic.slug, name: topic.name[firstLocale] },
        ...system,
      })
      for (const locale of laterLocales) {
        await payload.update({ collection: 'topics', id: doc.id, locale, data: { name: topic.name[locale] }, ...system })
      }
      return doc.id
    })
  }

  for (const term of demoGlossary) {
    await ensure('glossary-terms', term.slug, async () => {
      const doc = await payload.create({
        collection: 'glossary-terms',
        locale: firstLocale,
        data: { slug: term.slug, kind: term.kind, name: term.name[firstLocale], aliases: term.aliases.map((alias) => ({ alias })) },
        ...system,
      })
      for (const locale of laterLocales) {
        await payload.update({ collection: 'glossary-terms', id: doc.id, locale, data: { name: term.name[locale] }, ...system })
      }
      return doc.id
    })
  }

  await ensure('press-releases', demoRelease.slug, async () => {
    const localized = (locale: Locale) => ({
      title: demoRelease.title[locale],
      summary: demoRelease.summary[locale],
      location: demoRelease.location[locale],
      body: paragraphsToRichText(demoRelease.body[locale]),
      _status: 'draft' as const,
    })
    const doc = await payload.create({
      collection: 'press-releases',
      locale: firstLocale,
      data: {
        slug: demoRelease.slug,
        eventDate: demoRelease.eventDate,
        originalPublishedAt: demoRelease.originalPublishedAt,
        sourceLocale: demoRelease.sourceLocale,
        people: demoRelease.people.map((slug) => idBySlug('people', slug)),
        topics: demoRelease.topics.map((slug) => idBySlug('topics', slug)),
        ...localized(firstLocale),
      },
      ...seedDraft,
    })
    for (const locale of laterLocales) {
      await payload.update({ collection: 'press-releases', id: doc.id, locale, data: localized(locale), ...seedDraft })
    }
    await publishThroughWorkflow(payload, 'press-releases', doc.id)
    return doc.id
  })

  await ensure('briefings', demoBriefing.slug, async () => {
    const localized = (locale: Locale, rowIds: (string | null | undefined)[]) => ({
      title: demoBriefing.title[locale],
      summary: demoBriefing.summary[locale],
      // Item rows are shared by all locales: later locales address the rows the first one
      // created (by row id) and add only their own question and answer text.
      items: demoBriefing.items.map((item, index) => ({
        ...(rowIds[index] ? { id: rowIds[index] } : {}),
        key: item.key,
        outlet: item.outlet,
        followUp: item.followUp,
        topics: item.topics.map((slug) => idBySlug('topics', slug)),
        question: item.question[locale],
        answer: paragraphsToRichText(item.answer[locale]),
      })),
      _status: 'draft' as const,
    })
    const doc = await payload.create({
      collection: 'briefings',
      locale: firstLocale,
      data: {
        slug: demoBriefing.slug,
        date: demoBriefing.date,
        originalPublishedAt: demoBriefing.originalPublishedAt,
        sourceLocale: demoBriefing.sourceLocale,
        spokesperson: idBySlug('people', demoBriefing.spokesperson),
        ...localized(firstLocale, []),
      },
      ...seedDraft,
    })
    const rowIds = (doc.items ?? []).map((row) => row.id)
    for (const locale of laterLocales) {
      await payload.update({ collection: 'briefings', id: doc.id, locale, data: localized(locale, rowIds), ...seedDraft })
    }
    await publishThroughWorkflow(payload, 'briefings', doc.id)
    return doc.id
  })

  if (withUsers) {
    for (const user of demoUsers) {
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } }, ...system })
      if (totalDocs > 0) {
        report.skipped.push(`users/${user.email}`)
        continue
      }
      await payload.create({
        collection: 'users',
        data: { email: user.email, name: user.name, password, roles: [...user.roles], locales: [...user.locales] },
        ...system,
      })
      report.created.push(`users/${user.email}`)
    }
  }
  return report
}
