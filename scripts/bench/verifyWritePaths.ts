/**
 * `tsx scripts/bench/verifyWritePaths.ts` (with DATABASE_URI pointing at a scratch database):
 * writes the same release and briefing once through the seed's workflow path and once through
 * the benchmark's direct path, and compares what readers get (every locale), the workflow
 * records and the audit trail and the search rows. Exits 1 and prints the difference if the two
 * paths disagree on anything but ids, slugs and times.
 */
import type { Payload, Where } from 'payload'

import { getPayload } from 'payload'

import { exitAfterFlush } from '@/lib/cli/exit'
import { locales } from '@/lib/i18n/locales'

import { generateBriefings, generateReleases } from './corpus/generate'
import { ensureReferenceData, writeBriefing, writeRelease, type WritePath } from './corpus/write'

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
const refs = await ensureReferenceData(payload)
const suffix = Date.now().toString(36)

const volatile = new Set(['id', 'createdAt', 'updatedAt', 'slug', 'documentId', 'firstPublishedAt', 'lastPublishedAt', 'document', 'value'])
const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !volatile.has(key))
        .map(([key, inner]) => [key, strip(inner)]),
    )
  }
  return value
}

const snapshot = async (collection: 'press-releases' | 'briefings', id: number) => {
  const reader = Object.fromEntries(
    await Promise.all(
      locales.map(async (locale) => {
        const { docs } = await payload.find({
          collection,
          locale,
          fallbackLocale: false,
          overrideAccess: false,
          depth: 0,
          where: { id: { equals: id } },
        })
        return [locale, strip(docs[0] ?? null)] as const
      }),
    ),
  )
  const where: Where = { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] }
  const states = await payload.find({ collection: 'workflow-states', where, overrideAccess: true, depth: 0, sort: 'locale', limit: 10 })
  const events = await payload.find({ collection: 'workflow-events', where, overrideAccess: true, depth: 0, sort: 'id', limit: 100 })
  const search = await payload.find({
    collection: 'search-entries',
    where: { and: [{ sourceCollection: { equals: collection } }, { documentId: { equals: id } }] },
    overrideAccess: true,
    depth: 0,
    sort: 'id',
    pagination: false,
  })
  return {
    reader,
    states: strip(states.docs),
    events: events.docs.map((event) => [
      event.locale,
      event.action,
      event.fromState,
      event.toState,
      event.actorLabel,
      JSON.stringify(event.details ?? null),
    ]),
    search: strip(search.docs),
  }
}

const compare = async (
  payloadArg: Payload,
  label: string,
  write: (path: WritePath, slug: string) => Promise<number>,
  collection: 'press-releases' | 'briefings',
) => {
  void payloadArg
  const viaWorkflow = await snapshot(collection, await write('workflow', `verify-workflow-${suffix}`))
  const direct = await snapshot(collection, await write('direct', `verify-direct-${suffix}`))
  const differences = (['reader', 'states', 'events', 'search'] as const).filter(
    (part) => JSON.stringify(viaWorkflow[part]) !== JSON.stringify(direct[part]),
  )
  for (const part of differences) {
    console.log(
      `${label}: ${part} differs\n  workflow: ${JSON.stringify(viaWorkflow[part]).slice(0, 3000)}\n  direct:   ${JSON.stringify(direct[part]).slice(0, 3000)}`,
    )
  }
  if (differences.length === 0)
    console.log(`${label}: workflow path and direct path agree (reader view in ${locales.join('/')}, records, audit trail, search rows).`)
  return differences.length === 0
}

const release = generateReleases(3)[2]!
const briefing = generateBriefings(1)[0]!
const releaseOk = await compare(
  payload,
  'press release',
  (path, slug) => writeRelease(payload, { ...release, slug }, refs, { path }),
  'press-releases',
)
const briefingOk = await compare(
  payload,
  'briefing',
  (path, slug) => writeBriefing(payload, { ...briefing, slug }, refs, { path }),
  'briefings',
)
await payload.destroy()
await exitAfterFlush(releaseOk && briefingOk ? 0 : 1)
