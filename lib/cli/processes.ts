import { spawnSync } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

/** A locally installed npm binary (next, tsx), as scripts and tests spawn them. */
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
 * The command line of the production server (server.ts: Next.js behind the page cache), as
 * `npm start`, the demo, the benchmark and the browser tests run it: bundled by esbuild
 * (`npm run build:server`, milliseconds) and run by plain Node.js. Not through tsx: its module
 * hooks run on a separate thread, and under load Node.js 20 has lost a dynamic import's answer
 * there (the process hangs or exits 13), which a server loading Payload must never risk.
 */
export const productionServerCommand = (port: number | string, hostname?: string): [string, string[]] => {
  const bundled = spawnSync('npm', ['run', 'build:server', '--silent'], { encoding: 'utf8' })
  if (bundled.status !== 0) throw new Error(`npm run build:server failed:\n${bundled.stdout}${bundled.stderr}`)
  return [process.execPath, ['.warta/server.mjs', '-p', String(port), ...(hostname ? ['-H', hostname] : [])]]
}
