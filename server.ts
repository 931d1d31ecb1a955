import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { createPageCache } from '@/lib/server/pageCache'

/**
 * The production server (`npm start`): Next.js (site, admin, REST, GraphQL) behind the page cache
 * of lib/server/pageCache.ts, which answers already-rendered reader pages without entering Next.js.
 * Takes the same `-p/--port` and `-H/--hostname` options as `next start` (or PORT; the host
 * defaults to all interfaces: HOSTNAME is not read, shells and containers set it to the machine's name).
 * WARTA_PAGE_CACHE_MB sets the cache's memory (default 256; 0 turns it off).
 */
const main = async () => {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  })
  const port = Number(values.port ?? process.env.PORT ?? 3000)
  const hostname = values.hostname ?? '0.0.0.0'
  const cacheMegabytes = Number(process.env.WARTA_PAGE_CACHE_MB ?? 256)
  if (!Number.isFinite(port) || !Number.isFinite(cacheMegabytes) || cacheMegabytes < 0) {
    throw new Error('PORT (or -p) and WARTA_PAGE_CACHE_MB must be numbers.')
  }

  const app = next({ dev: false, hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const loopback = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
  const cache = cacheMegabytes > 0 ? createPageCache({ origin: `http://${loopback}:${port}`, maxBytes: cacheMegabytes * 1024 * 1024 }) : null

  const server = createServer((request, response) => {
    if (cache?.serve(request, response)) return
    cache?.track(request, response)
    handle(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  }).listen(port, hostname, () => {
    console.log(`Warta listening on http://${hostname}:${port}${cache ? ` (page cache ${cacheMegabytes} MB)` : ''}`)
  })
  // Exit normally on a stop signal (exit handlers run; nothing is written that could be cut short).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close()
      process.exit(0)
    })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
