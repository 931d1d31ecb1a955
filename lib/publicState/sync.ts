import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { onSiblingPublicChange, tellSiblingsOfPublicChange } from '@/lib/server/workers'

import { advancePublicGeneration, type PublicChangeSet } from './generation'

/**
 * How every server process learns that what readers may see has changed: from the database
 * itself. Every public change (a locale published, unpublished or withdrawn, a published document
 * deleted, a topic renamed…) inserts a row into `public-changes` in the same transaction as the
 * change (`recordPublicChange`). Each server process polls the log's signature — the row count
 * and the newest row — four times a second, and moves its public generation forward when it
 * differs (lib/publicState/generation.ts), which empties its caches. The process that made the
 * change polls right after its commit (`syncPublicState`), so its own next request already sees it.
 *
 * The log is the signal: no shared memory, and the one message between processes (the workers of
 * one WARTA_WORKERS server telling each other to read the log now) is only a hint. A second
 * `npm start` on the same SQLite file, or N processes on one MongoDB behind a load balancer,
 * follow the same log. After a restart, a restore or a switch to another database, a process
 * starts with empty caches and keeps nothing until its first poll has succeeded.
 *
 * Why a signature and not "rows since the last poll": a row's `createdAt` is written before its
 * transaction commits, so rows can appear out of time order; any new row changes the count or the
 * newest row, and the pruning of old rows (which lowers the count) adds a row of its own.
 */

export const PUBLIC_CHANGES = 'public-changes' as const

export type PublicChange = {
  action: string
  collection: string
  documentId?: number | string | null
  slug?: string | null
  locales?: readonly string[] | null
}

/** Records a public change in the caller's transaction (pass the operation's `req`). */
export const recordPublicChange = async (payload: Payload, req: Partial<PayloadRequest> | undefined, change: PublicChange): Promise<void> => {
  await payload.create({
    collection: PUBLIC_CHANGES,
    data: {
      action: change.action,
      sourceCollection: change.collection,
      documentId: change.documentId === null || change.documentId === undefined ? null : String(change.documentId),
      slug: change.slug ?? null,
      locales: change.locales ? [...change.locales] : null,
    },
    depth: 0,
    overrideAccess: true,
    // Only the staff member's transaction matters here, not their permissions.
    req: req ? ({ ...req, user: null } as Partial<PayloadRequest>) : undefined,
  })
}

const POLL_MS = 250
/** Without a successful poll for this long, caches stop keeping anything. */
const UNSYNCED_AFTER_MS = 2_000
const PRUNE_EVERY_MS = 60 * 60_000
const KEEP_MS = 24 * 60 * 60_000

type Signature = { count: number; newestId: string | null }

type SyncState = {
  signature: Signature | null
  /** Ids of the newest rows read last time, to tell which rows are new. */
  recent: Set<string>
  lastSuccess: number
  lastPrune: number
  running: Promise<void> | null
  queued: Promise<void> | null
  timer: NodeJS.Timeout | null
  failureLogged: boolean
}

const STATE = Symbol.for('warta.publicStateSync')
const stateFor = (payload: Payload): SyncState => {
  const holder = payload as unknown as { [STATE]?: SyncState }
  holder[STATE] ??= { signature: null, recent: new Set(), lastSuccess: 0, lastPrune: Date.now(), running: null, queued: null, timer: null, failureLogged: false }
  return holder[STATE]
}

const readSignature = async (payload: Payload): Promise<Signature> => {
  // Paginated with limit 1: one query returns both the newest row and the total count.
  const { docs, totalDocs } = await payload.find({
    collection: PUBLIC_CHANGES,
    depth: 0,
    limit: 1,
    sort: '-createdAt',
    select: { createdAt: true },
    overrideAccess: true,
  })
  return { count: totalDocs, newestId: docs[0] ? String(docs[0].id) : null }
}

/** How many of the newest rows are read to say what changed (beyond that: everything). */
const DETAIL_WINDOW = 50

/**
 * Which documents the new rows name, for purges by tag (lib/publicState/frontingCache.ts). When the
 * rows read cannot account for the whole change — more rows than the window, a late commit below
 * it, a prune — the answer is `everything`, which is always correct.
 */
