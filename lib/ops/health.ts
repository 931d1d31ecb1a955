import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { publicStateSyncAge } from '@/lib/publicState/sync'

import { sinceLastSchedulerTick } from './schedulerHeartbeat'

type Check = { ok: boolean; detail: string }

/** Scheduled publications more than this late mean nobody is working the queue. */
const OVERDUE_MS = 2 * 60_000
/** The runner ticks every 10 s; three missed ticks and it is not alive. */
const SCHEDULER_SILENT_MS = 30_000
/** A server that has not started its scheduler yet (just booted) is given this long. */
const STARTUP_GRACE_MS = 60_000
const startedAt = Date.now()

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200)

const checkDatabase = async (payload: Payload): Promise<Check> => {
  try {
    // A count, not a read: health answers anyone, and says nothing of the accounts themselves.
    await payload.count({ collection: 'users', overrideAccess: true })
    return { ok: true, detail: `reachable (${payload.db.name})` }
  } catch (error) {
    return { ok: false, detail: `not reachable: ${errorText(error)}` }
  }
}

const checkMigrations = async (payload: Payload): Promise<Check> => {
  if (payload.db.name !== 'sqlite') return { ok: true, detail: 'not needed on this database' }
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true })
    const applied = new Set(docs.map((doc) => doc.name))
    const missing = (migrations as unknown as Migration[]).filter((migration) => !applied.has(migration.name))
    return missing.length === 0
      ? { ok: true, detail: `all ${migrations.length} applied` }
      : { ok: false, detail: `not applied: ${missing.map((migration) => migration.name).join(', ')}` }
  } catch (error) {
    return { ok: false, detail: `cannot be read: ${errorText(error)}` }
  }
}

const checkScheduler = async (payload: Payload): Promise<Check> => {
  try {
    const overdue = await payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { queue: { equals: 'workflow' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { waitUntil: { less_than: new Date(Date.now() - OVERDUE_MS).toISOString() } },
        ],
      },
    })
    if (overdue.totalDocs > 0) return { ok: false, detail: `${overdue.totalDocs} scheduled publication(s) more than 2 minutes late` }
  } catch (error) {
    return { ok: false, detail: `job queue cannot be read: ${errorText(error)}` }
  }
  if (process.env.WARTA_SCHEDULER === 'off') return { ok: true, detail: 'off in this process (another process works the queue)' }
  const silent = sinceLastSchedulerTick()
  if (silent === null) {
    return Date.now() - startedAt < STARTUP_GRACE_MS ? { ok: true, detail: 'starting' } : { ok: false, detail: 'has not run since the server started' }
  }
  return silent <= SCHEDULER_SILENT_MS ? { ok: true, detail: `last ran ${Math.round(silent / 1000)} s ago` } : { ok: false, detail: `silent for ${Math.round(silent / 1000)} s` }
}

const checkPublicState = (payload: Payload): Check => {
  const age = publicStateSyncAge(payload)
  if (age === null) return { ok: true, detail: 'not following the change log in this process' }
  return age <= 5_000 ? { ok: true, detail: `change log read ${age} ms ago` } : { ok: false, detail: `change log not read for ${Math.round(age / 1000)} s` }
}

export type HealthReport = { status: 'ok' | 'unavailable'; checks: Record<string, Check> }

/**
 * What `GET /api/health` (app/(payload)/api/health/route.ts) reports for process managers and
 * load balancers: ok when the database answers, every committed migration is applied, the
 * scheduler runs (or another process does, and nothing is overdue) and this process follows the
 * public change log. Says nothing a visitor could use: no versions, no paths.
 */
export const healthReport = async (payload: Payload): Promise<HealthReport> => {
  const database = await checkDatabase(payload)
  const unreachable = { ok: false, detail: 'database not reachable' }
  const checks = {
    database,
    migrations: database.ok ? await checkMigrations(payload) : unreachable,
    scheduler: database.ok ? await checkScheduler(payload) : unreachable,
    publicChanges: checkPublicState(payload),
  }
  return { status: Object.values(checks).every((check) => check.ok) ? 'ok' : 'unavailable', checks }
}

/** When Payload itself cannot start (the database file is missing, unreadable or not a database). */
export const startupFailureReport = (error: unknown): HealthReport => ({
  status: 'unavailable',
  checks: { database: { ok: false, detail: `Payload cannot start: ${errorText(error)}` } },
})
