import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { isBuildFresh } from '@/lib/cli/build'
import { bin, freePort, productionServerCommand } from '@/lib/cli/processes'

const LOCK = path.resolve(`${process.env.NEXT_DIST_DIR || '.next'}-build.lock`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Browser tests run against the production build, as readers get it. Builds once when the
 * sources are newer than `.next`; a lock folder keeps parallel test files from building twice.
 */
const ensureProductionBuild = async () => {
  for (;;) {
    if (isBuildFresh()) return
    try {
      fs.mkdirSync(LOCK)
      break
    } catch {
      await sleep(2000)
    }
  }
  try {
    if (isBuildFresh()) return
    const result = spawnSync(bin('next'), ['build'], {
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'build-only-secret' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true })
  }
}


export type RunningSite = { url: string; dataDir: string; output: () => string; stop: () => Promise<void> }

/**
 * The product as `npm run demo` serves it: production build, fresh SQLite database in a temp
 * folder, migrated and seeded with the demo newsroom, served by the production server (server.ts, as `npm start`) on a free port.
 */
export const startSite = async (): Promise<RunningSite> => {
  await ensureProductionBuild()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-site-'))
  const port = await freePort()
  // Next.js keeps rendered pages and fetched data on disk inside its build folder, across restarts.
  // Each server gets its own copy of the build (without caches), so one test file's pages can never
  // be served by another file's server on a different database.
  const buildDir = process.env.NEXT_DIST_DIR || '.next'
  const serverDistDir = `${buildDir}-server-${process.pid}-${port}`
  fs.cpSync(buildDir, serverDistDir, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(buildDir, 'cache')),
  })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'e2e-secret',
    WARTA_DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'warta.db')}`,
    PORT: String(port),
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: serverDistDir,
    SEED_PASSWORD: 'warta-demo',
    // The scheduler runs in the server as in production (integration tests switch it off).
    WARTA_SCHEDULER: 'on',
    LOG_LEVEL: 'warn',
  }
  // Under heavy load a tsx process has been seen to exit 13 (an unsettled top-level await) while
  // loading the Payload config, before touching the database; the seed is idempotent, so retry.
  let seed = spawnSync(bin('tsx'), ['scripts/seed.ts', '--with-demo-users'], { env, encoding: 'utf8' })
  for (let attempt = 1; seed.status === 13 && attempt < 3; attempt++) {
    seed = spawnSync(bin('tsx'), ['scripts/seed.ts', '--with-demo-users'], { env, encoding: 'utf8' })
  }
  if (seed.status !== 0) throw new Error(`seed failed (exit ${seed.status}):\n${seed.stdout}\n${seed.stderr}`)

  const server: ChildProcess = spawn(...productionServerCommand(port, '127.0.0.1'), {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/id`)).ok) break
    } catch {
      // not listening yet
    }
    if (attempt > 120 || server.exitCode !== null) {
      server.kill('SIGKILL')
      throw new Error(`the server did not come up:\n${output}`)
    }
    await sleep(500)
  }
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)))
      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.rmSync(serverDistDir, { recursive: true, force: true })
    },
  }
}
