/**
 * `npm run restore -- <backup folder> [--stop]`: puts a backup made by `npm run backup` in place
 * of the embedded database and media (lib/ops/backup.ts). Refuses while a Warta server runs on
 * this database, because it would keep serving (and writing) the old one; with `--stop` it stops
 * such servers first (SIGTERM: requests in progress finish) and says so. Start the server again
 * afterwards: it begins with empty caches, so readers see exactly the restored state.
 */
import path from 'node:path'

import { exitAfterFlush } from '@/lib/cli/exit'
import { resolveDatabase } from '@/lib/db/resolveDatabase'
import { dataDir } from '@/lib/env'
import { restoreBackup } from '@/lib/ops/backup'
import { liveServers } from '@/lib/ops/serverRegistry'
import { describeError } from '@/lib/ops/describeError'

const USAGE = 'Usage: npm run restore -- <backup folder> [--stop]'
const STOP_TIMEOUT_MS = 30_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

try {
  const args = process.argv.slice(2)
  const stop = args.includes('--stop')
  const folders = args.filter((arg) => !arg.startsWith('--'))
  if (folders.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--stop')) throw new Error(USAGE)
  const database = resolveDatabase(process.env.DATABASE_URI, dataDir())
  if (database.kind !== 'sqlite') throw new Error('DATABASE_URI points at MongoDB: restore it with mongorestore; see docs/operations.md.')

  const running = liveServers(dataDir()).filter((server) => path.resolve(server.database) === path.resolve(database.file))
  if (running.length > 0 && !stop) {
    const list = running.map((server) => `pid ${server.pid} on port ${server.port}`).join(', ')
    throw new Error(`a Warta server is running on ${database.file} (${list}). Stop it first, or run: npm run restore -- ${folders[0]} --stop`)
  }
  for (const server of running) {
    console.log(`Stopping the server (pid ${server.pid}, port ${server.port}) …`)
    process.kill(server.pid, 'SIGTERM')
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (liveServers(dataDir()).some((server) => running.some((stopping) => stopping.pid === server.pid))) {
    if (Date.now() > deadline) throw new Error(`the server did not stop within ${STOP_TIMEOUT_MS / 1000} s; nothing was restored.`)
    await sleep(100)
  }

  const { manifest, kept } = await restoreBackup({ backupDir: path.resolve(folders[0]!), databaseFile: database.file, mediaDir: path.join(dataDir(), 'media') })
  console.log(`Restored the backup of ${manifest.createdAt} into ${database.file} (${manifest.mediaFiles} media file(s)).`)
  if (kept.length > 0) console.log(`The previous state is kept beside it:\n${kept.map((file) => `  ${file}`).join('\n')}`)
  console.log(running.length > 0 ? 'Start the server again: npm start' : 'Start the server when you are ready: npm start')
  await exitAfterFlush(0)
} catch (error) {
  console.error(`Restore failed: ${describeError(error)}`)
  await exitAfterFlush(1)
}
