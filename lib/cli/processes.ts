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
 * `npm start`, the demo, the benchmark and the browser tests run it.
 */
export const productionServerCommand = (port: number | string, hostname?: string): [string, string[]] => [
  bin('tsx'),
  ['server.ts', '-p', String(port), ...(hostname ? ['-H', hostname] : [])],
]
