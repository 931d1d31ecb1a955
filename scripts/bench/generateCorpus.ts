/**
 * Child process of `npm run bench`: writes the benchmark corpus into the database named by
 * DATABASE_URI (the bench database, never ./data/warta.db). Resumes by slug, so an interrupted
 * run continues where it stopped; prints one JSON line `{"bench":…}` with what it did.
 *
 * Arguments: --releases N --briefings N [--limit N]. `--limit` writes at most N new documents (to
 * measure the write rate). Every document goes through the workflow (corpus/write.ts).
 */
import fs from 'node:fs'
import nodePath from 'node:path'

import { getPayload } from 'payload'

import { exitAfterFlush } from '@/lib/cli/exit'
import { dataDir } from '@/lib/env'

import { generateBriefings, generateReleases } from './corpus/generate'
import { ensureReferenceData, existingSlugs, writeBriefing, writeRelease, type WritePath } from './corpus/write'

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${process.argv[index + 1]}`)
  return value
}

const releaseCount = argument('releases', 2000)
const briefingCount = argument('briefings', 300)
const limit = argument('limit', Number.MAX_SAFE_INTEGER)
const path: WritePath = 'publish'

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
const started = performance.now()

const releases = generateReleases(releaseCount)
const briefings = generateBriefings(briefingCount)
const releaseIds = await existingSlugs(payload, 'press-releases')
const briefingIds = await existingSlugs(payload, 'briefings')
const refs = await ensureReferenceData(payload)

let written = 0
const timings = { releases: { count: 0, ms: 0 }, briefings: { count: 0, ms: 0 } }
const progress = (label: string, done: number, total: number) => {
  if (written > 0 && (done % 100 === 0 || done === total))
    process.stderr.write(`  ${label}: ${done}/${total} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
}

// A corpus written by an earlier version of the generator keeps briefings this one no longer makes
// (their dates, so their slugs, changed): removed through Payload's delete, which withdraws them
// from search like an editor's delete. Only the generator's own slugs; never under --limit (a
// measurement of the write rate, or the benchmark measuring a corpus as it is).
const wanted = new Set(briefings.map((spec) => spec.slug))
let pruned = 0
for (const [slug, id] of process.argv.includes('--limit') ? [] : briefingIds) {
  if (wanted.has(slug) || !/-regular-press-conference-\d+$/.test(slug)) continue
  await payload.delete({ collection: 'briefings', id, overrideAccess: true })
  briefingIds.delete(slug)
  if (++pruned % 100 === 0) process.stderr.write(`  removed ${pruned} briefings of an earlier generator\n`)
}

// Briefings first: fewer, heavier, and their rate tells early whether the budget holds.
for (const [index, spec] of briefings.entries()) {
  if (written >= limit) break
  if (!briefingIds.has(spec.slug)) {
    const at = performance.now()
    briefingIds.set(spec.slug, await writeBriefing(payload, spec, refs, { path }))
    timings.briefings.count++
    timings.briefings.ms += performance.now() - at
    written++
  }
  progress('briefings', index + 1, briefings.length)
}
const idByIndex: number[] = []
for (const [index, spec] of releases.entries()) {
  if (written >= limit) break
  let id = releaseIds.get(spec.slug)
  if (id === undefined) {
    const at = performance.now()
    const relatedIds = spec.related.map((back) => idByIndex[back]).filter((value): value is number => value !== undefined)
    id = await writeRelease(payload, spec, refs, { path, relatedIds })
    releaseIds.set(spec.slug, id)
    timings.releases.count++
    timings.releases.ms += performance.now() - at
    written++
  }
  idByIndex[index] = id
  progress('releases', index + 1, releases.length)
}

const complete = releases.every((spec) => releaseIds.has(spec.slug)) && briefings.every((spec) => briefingIds.has(spec.slug))
const [searchEntries, workflowEvents] = await Promise.all([
  payload.count({ collection: 'search-entries', overrideAccess: true }),
  payload.count({ collection: 'workflow-events', overrideAccess: true }),
])
const summary = {
  complete,
  written,
  pruned,
  seconds: (performance.now() - started) / 1000,
  perRelease: timings.releases.count ? timings.releases.ms / timings.releases.count : null,
  perBriefing: timings.briefings.count ? timings.briefings.ms / timings.briefings.count : null,
  releases: releases.filter((spec) => releaseIds.has(spec.slug)).length,
  briefings: briefings.filter((spec) => briefingIds.has(spec.slug)).length,
  // Releases published by earlier runs' publish→visible measurement.
  otherReleases: releaseIds.size - releases.filter((spec) => releaseIds.has(spec.slug)).length,
  qaItems: briefings.filter((spec) => briefingIds.has(spec.slug)).reduce((sum, spec) => sum + spec.items.length, 0),
  searchEntries: searchEntries.totalDocs,
  workflowEvents: workflowEvents.totalDocs,
}
// The first complete generation is remembered, so a later run that reuses the corpus can say
// how long it took to make.
const marker = nodePath.join(dataDir(), 'corpus.json')
if (complete && written > 0) fs.writeFileSync(marker, JSON.stringify({ ...summary, generatedAt: new Date().toISOString() }, null, 2))
console.log(JSON.stringify({ bench: summary }))
await payload.destroy()
await exitAfterFlush(0)
