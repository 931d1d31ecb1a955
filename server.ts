import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

import { loadDotEnv } from '@/lib/cli/dotEnv'
import { resolveDatabase } from '@/lib/db/resolveDatabase'
import { dataDir, resolvePayloadSecret, serverURL } from '@/lib/env'
import { registerServer } from '@/lib/ops/serverRegistry'
import { checkBody, CLIENT_ADDRESS_HEADER, clientAddressOf, hasStaffSession, isDecodablePath, isHttps, securityHeaders } from '@/lib/security/http'
import { applyReaderStatus } from '@/lib/server/fallbackPages'
import { createPageCache, type PageCache } from '@/lib/server/pageCache'
import { withResponseStatus, type ResponseStatusSlot } from '@/lib/server/responseStatus'
import { announceServing, isWorker, superviseWorkers, workerCount } from '@/lib/server/workers'
import { errorBody } from '@/lib/api/errorBody'

/** Where this server reaches itself for the page cache's fills (IPv6 literals in brackets). */
const loopbackHost = (hostname: string | undefined): string => {
  if (!hostname || hostname === '::') return 'localhost'
  if (hostname === '0.0.0.0') return '127.0.0.1'
  return hostname.includes(':') ? `[${hostname}]` : hostname
}

/** Listens on a free loopback port of this process alone (not shared with the other workers). */
const listenPrivately = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })

type Options = { port: number; hostname: string | undefined; cacheMegabytes: number; workers: number }

const readOptions = (): Options => {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  })
  const port = Number(values.port || process.env.PORT || 3000)
  // The default public URL (and so the origins allowed to use a staff session) follows -p.
  if (values.port) process.env.PORT = values.port
  // Empty counts as unset (.env.example lists every variable empty).
  const cacheMegabytes = Number(process.env.WARTA_PAGE_CACHE_MB || 256)
  if (!Number.isFinite(port) || !Number.isFinite(cacheMegabytes) || cacheMegabytes < 0) {
    throw new Error('PORT (or -p) and WARTA_PAGE_CACHE_MB must be numbers.')
  }
  // Without -H, Node.js listens on every interface, IPv6 and IPv4 (as `next start` does).
  return { port, hostname: values.hostname, cacheMegabytes, workers: workerCount(process.env.WARTA_WORKERS) }
}

/** `npm run restore` reads this to know that the database is in use (lib/ops/serverRegistry.ts). */
const registerThisServer = (port: number) => {
  const database = resolveDatabase(process.env.DATABASE_URI, dataDir())
  if (database.kind !== 'sqlite') return
  const unregister = registerServer(dataDir(), { port, database: database.file })
  process.once('exit', unregister)
}

/**
 * The production server (`npm start`): Next.js (site, admin, REST, GraphQL) behind the page cache
 * of lib/server/pageCache.ts, which answers already-rendered reader pages without entering Next.js.
 * Run by `npm start` through scripts/run.mjs (bundled, plain Node.js: see there why).
 * Takes the same `-p/--port` and `-H/--hostname` options as `next start` (or PORT; HOSTNAME is
 * not read: shells and containers set it to the machine's name).
 * WARTA_PAGE_CACHE_MB sets the cache's memory (default 256; 0 turns it off). WARTA_WORKERS runs
 * several such processes on the port (lib/server/workers.ts); each is the whole server below.
 */
