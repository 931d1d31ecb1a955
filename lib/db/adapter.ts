import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from '@/migrations'

import type { DatabaseChoice } from './resolveDatabase'

import { withMigrationLock } from './migrationLock'
import { indexParentIds } from './parentIndexes'
import { withSessionMerging } from './sessionMerge'
import { createSerializedClient } from './sqliteClient'

const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations')

/** How long a write waits for SQLite's lock (another process's transaction, a long import). */
const BUSY_TIMEOUT_MS = 20_000

/**
 * Builds the Payload adapter for a resolved `DATABASE_URI`.
 *
 * SQLite never uses Drizzle's dev "push": the committed migrations are the only way the schema
 * changes, in development, tests and production alike, so a schema that works in a test is the
 * schema production gets. Production applies them at boot (`prodMigrations`); elsewhere
 * `applyMigrations` (an `onInit` step) does. MongoDB has no schema migrations (see docs/database.md).
 *
 * Every write is a transaction on both: MongoDB's are Payload's default (a replica set is
 * required), SQLite's are switched on here and run on Warta's serialized connection
 * (lib/db/sqliteClient.ts), installed before the adapter connects. WAL stays on, so readers never
 * wait for a publish.
 */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj => {
  if (choice.kind === 'mongodb') return withSafeSessions(mongooseAdapter({ url: choice.url }))
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  const sqlite = sqliteAdapter({
    client: { url: choice.url },
    push: false,
    migrationDir,
    prodMigrations: migrations,
    // Any truthy value turns Payload's transactions on; the connection below decides how they run.
    transactionOptions: {},
    afterSchemaInit: [indexParentIds],
  })
  return withSafeSessions({
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args) as ReturnType<typeof sqlite.init> & { client?: unknown }
      const connect = adapter.connect!
      adapter.connect = async function (this: typeof adapter, options) {
        // The stock connect creates its own client only when none is set.
        this.client ??= createSerializedClient({ url: choice.url, busyTimeoutMs: BUSY_TIMEOUT_MS })
        return connect.call(this, options)
      }
      // Both paths (prodMigrations at connect, applyMigrations at init) go through migrate; the
      // planner's statistics are refreshed after it, for the indexes it may have created.
      const migrate = adapter.migrate.bind(adapter)
      adapter.migrate = async (args) => {
        await withMigrationLock(choice.file, () => migrate(args))
        // Statistics only speed queries up: a server that cannot write them (the lock held by
        // another process for 20 s, a full disk) still starts, and tries again within the hour.
        try {
          await (adapter.client as { optimize?: () => Promise<unknown> } | undefined)?.optimize?.()
        } catch (error) {
          adapter.payload.logger.warn({ err: error }, "SQLite: refreshing the query planner's statistics failed; the next try is within the hour")
        }
      }
      return adapter
    },
  })
}

/** Logins, logouts and refreshes of one account never undo each other (lib/db/sessionMerge.ts). */
const withSafeSessions = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const authCollections = new Set(args.payload.config.collections.filter((collection) => collection.auth).map((collection) => collection.slug))
    return withSessionMerging(adapter, authCollections)
  },
})
