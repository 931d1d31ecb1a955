import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildDatedFromStart, isBuildFresh } from '@/lib/cli/build'
import { withFolderLock } from '@/lib/cli/folderLock'
import { bin, freePort, productionServer, scriptCommand } from '@/lib/cli/processes'

const LOCK = path.resolve(`${process.env.NEXT_DIST_DIR || '.next'}-build.lock`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Browser tests run against the production build, as readers get it. Builds once per jest run,
 * when the sources are newer than `.next`; a lock keeps parallel test files from building twice
 * (and is taken over if the file that held it was killed).
 */
const RUN_MARK = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'warta-test-run')

/** True when this jest run already built (other test files' servers are running on that build). */
const builtInThisRun = () => {
  const run = process.env.WARTA_TEST_RUN
  return Boolean(run) && fs.existsSync(RUN_MARK) && fs.readFileSync(RUN_MARK, 'utf8') === run
}

const ensureProductionBuild = async () => {
  if (builtInThisRun()) return
  await withFolderLock(
    LOCK,
    async () => {
      if (builtInThisRun()) return
      // The first file of the run decides, and every later file of the run uses that build.
      const markRun = () => process.env.WARTA_TEST_RUN && fs.writeFileSync(RUN_MARK, process.env.WARTA_TEST_RUN)
      if (isBuildFresh()) return void markRun()
      const result = await buildDatedFromStart(() =>
        spawnSync(bin('next'), ['build'], {
          env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'build-only-secret' },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      )
      if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
      markRun()
    },
    { timeoutMs: 900_000, what: 'building the app' },
  )
}

export type SiteData = { dataDir: string; env: NodeJS.ProcessEnv }

/**
 * A fresh SQLite database in a temp folder, migrated and seeded with the demo newsroom exactly as
 * `npm run demo` does it, and the environment the production server runs with on it.
 */
export const createSiteData = async (): Promise<SiteData> => {
  await ensureProductionBuild()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-site-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'e2e-secret',
    WARTA_DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'warta.db')}`,
    SEED_PASSWORD: 'warta-demo',
    // The scheduler runs in the server as in production (integration tests switch it off).
    WARTA_SCHEDULER: 'on',
    LOG_LEVEL: 'warn',
  }
  const seed = spawnSync(...scriptCommand('scripts/seed.ts', ['--with-demo-users']), { env, encoding: 'utf8' })
  if (seed.status !== 0) throw new Error(`seed failed (exit ${seed.status}):\n${seed.stdout}\n${seed.stderr}`)
  return { dataDir, env }
}

export type RunningServer = {
  url: string
  port: number
  /** The server's own process (npm start runs server.ts in this process, no wrapper). */
  pid: number
  output: () => string
  /** SIGTERM (a graceful stop) or SIGKILL (a crash); resolves when the process is gone. */
  stop: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>
}

/**
 * The production server (`npm start`) on a site's database, on a free port (or the one given).
 * Resolves once it serves the site (`ready: 'site'`), or once it answers HTTP at all
 * (`'listening'`: for a server whose database is broken on purpose).
 */
export const startServer = async (
  site: SiteData,
  options: { port?: number; env?: Record<string, string>; ready?: 'site' | 'listening' } = {},
): Promise<RunningServer> => {
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const command = productionServer({ port, hostname: '127.0.0.1', env: { ...site.env, PORT: String(port), NEXT_PUBLIC_SERVER_URL: url, ...options.env } })
  const server: ChildProcess = spawn(command.command, command.args, { env: command.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise((resolve) => server.once('exit', resolve))
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${url}${options.ready === 'listening' ? '/api/health' : '/id'}`)
      if (response.ok || options.ready === 'listening') break
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
    port,
    pid: server.pid!,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal)
      await exited
    },
  }
}

export type RunningSite = { url: string; dataDir: string; output: () => string; stop: () => Promise<void> }

/**
 * The product as `npm run demo` serves it: production build, fresh SQLite database in a temp
 * folder, migrated and seeded with the demo newsroom, served by the production server (server.ts, as `npm start`) on a free port.
 */
export const startSite = async (): Promise<RunningSite> => {
  const site = await createSiteData()
  const server = await startServer(site)
  return {
    url: server.url,
    dataDir: site.dataDir,
    output: server.output,
    stop: async () => {
      await server.stop()
      fs.rmSync(site.dataDir, { recursive: true, force: true })
    },
  }
}
