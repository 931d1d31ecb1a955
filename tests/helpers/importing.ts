import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { ImportText } from '@/lib/import/2-merge/model'

import { locales } from '@/lib/i18n/locales'
import { demoOutlets, demoPeople } from '@/lib/seed/demoContent'

export const importFixture = (relative: string): ImportText => {
  const file = path.resolve('tests/fixtures', relative)
  return { name: path.basename(file), content: new Uint8Array(fs.readFileSync(file)) }
}

/** The demo people and outlets (Mao Ning, CCTV = 总台央视 …) without any release or briefing. */
export const createReferenceData = async (payload: Payload) => {
  const [first, ...rest] = locales
  for (const person of demoPeople) {
    const doc = await payload.create({
      collection: 'people',
      locale: first,
      data: { slug: person.slug, name: person.name[first], role: person.role[first] },
    })
    for (const locale of rest) await payload.update({ collection: 'people', id: doc.id, locale, data: { name: person.name[locale] } })
  }
  for (const outlet of demoOutlets) {
    const doc = await payload.create({
      collection: 'outlets',
      locale: first,
      data: { slug: outlet.slug, name: outlet.name[first], aliases: outlet.aliases.map((alias) => ({ alias })) },
    })
    for (const locale of rest) await payload.update({ collection: 'outlets', id: doc.id, locale, data: { name: outlet.name[locale] } })
  }
}

/** Everything an import can write, counted: documents, their versions, workflow records and audit entries. */
export const countWrites = async (payload: Payload) => {
  const [releases, briefings, releaseVersions, briefingVersions, states, events] = await Promise.all([
    payload.count({ collection: 'press-releases' }),
    payload.count({ collection: 'briefings' }),
    payload.countVersions({ collection: 'press-releases' }),
    payload.countVersions({ collection: 'briefings' }),
    payload.count({ collection: 'workflow-states' }),
    payload.count({ collection: 'workflow-events' }),
  ])
  return {
    documents: releases.totalDocs + briefings.totalDocs,
    versions: releaseVersions.totalDocs + briefingVersions.totalDocs,
    workflowStates: states.totalDocs,
    workflowEvents: events.totalDocs,
  }
}

/** A briefing as stored, every language at once. */
export const readBriefing = (payload: Payload, id: number | string) =>
  payload.findByID({ collection: 'briefings', id, locale: 'all', draft: true, depth: 0 })
