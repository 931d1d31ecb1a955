import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from '@/migrations'

import type { DatabaseChoice } from './resolveDatabase'

const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations')

/**
 * Builds the Payload adapter for a resolved `DATABASE_URI`.
 *
 * SQLite never uses Drizzle's dev "push": the committed migrations are the only way the schema
 * changes, in development, tests and production alike, so a schema that works in a test is the
 * schema production gets. Production applies them at boot (`prodMigrations`); elsewhere
 * `applyMigrations` (an `onInit` step) does. MongoDB has no schema migrations (see docs/database.md).
 */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj => {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    push: false,
    migrationDir,
    prodMigrations: migrations,
    // WAL lets readers keep reading while an editor publishes; the timeout rides out locks held by a busy writer (an import, a corpus load).
    wal: true,
    busyTimeout: 20_000,
  })
}
