import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { acceptsGzip, createPageCache, isCacheableRequest, isCacheableResponse, type PageCache } from '@/lib/server/pageCache'
import { clearPageCache } from '@/lib/server/pageCacheRegistry'

/**
 * The page cache in front of Next.js, over real HTTP: a small upstream stands in for Next.js's
 * router and answers like its full-route cache does (x-nextjs-cache, s-maxage), counting the
 * requests that reach it. The browser and benchmark runs use the real Next.js behind it.
 */
const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as IncomingMessage

test.each([
  ['GET', '/zh/briefings/2024-11-12-x', {}, true],
  ['HEAD', '/en/press-releases/a', {}, true],
  ['GET', '/id', {}, true],
  ['POST', '/zh/briefings/x', {}, false],
  ['GET', '/zh/search?q=粮食', {}, false],
  ['GET', '/zh/briefings/x?_rsc=abc', {}, false],
  ['GET', '/api/press-releases', {}, false],
  ['GET', '/admin', {}, false],
  ['GET', '/fr/x', {}, false],
  ['GET', '/zh/briefings/x', { rsc: '1' }, false],
  ['GET', '/zh/briefings/x', { 'next-router-prefetch': '1' }, false],
  ['GET', '/zh/briefings/x', { cookie: 'a=1; __prerender_bypass=abc' }, false],
  ['GET', '/zh/briefings/x', { cookie: 'payload-token=abc' }, true],
  ['GET', '/zh/briefings/x', { 'x-warta-page-cache-fill': '1' }, false],
  ['GET', '/en/briefings/archive/2024-09', {}, true],
  ['GET', '/en/topics/united-nations/feed.xml', {}, true],
  // Other spellings of a page are answered by Next.js but never copied (no cache flooding).
  ['GET', '/id/press-releases/%61bc', {}, false],
  ['GET', '/id/Press-Releases/abc', {}, false],
  ['GET', '/id/press-releases/abc/', {}, false],
  ['GET', '/id//press-releases', {}, false],
] as const)('%s %s %j cacheable: %s', (method, url, headers, expected) => {
  expect(isCacheableRequest(request(method, url, headers))).toBe(expected)
})

test.each([
  [200, { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=31536000' }, true],
  [200, { 'x-nextjs-cache': 'MISS' }, true],
  [200, { 'x-nextjs-cache': 'STALE' }, false],
  [200, { 'cache-control': 's-maxage=31536000' }, false],
  [404, { 'x-nextjs-cache': 'HIT' }, false],
  [200, { 'x-nextjs-cache': 'HIT', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, false],
  [200, { 'x-nextjs-cache': 'HIT', 'set-cookie': 'a=1' }, false],
] as const)('a %s answer with %j is copied: %s', (status, headers, expected) => {
  expect(isCacheableResponse(status, new Headers(headers))).toBe(expected)
})

test.each([
  ['gzip, deflate, br', true],
  ['br;q=1.0, gzip;q=0.8', true],
  ['*', true],
  ['gzip;q=0', false],
  ['gzip; q=0.0, identity', false],
  ['identity', false],
  [undefined, false],
] as const)('Accept-Encoding %j takes gzip: %s', (header, expected) => {
  expect(acceptsGzip(header)).toBe(expected)
})

type Upstream = { hits: string[]; body: (url: string, req: IncomingMessage) => string; delay: (url: string) => number; cached: boolean }
let server: Server
let origin = ''
let cache: PageCache
const upstream: Upstream = { hits: [], body: () => '', delay: () => 0, cached: true }

const answer = async (req: IncomingMessage, res: ServerResponse) => {
  upstream.hits.push(`${req.headers['x-warta-page-cache-fill'] ? 'fill ' : ''}${req.url}`)
  // A publish: the revalidation happens early in the request, which goes on for a while.
  if (req.url === '/api/publish') clearPageCache()
  const delay = upstream.delay(req.url ?? '')
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }
  if (upstream.cached) Object.assign(headers, { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=31536000' })
  res.writeHead(200, headers)
  res.end(upstream.body(req.url ?? '', req))
}

const start = (maxBytes: number) =>
  new Promise<void>((resolve) => {
    server = createServer((req, res) => {
      if (cache.serve(req, res)) return
      void cache.run(req, res, () => answer(req, res))
    })
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      cache = createPageCache({ origin, maxBytes })
      resolve()
    })
  })

beforeEach(async () => {
  Object.assign(upstream, { hits: [], body: (url: string) => `<h1>page ${url}</h1>`, delay: () => 0, cached: true })
  await start(1024 * 1024)
})
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } })
  return { status: response.status, cache: response.headers.get('x-warta-page-cache'), encoding: response.headers.get('content-encoding'), body: await response.text() }
}

