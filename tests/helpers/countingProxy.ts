import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type SeenRequest = { method: string; path: string; headers: IncomingHttpHeaders }
export type CountingProxy = { url: string; seen: SeenRequest[]; stop: () => Promise<void> }

/**
 * A plain HTTP proxy in front of a running server that notes every request a browser sends through
 * it, so a test can count what a reader's browser asks of the server (a browser's own retries are
 * invisible to Playwright's request events).
 */
export const startCountingProxy = async (target: string): Promise<CountingProxy> => {
  const { hostname, port } = new URL(target)
  const seen: SeenRequest[] = []
  const server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers: incoming.headers })
    const upstream = forward({ hostname, port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.rawHeaders)
      response.pipe(outgoing)
    })
    upstream.on('error', () => outgoing.destroy())
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
