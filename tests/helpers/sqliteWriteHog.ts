/**
 * Another process that writes without pause: one write transaction after another on the SQLite
 * file given, for the given milliseconds, each holding the lock for about 20 ms of work (as a
 * document's save does), through Warta's own client (so it plays by the
 * same turn-taking rules a second server or an import would). Prints `started`, then the count.
 * Run: node --conditions=production scripts/run.mjs tests/helpers/sqliteWriteHog.ts <file> <ms>
 */
import { createSerializedClient } from '@/lib/db/sqliteClient'

const [file, ms] = process.argv.slice(2)
const client = createSerializedClient({ url: `file:${file}`, busyTimeoutMs: 30_000 })
const deadline = Date.now() + Number(ms)
let count = 0
process.stdout.write('started\n')
while (Date.now() < deadline) {
  const tx = await client.transaction('write')
  await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`hog ${count}`] })
  // The work a save does between its statements, with the lock held.
  for (const until = Date.now() + 20; Date.now() < until; );
  await tx.commit()
  count++
}
client.close()
process.stdout.write(`${count}\n`)