test('a full-route-cache page is copied by a cookieless fill and then answered without reaching Next.js', async () => {
  expect(await get('/zh/briefings/b1')).toEqual({ status: 200, cache: 'MISS', encoding: null, body: '<h1>page /zh/briefings/b1</h1>' })
  await cache.idle()
  expect(upstream.hits).toEqual(['/zh/briefings/b1', 'fill /zh/briefings/b1'])

  expect(await get('/zh/briefings/b1')).toEqual({ status: 200, cache: 'HIT', encoding: null, body: '<h1>page /zh/briefings/b1</h1>' })
  expect(await get('/zh/briefings/b1', { 'accept-encoding': 'gzip' })).toEqual({ status: 200, cache: 'HIT', encoding: 'gzip', body: '<h1>page /zh/briefings/b1</h1>' })
  const revalidated = await fetch(`${origin}/zh/briefings/b1`, { headers: { 'if-none-match': '"v1"' } })
  expect(revalidated.status).toBe(304)
  expect(upstream.hits).toHaveLength(2)
})

test('the fill never carries the visitor’s cookies, so a copy is what an anonymous reader gets', async () => {
  upstream.body = (url, req) => `<h1>${url} for ${req.headers.cookie ?? 'anonymous'}</h1>`
  await get('/en/press-releases/r1', { cookie: 'payload-token=staff' })
  await cache.idle()
  expect((await get('/en/press-releases/r1')).body).toBe('<h1>/en/press-releases/r1 for anonymous</h1>')
})

test('draft mode, client navigations and query strings always reach Next.js and are never copied', async () => {
  await get('/id/press-releases/r2')
  await cache.idle()
  upstream.body = () => '<h1>DRAFT TEXT</h1>'
  expect(await get('/id/press-releases/r2', { cookie: '__prerender_bypass=1' })).toMatchObject({ cache: null, body: '<h1>DRAFT TEXT</h1>' })
  expect(await get('/id/press-releases/r2', { rsc: '1' })).toMatchObject({ cache: null, body: '<h1>DRAFT TEXT</h1>' })
  expect(await get('/id/press-releases/r2?preview=1')).toMatchObject({ cache: null })
  await cache.idle()
  expect(await get('/id/press-releases/r2')).toMatchObject({ cache: 'HIT', body: '<h1>page /id/press-releases/r2</h1>' })
})

test('pages Next.js renders per request (no x-nextjs-cache) are not copied', async () => {
  upstream.cached = false
  await get('/zh/press-releases')
  await cache.idle()
  expect(await get('/zh/press-releases')).toMatchObject({ cache: 'MISS' })
  expect(upstream.hits).toEqual(['/zh/press-releases', '/zh/press-releases'])
})

test('a revalidation empties the cache: the next request gets the new page', async () => {
  await get('/zh/briefings/b2')
  await cache.idle()
  upstream.body = () => '<h1>published correction</h1>'
  clearPageCache()
  expect(await get('/zh/briefings/b2')).toEqual({ status: 200, cache: 'MISS', encoding: null, body: '<h1>published correction</h1>' })
})

test('a fill that was under way when the cache was cleared is thrown away', async () => {
  await get('/zh/briefings/b3')
  upstream.delay = () => 200 // the fill is slow; the revalidation lands while it is in flight
  clearPageCache()
  await cache.idle()
  expect(cache.stats().entries).toBe(0)
})

test('the request that revalidated clears the cache again once handled (Next.js applies revalidations at its end)', async () => {
  await get('/en/briefings/b4')
  await cache.idle()
  upstream.delay = (url) => (url === '/api/publish' ? 300 : 0)
  const publishing = fetch(`${origin}/api/publish`, { method: 'POST' })
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(cache.stats().entries).toBe(0) // the publish revalidated
  // A reader in the window between the revalidation and the end of the request gets what Next.js
  // still has, and it is copied again...
  await get('/en/briefings/b4')
  await cache.idle()
  // ...until the publishing request is done.
  await publishing
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(cache.stats().entries).toBe(0)
})

test('requests that merely overlapped a revalidation do not clear the cache again', async () => {
  upstream.delay = (url) => (url === '/en/search-slow' ? 200 : 0)
  const slow = get('/en/search-slow')
  await new Promise((resolve) => setTimeout(resolve, 20))
  clearPageCache() // a revalidation outside this request (a background job's)
  await get('/en/briefings/b5')
  await cache.idle()
  await slow
  await cache.idle()
  expect({ entries: cache.stats().entries, b5: (await get('/en/briefings/b5')).cache }).toEqual({ entries: 2, b5: 'HIT' })
})

test('the cache keeps within its memory, dropping the least recently read pages', async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  const page = 'x'.repeat(4000)
  upstream.body = () => page
  await start(10_000) // room for two pages of ~4 KB plus their gzip copies
  for (const path of ['/id/a', '/id/b']) {
    await get(path)
    await cache.idle()
  }
  expect((await get('/id/a')).cache).toBe('HIT') // /id/a is now the most recently read
  await get('/id/c')
  await cache.idle()
  expect((await get('/id/a')).cache).toBe('HIT')
  expect((await get('/id/b')).cache).toBe('MISS')
  expect(cache.stats().bytes).toBeLessThanOrEqual(10_000)
})
