import net from 'node:net'
import path from 'node:path'

import { serverHeapMegabytes } from '@/lib/env'

/** A locally installed npm binary (next), as scripts and tests spawn them. */
export const bin = (name: string): string => path.resolve('node_modules', '.bin', name)

/** A free TCP port on loopback, for servers started by scripts and tests. */
export const freePort = (): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * The command line of one of Warta's TypeScript commands (`scripts/*.ts`, `server.ts`), as npm
 * runs them: bundled and run by plain Node.js through scripts/run.mjs, with the `production`
 * export condition (see that file for why: without it, Node.js 20 can exit 13 before the command
 * does anything).
 */
export const scriptCommand = (script: string, args: readonly string[] = []): [string, string[]] => [
  process.execPath,
  ['--conditions=production', path.resolve('scripts/run.mjs'), script, ...args],
]

/**
 * How the server's memory is set, the same in `npm start` (package.json) and every command that
 * spawns it (tests/unit/env.test.ts keeps them in step). Measured on the 1× benchmark corpus under
 * ten searching readers, peak resident memory (three to four runs each, on a VM whose speed
 * drifted: req/s too noisy to tell apart, none slower):
 * - `--max-old-space-size` (WARTA_SERVER_HEAP_MB): see lib/env.ts.
 * - `--max-semi-space-size=8`: V8's young generation at most 2 × 8 MB (Node 20's default was
 *   16 MB each): a render's short-lived garbage is collected sooner. 440 → 407 MiB.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (libuv's pool, V8's helpers) an
 *   arena of its own, up to 8 per core, and each keeps what it freed. 407 → 381 MiB. Read by the
 *   C library as the process starts, so it is set here and not in .env; a value in the
 *   environment wins.
 */
export const SEMI_SPACE_MB = 8
export const DEFAULT_MALLOC_ARENA_MAX = '2'

/** The production server (server.ts: Next.js behind the page cache), as `npm start` runs it: its command line and environment. */
export const productionServer = ({ port, hostname, env = process.env }: { port: number | string; hostname?: string; env?: NodeJS.ProcessEnv }) => {
  const [command, args] = scriptCommand('server.ts', ['-p', String(port), ...(hostname ? ['-H', hostname] : [])])
  return {
    command,
    args: [`--max-old-space-size=${serverHeapMegabytes(env)}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...args],
    env: { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || DEFAULT_MALLOC_ARENA_MAX },
  }
}

/**
 * How a wrapper (npm run demo) ends when the server it runs has exited: with the server's own
 * code when it stopped cleanly or was asked to stop; otherwise with a failure and a line saying so.
 * A server killed by a signal (kill -9, the OOM killer) has no exit code, and the wrapper used to
 * end with 0 and nothing said.
 */
export const serverExitOutcome = ({ code, signal, stopRequested }: { code: number | null; signal: NodeJS.Signals | null; stopRequested: boolean }): { exitCode: number; message: string | null } => {
  if (code === 0 || stopRequested) return { exitCode: code ?? 0, message: null }
  return { exitCode: code ?? 1, message: `The server stopped ${signal ? `on ${signal}` : `with exit code ${code}`}.` }
}