const describeChanges = async (payload: Payload, state: SyncState, previous: Signature, now: Signature): Promise<PublicChangeSet> => {
  const { docs } = await payload.find({
    collection: PUBLIC_CHANGES,
    depth: 0,
    limit: DETAIL_WINDOW,
    sort: '-createdAt',
    select: { action: true, sourceCollection: true, slug: true },
    overrideAccess: true,
  })
  const fresh = docs.filter((doc) => !state.recent.has(String(doc.id)))
  state.recent = new Set(docs.map((doc) => String(doc.id)))
  const accounted = now.count - previous.count === fresh.length && fresh.length < DETAIL_WINDOW
  if (!accounted || fresh.some((doc) => doc.action === 'prune')) return { everything: true }
  return { everything: false, documents: fresh.map((doc) => ({ collection: doc.sourceCollection, slug: doc.slug ?? null, action: doc.action })) }
}

/** Old rows are of no use to anyone: each process only compares signatures. */
const prune = async (payload: Payload): Promise<void> => {
  const before = new Date(Date.now() - KEEP_MS).toISOString()
  const { totalDocs } = await payload.count({ collection: PUBLIC_CHANGES, where: { createdAt: { less_than: before } }, overrideAccess: true })
  if (totalDocs === 0) return
  // Pruning lowers the count; the row written in the same transaction makes the signature change anyway.
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    await payload.delete({ collection: PUBLIC_CHANGES, where: { createdAt: { less_than: before } }, overrideAccess: true, req })
    await recordPublicChange(payload, req, { action: 'prune', collection: PUBLIC_CHANGES })
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

const poll = async (payload: Payload, state: SyncState): Promise<void> => {
  try {
    const signature = await readSignature(payload)
    const previous = state.signature
    const changed = !previous || signature.count !== previous.count || signature.newestId !== previous.newestId
    if (changed) {
      const changes: PublicChangeSet = previous ? await describeChanges(payload, state, previous, signature) : { everything: true }
      if (!previous) await describeChanges(payload, state, signature, signature)
      state.signature = signature
      advancePublicGeneration({ synced: true, changes })
      // The other workers of a WARTA_WORKERS server read the log now (lib/server/workers.ts).
      if (previous) tellSiblingsOfPublicChange()
    }
    state.lastSuccess = Date.now()
    state.failureLogged = false
  } catch (error) {
    if (!state.failureLogged) {
      state.failureLogged = true
      payload.logger.error({ err: error, msg: 'Cannot read the public change log; reader caches keep nothing until it can be read again.' })
    }
    if (state.signature && Date.now() - state.lastSuccess > UNSYNCED_AFTER_MS) {
      state.signature = null
      advancePublicGeneration({ synced: false })
    }
  }
}

/**
 * Polls now and resolves when a poll that started after this call has finished: called right after
 * a commit, it guarantees that this process's caches no longer hold what the commit changed.
 */
export const syncPublicState = (payload: Payload): Promise<void> => {
  const state = stateFor(payload)
  // A process that does not follow the log (a script, a test) keeps no reader caches at all.
  if (!state.timer) return Promise.resolve()
  if (!state.running) {
    state.running = poll(payload, state).finally(() => {
      state.running = null
    })
    return state.running
  }
  state.queued ??= state.running.then(() => {
    state.queued = null
    return syncPublicState(payload)
  })
  return state.queued
}

/**
 * Starts following the change log (server processes only: `onInit` inside Next.js). Scripts and
 * tests do not, so their reads are never cached.
 */
export const startPublicStateSync = (payload: Payload): void => {
  const state = stateFor(payload)
  if (state.timer) return
  state.timer = setInterval(() => {
    if (!state.running) void syncPublicState(payload)
    if (Date.now() - state.lastPrune > PRUNE_EVERY_MS) {
      state.lastPrune = Date.now()
      prune(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'Pruning the public change log failed; trying again in an hour.' }))
    }
  }, POLL_MS)
  state.timer.unref()
  onSiblingPublicChange(() => void syncPublicState(payload))
  void syncPublicState(payload)
}

/** Milliseconds since the change log was last read; null when this process does not follow it. */
export const publicStateSyncAge = (payload: Payload): number | null => {
  const state = stateFor(payload)
  return state.timer ? Date.now() - state.lastSuccess : null
}

/** Stops following (tests that start and stop a server-like Payload). */
export const stopPublicStateSync = (payload: Payload): void => {
  const state = stateFor(payload)
  if (state.timer) clearInterval(state.timer)
  state.timer = null
}