const main = async ({ port, hostname, cacheMegabytes }: Options) => {
  const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()

  // A worker's own fills and warm-up go to a loopback port of its own: through the shared port
  // they would reach whichever worker the primary picks, and a worker none reached would start
  // Payload (its scheduler, its public-change sync) only when a reader's request came.
  // Nobody's proxy stands in front of it: its requests' forwarding headers are never believed.
  const privateServer = isWorker() ? createServer((request, response) => handleRequest(request, response, false)) : null
  const selfPort = privateServer ? await listenPrivately(privateServer) : port
  const selfOrigin = `http://${privateServer ? '127.0.0.1' : loopbackHost(hostname)}:${selfPort}`

  let fillErrorLogged = false
  const cache: PageCache | null =
    cacheMegabytes > 0
      ? createPageCache({
          origin: selfOrigin,
          maxBytes: cacheMegabytes * 1024 * 1024,
          onFillError: (error) => {
            if (fillErrorLogged) return
            fillErrorLogged = true
            console.error('The page cache could not fetch a page from this server (later failures are not logged):', error)
          },
        })
      : null

  // Behind a reverse proxy, only a configured one is believed about the client's address and HTTPS.
  const trustConfiguredProxy = /^(1|true|yes)$/i.test(process.env.WARTA_TRUST_PROXY ?? '')
  const payloadSecret = resolvePayloadSecret()
  const refuse = (response: ServerResponse, status: number, message: string) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    response.end(JSON.stringify(errorBody(message)))
  }

  // Every response, from the page cache or from Next.js, carries the security headers
  // (lib/security/http.ts), prepared once for plain HTTP and for HTTPS.
  const publicOrigin = new URL(serverURL()).origin
  const headerList = (https: boolean) => Object.entries(securityHeaders({ https, publicOrigin })).flat()
  const securityHeaderLists = { plain: headerList(false), https: headerList(true) }

  let inFlight = 0
  const handleRequest = (request: IncomingMessage, response: ServerResponse, trustProxy = trustConfiguredProxy) => {
    const extraHeaders = isHttps(request, trustProxy) ? securityHeaderLists.https : securityHeaderLists.plain
    // A page-cache hit is a canonical GET without a body: nothing below applies to it.
    if (cache?.serve(request, response, extraHeaders)) return
    for (let index = 0; index < extraHeaders.length; index += 2) response.setHeader(extraHeaders[index]!, extraHeaders[index + 1]!)
    // The client's address is set here and never taken from the client.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trustProxy)
    if (!isDecodablePath(request.url)) return refuse(response, 400, 'This address has a percent sign that is not followed by a valid character code.')
    const body = checkBody(request, () => hasStaffSession(request, payloadSecret))
    if (!body.ok) return refuse(response, body.status, body.message)
    inFlight += 1
    response.once('close', () => (inFlight -= 1))
    // A reader page's own status (404/410), and server-rendered pages where Next.js would send an
    // empty shell for JavaScript to fill (lib/server/fallbackPages.ts).
    const slot: ResponseStatusSlot = {}
    applyReaderStatus(request, response, slot)
    const render = () => withResponseStatus(slot, () => handle(request, response))
    const handled = cache ? cache.run(request, response, render) : render()
    handled.catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  }
  const server = createServer((request, response) => handleRequest(request, response))
  const listening = () => {
    // Workers are registered by their primary, which outlives them (a stopped worker is replaced).
    if (isWorker()) announceServing()
    else registerThisServer(port)
    const who = isWorker() ? `Warta server process ${process.pid} listening` : 'Warta listening'
    console.log(`${who} on port ${port}${hostname ? ` of ${hostname}` : ''}${cache ? ` (page cache ${cacheMegabytes} MB)` : ''}`)
    // Payload starts on its first request: make that happen now, so the scheduler and the
    // public-change sync run even if no reader comes (a scheduled publish due right after a restart).
    fetch(`${selfOrigin}/api/health`).catch((error: unknown) => console.error('Warm-up request failed:', error))
  }
  if (hostname) server.listen(port, hostname, listening)
  else server.listen(port, listening)
  // A stop signal lets requests in progress finish (at most 10 s), then exits. Every write is a
  // transaction, so even a harder stop loses nothing that was committed and leaves nothing half-done.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const listener of [server, privateServer]) {
        listener?.close()
        listener?.closeIdleConnections()
      }
      const deadline = Date.now() + 10_000
      const waitForRequests = () => {
        if (inFlight === 0 || Date.now() > deadline) process.exit(0)
        else setTimeout(waitForRequests, 50)
      }
      waitForRequests()
    })
  }
}

const run = async () => {
  // Before WARTA_PAGE_CACHE_MB and WARTA_WORKERS are read: a value set in .env was ignored.
  loadDotEnv()
  const options = readOptions()
  if (options.workers > 1 && !isWorker()) {
    registerThisServer(options.port)
    // Each worker runs this same command, `scripts/run.mjs server.ts …` (run.mjs made argv[1] this
    // file's source): a replacement started later runs the code now on disk, as a restart would.
    const source = process.argv[1]!
    superviseWorkers(options.workers, { exec: path.join(path.dirname(source), 'scripts', 'run.mjs'), args: [source, ...process.argv.slice(2)] })
  } else await main(options)
}

run().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
