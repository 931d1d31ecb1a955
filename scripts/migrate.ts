/**
 * `npm run migrate`: applies the committed SQLite migrations to the configured database and says
 * which are applied. (The server and every script apply them anyway when they start; this is for
 * deployments that migrate as a separate step.) On MongoDB there is nothing to apply.
 * Exit 0 when every committed migration is applied, 1 with the reason otherwise.
 */
import type { Migration } from 'payload'

import { getPayload } from 'payload'

import { exitAfterFlush } from '@/lib/cli/exit'
import { migrations } from '@/migrations'
import { describeError } from '@/lib/ops/describeError'

try {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  if (payload.db.name !== 'sqlite') {
    console.log(`Database: ${payload.db.name}. No schema migrations are needed; Payload creates its indexes at start.`)
    await exitAfterFlush(0)
  }
  // Idempotent: applied migrations are skipped (the same call the server makes at start).
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true })
  const applied = new Set(docs.map((doc) => doc.name))
  const missing = migrations.filter((migration) => !applied.has(migration.name))
  for (const migration of migrations) console.log(`  ${applied.has(migration.name) ? '✓' : '✗'} ${migration.name}`)
  if (missing.length > 0) {
    console.error(`Migrate: ${missing.length} committed migration(s) not applied: ${missing.map((migration) => migration.name).join(', ')}.`)
    await exitAfterFlush(1)
  }
  console.log(`Migrate: all ${migrations.length} committed migrations are applied.`)
  await exitAfterFlush(0)
} catch (error) {
  console.error(`Migrate failed: ${describeError(error)}`)
  await exitAfterFlush(1)
}
