/**
 * Child process of `npm run bench`, run while the server is up: creates a reviewer and an editor
 * account in the bench database (and an admin first, if there is no user yet: the first user
 * always becomes admin), N new press releases and M new 20-item briefings taken through the
 * workflow up to `approved` in every locale by the system actor. The benchmark then publishes
 * them over HTTP as the reviewer. Prints one JSON line
 * `{"drafts":[…],"briefings":[…],"reviewer":{email,password},"editor":{email,password}}`.
 */
import crypto from 'node:crypto'

import { getPayload } from 'payload'

import { exitAfterFlush } from '@/lib/cli/exit'

import { generateBriefings, generateReleases } from './corpus/generate'
import { ensureReferenceData, writeBriefing, writeRelease } from './corpus/write'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) || fallback : fallback
}
const count = argument('count', 5)
const briefingCount = argument('briefings', 0)
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
const system = { overrideAccess: true } as const

const ensureUser = async (email: string, roles: ('admin' | 'reviewer' | 'editor')[], password: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, ...system })
  if (docs[0]) {
    await payload.update({ collection: 'users', id: docs[0].id, data: { password }, ...system })
    return
  }
  await payload.create({ collection: 'users', data: { email, name: email.split('@')[0]!, password, roles, locales: [] }, ...system })
}

const { totalDocs: users } = await payload.count({ collection: 'users', ...system })
if (users === 0) await ensureUser('bench-admin@example.com', ['admin'], crypto.randomBytes(18).toString('hex'))
const reviewer = { email: 'bench-reviewer@example.com', password: crypto.randomBytes(18).toString('hex') }
await ensureUser(reviewer.email, ['reviewer'], reviewer.password)
const editor = { email: 'bench-editor@example.com', password: crypto.randomBytes(18).toString('hex') }
await ensureUser(editor.email, ['editor'], editor.password)

const refs = await ensureReferenceData(payload)
const run = Date.now().toString(36)
// Ordinary releases from the same generator, dated today, with a title no page shows yet.
const drafts = []
for (const [index, spec] of generateReleases(count, Date.now() % 1_000_000).entries()) {
  const marker = `Bench ${run}-${index + 1}`
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`
  const text = Object.fromEntries(
    Object.entries(spec.text).map(([locale, value]) => [locale, { ...value, title: `${value.title} (${marker})` }]),
  ) as typeof spec.text
  const slug = `bench-visible-${run}-${index + 1}`
  const id = await writeRelease(payload, { ...spec, slug, eventDate: today, related: [], text }, refs, { path: 'approve' })
  drafts.push({ id, slug, title: text.id.title, marker })
}
const briefings = []
for (const [index, spec] of generateBriefings(briefingCount, 20, Date.now() % 1_000_000).entries()) {
  const slug = `bench-briefing-${run}-${index + 1}`
  const date = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`
  const id = await writeBriefing(payload, { ...spec, slug, date }, refs, { path: 'approve' })
  briefings.push({ id, slug, items: spec.items.length })
}
console.log(JSON.stringify({ drafts, briefings, reviewer, editor }))
await payload.destroy()
await exitAfterFlush(0)
