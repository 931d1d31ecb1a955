/**
 * `npm run backup [-- <folder>]`: an online, consistent copy of the embedded SQLite database and
 * the uploaded media, taken while the server keeps running (lib/ops/backup.ts). Default folder:
 * `./backups/warta-<time>`. Exit 0 with what was written, 1 with the reason.
 */
import path from 'node:path'

import { exitAfterFlush } from '@/lib/cli/exit'
import { resolveDatabase } from '@/lib/db/resolveDatabase'
import { dataDir } from '@/lib/env'
import { createBackup } from '@/lib/ops/backup'
import { describeError } from '@/lib/ops/describeError'

const USAGE = 'Usage: npm run backup [-- <folder>]'

try {
  const args = process.argv.slice(2)
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) throw new Error(USAGE)
  const database = resolveDatabase(process.env.DATABASE_URI, dataDir())
  if (database.kind !== 'sqlite') {
    throw new Error('DATABASE_URI points at MongoDB: back it up with mongodump (or your provider’s snapshots) and copy the media folder; see docs/operations.md.')
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d\dZ$/, 'Z')
  const target = path.resolve(args[0] ?? path.join('backups', `warta-${stamp}`))
  const manifest = await createBackup({ databaseFile: database.file, mediaDir: path.join(dataDir(), 'media'), target })
  console.log(`Backup written to ${target}`)
  console.log(`  database: ${database.file} → warta.db (${(manifest.databaseBytes / 1024 / 1024).toFixed(1)} MB, ${manifest.tables} tables, integrity ok)`)
  console.log(`  media: ${manifest.mediaFiles} file(s)`)
  console.log(`Restore it with: npm run restore -- ${path.relative(process.cwd(), target) || target}`)
  await exitAfterFlush(0)
} catch (error) {
  console.error(`Backup failed: ${describeError(error)}`)
  await exitAfterFlush(1)
}
