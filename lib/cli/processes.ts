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

/** The production server (server.ts: Next.js behind the page cache), as `npm start` runs it, with its heap limit. */
export const productionServerCommand = (port: number | string, hostname?: string): [string, string[]] => {
  const [node, args] = scriptCommand('server.ts', ['-p', String(port), ...(hostname ? ['-H', hostname] : [])])
  return [node, [`--max-old-space-size=${serverHeapMegabytes()}`, ...args]]
}
