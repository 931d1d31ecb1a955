/**
 * `npm run demo`: the whole product on the embedded default, from a fresh clone.
 * Checks the configuration, builds (unless the build is newer than the sources), migrates and
 * seeds the demo newsroom, then serves site and admin with the production server (server.ts) and prints the logins.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import { buildDatedFromStart, isBuildFresh } from '@/lib/cli/build'
import { exitAfterFlush } from '@/lib/cli/exit'
import { bin, productionServer, scriptCommand, serverExitOutcome } from '@/lib/cli/processes'
import { resolveDatabase } from '@/lib/db/resolveDatabase'
import { dataDir, readOrCreateLocalSecret, serverURL } from '@/lib/env'


const fail = async (message: string): Promise<never> => {
  console.error(`\nnpm run demo: ${message}`)
  return exitAfterFlush(1)
}

let database
try {
  database = resolveDatabase(process.env.DATABASE_URI, dataDir())
} catch (error) {
  await fail((error as Error).message)
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  // A local demo may run without a configured secret: one is generated once and kept in ./data/.
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || readOrCreateLocalSecret(dataDir()),
}
// The admin's Preview button needs a preview secret; a demo derives one from the session secret.
env.PREVIEW_SECRET ||= crypto.createHash('sha256').update(`${env.PAYLOAD_SECRET}:preview`).digest('hex')

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.map((arg) => path.basename(arg)).join(' ')} exited with ${code ?? signal}`)),
    )
  })

try {
  console.log(`Database: ${database!.kind === 'sqlite' ? `SQLite at ${database!.file}` : 'MongoDB'}`)
  if (process.argv.includes('--skip-build') || isBuildFresh()) console.log('Build: up to date, not rebuilding.')
  else await buildDatedFromStart(() => run(bin('next'), ['build']))
  // The seed boots Payload in production mode, which applies the committed migrations first.
  await run(...scriptCommand('scripts/seed.ts', ['--with-demo-users']))
} catch (error) {
  await fail((error as Error).message)
}

const port = process.env.PORT || '3000'
const serverCommand = productionServer({ port, env })
const server: ChildProcess = spawn(serverCommand.command, serverCommand.args, { env: serverCommand.env, stdio: 'inherit' })
let stopRequested = false
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopRequested = true
    server.kill(signal)
  })
server.on('exit', (code, signal) => {
  const outcome = serverExitOutcome({ code, signal, stopRequested })
  if (outcome.message) console.error(`\nnpm run demo: ${outcome.message} Run \`npm run demo\` again to restart it; the data is kept.`)
  void exitAfterFlush(outcome.exitCode)
})

const url = serverURL({ ...process.env, PORT: port })
for (let attempt = 0; attempt < 120; attempt++) {
  try {
    const response = await fetch(`${url}/id`)
    if (response.ok) break
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
console.log(`\nWarta is running.
  Site:   ${url}/id  ${url}/zh  ${url}/en
  Admin:  ${url}/admin  (demo accounts above; password ${process.env.SEED_PASSWORD || 'warta-demo'})
  Stop with Ctrl+C.`)
