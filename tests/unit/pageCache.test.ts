import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { acceptsGzip, cacheKeyOf, createPageCache, isCacheableResponse, OTHER_SPELLING_CACHE_CONTROL, PAGE_CACHE_CONTROL, type PageCache } from '@/lib/server/pageCache'
import { advancePublicGeneration } from '@/lib/publicState/generation'

/**
 * The page cache in front of Next.js, over real HTTP: a small upstream stands in for Next.js's
 * router and answers like its dynamic pages do (`private, no-cache, no-store…`), counting the
 * requests that reach it. The browser and benchmark runs use the real Next.js behind it.
 */
const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate'
/** A public change, as lib/publicState/sync.ts signals one after reading the database. */
const publicChange = () => advancePublicGeneration({ synced: true })
const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as IncomingMessage

test.each([
  ['GET', '/zh/briefings/2024-11-12-x', {}, '/zh/briefings/2024-11-12-x'],
  ['HEAD', '/en/press-releases/a', {}, '/en/press-releases/a'],
  ['GET', '/id', {}, '/id'],
  ['POST', '/zh/briefings/x', {}, null],
  ['GET', '/zh/briefings/x?_rsc=abc', {}, null],
  ['GET', '/zh/briefings/x?ref=a&__nextDataReq=1', {}, null],
  ['GET', '/zh/briefings/x?nxtPslug=y', {}, null],
  ['GET', '/api/press-releases', {}, null],
  ['GET', '/admin', {}, null],
  ['GET', '/fr/x', {}, null],
  ['GET', '/zh/briefings/x', { rsc: '1' }, null],
  ['GET', '/zh/briefings/x', { 'next-router-prefetch': '1' }, null],
  ['GET', '/zh/briefings/x', { cookie: 'a=1; __prerender_bypass=abc' }, null],
  ['GET', '/zh/briefings/x', { cookie: 'payload-token=abc' }, '/zh/briefings/x'],
  // Only the cache's own fills carry the header's value: a visitor's is ignored.
  ['GET', '/zh/briefings/x', { 'x-warta-page-cache-fill': '1' }, '/zh/briefings/x'],
  ['GET', '/en/briefings/archive/2024-09', {}, '/en/briefings/archive/2024-09'],
  ['GET', '/en/topics/united-nations/feed.xml', {}, '/en/topics/united-nations/feed.xml'],
  // Other spellings of a page are answered by Next.js but never copied (no cache flooding).
  ['GET', '/id/press-releases/%61bc', {}, null],
  ['GET', '/id/Press-Releases/abc', {}, null],
  ['GET', '/id/press-releases/abc/', {}, null],
  ['GET', '/id//press-releases', {}, null],
  ['GET', '/id/w1/../press-releases/abc', {}, null],
  ['GET', '/id/./press-releases/abc', {}, null],
  ['GET', '/id/press-releases/..', {}, null],
  ['GET', '/id/press-releases/v1.2', {}, '/id/press-releases/v1.2'],
  // Paged and filtered lists and search results: the parameters each page reads, in one form.
  ['GET', '/id/press-releases?page=3', {}, '/id/press-releases?page=3'],
  ['GET', '/id/press-releases?page=3&year=2024&topic=asean', {}, '/id/press-releases?topic=asean&year=2024&page=3'],
  ['GET', '/id/press-releases?topic=&year=', {}, '/id/press-releases'],
  ['GET', '/en/statements?page=12', {}, '/en/statements?page=12'],
  ['GET', '/en/topics/asean?page=2', {}, '/en/topics/asean?page=2'],
  ['GET', '/zh/spokespeople/lin-hua?page=2', {}, '/zh/spokespeople/lin-hua?page=2'],
  ['GET', '/en/topics/a_b.c?page=2&ref=x', {}, '/en/topics/a_b.c?page=2'],
  ['GET', '/en/spokespeople/a_b?page=2', {}, '/en/spokespeople/a_b?page=2'],
  ['GET', '/zh/search?q=粮食', {}, `/zh/search?q=${encodeURIComponent('粮食')}`],
  ['GET', `/zh/search?q=${encodeURIComponent('粮食 安全')}&type=&spokesperson=&topic=&from=&to=`, {}, '/zh/search?q=%E7%B2%AE%E9%A3%9F+%E5%AE%89%E5%85%A8'],
  ['GET', '/en/search?q=asean&from=2024-01-01&type=press-releases&page=2', {}, '/en/search?q=asean&type=press-releases&from=2024-01-01&page=2'],
  // Tracking parameters are no part of any page's address: a shared link is the page's own.
  ['GET', '/id/press-releases?page=2&utm_source=x', {}, '/id/press-releases?page=2'],
  ['GET', '/zh/briefings/x?fbclid=IwAR0abc_def-1', {}, '/zh/briefings/x'],
  ['GET', '/id?utm_source=newsletter&utm_medium=email&utm_campaign=asean-2025', {}, '/id'],
  ['GET', '/en/search?gclid=Cj0K&q=asean&srsltid=AfmB', {}, '/en/search?q=asean'],
  ['GET', '/en/press-releases/a?fbclid', {}, '/en/press-releases/a'],
  ['GET', '/en/press-releases/a?fbclid=1&fbclid=2', {}, '/en/press-releases/a'],
  ['GET', `/en/press-releases/a?fbclid=${'a'.repeat(1100)}`, {}, null],
  // Nor is any other parameter a page does not read: a newsletter's `ref`, a share button's `s`.
  ['GET', '/en/press-releases/a?fbclidx=1', {}, '/en/press-releases/a'],
  ['GET', '/en/press-releases/a?utm_=1', {}, '/en/press-releases/a'],
  ['GET', '/en/press-releases/a?fbclid=1&page=2', {}, '/en/press-releases/a'],
  ['GET', '/id/press-releases/abc?ref=newsletter&s=20&x=1&x=2', {}, '/id/press-releases/abc'],
  ['GET', '/id/briefings?page=2', {}, '/id/briefings'],
  ['GET', '/id?preview=1', {}, '/id'],
  ['GET', '/id/press-releases?ref=newsletter&page=2', {}, '/id/press-releases?page=2'],
  ['GET', '/en/search?q=asean&sort=oldest', {}, '/en/search?q=asean'],
  // A parameter the page reads must be in its own form, once: a value in another form, a repeat.
  ['GET', '/id/press-releases?page=1', {}, null],
  ['GET', '/id/press-releases?page=02', {}, null],
  ['GET', '/id/press-releases?page=abc', {}, null],
  ['GET', '/id/press-releases?year=24', {}, null],
  ['GET', '/id/press-releases?page=2&page=3', {}, null],
  ['GET', '/en/search?q=%20asean', {}, null],
  ['GET', `/en/search?q=${'a'.repeat(201)}`, {}, null],
  ['GET', '/en/search?q=a%zz', {}, null],
  ['GET', '/en/search?q=asean&from=yesterday', {}, null],
  ['GET', '/en/search?q=asean&topic=Not+A+Slug', {}, null],
  ['GET', `/en/search?q=asean&topic=${'a'.repeat(161)}`, {}, null],
  ['GET', `/en/search?q=${'a'.repeat(200)}&topic=${'b'.repeat(160)}&spokesperson=${'c'.repeat(160)}&type=${'d'.repeat(160)}&from=2024-01-01&to=2024-12-31&page=99`, {}, `/en/search?q=${'a'.repeat(200)}&type=${'d'.repeat(160)}&spokesperson=${'c'.repeat(160)}&topic=${'b'.repeat(160)}&from=2024-01-01&to=2024-12-31&page=99`],
  ['GET', `/en/search?q=${'%E7%B2%AE'.repeat(120)}`, {}, null],
] as const)('%s %s %j is kept under %s', (method, url, headers, expected) => {
  expect(cacheKeyOf(request(method, url, headers))).toBe(expected)
})

test.each([
  [200, { 'cache-control': NEXT_DYNAMIC }, true],
  [200, {}, true],
  [200, { 'cache-control': 'public, max-age=60' }, true],
  [404, { 'cache-control': NEXT_DYNAMIC }, false],
  [500, {}, false],
  [307, {}, false],
  [200, { 'cache-control': 'private, no-store' }, false],
  [200, { 'cache-control': 'no-store' }, false],
  [200, { 'cache-control': NEXT_DYNAMIC, 'set-cookie': 'a=1' }, false],
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

type Upstream = { hits: string[]; body: (url: string, req: IncomingMessage) => string; delay: (url: string) => number; cacheControl: string; vary?: string }
let server: Server
let origin = ''
let cache: PageCache
const upstream: Upstream = { hits: [], body: () => '', delay: () => 0, cacheControl: NEXT_DYNAMIC }

const answer = async (req: IncomingMessage, res: ServerResponse) => {
  upstream.hits.push(`${req.headers['x-warta-page-cache-fill'] ? 'fill ' : ''}${req.url}`)
  // The body is decided when the request arrives (the render reads the database then).
  const body = upstream.body(req.url ?? '', req)
  const delay = upstream.delay(req.url ?? '')
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': upstream.cacheControl, ...(upstream.vary ? { vary: upstream.vary } : {}) })
  res.end(body)
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
  Object.assign(upstream, { hits: [], body: (url: string) => `<h1>page ${url}</h1>`, delay: () => 0, cacheControl: NEXT_DYNAMIC, vary: undefined })
  publicChange()
  await start(1024 * 1024)
})
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } })
  return { status: response.status, cache: response.headers.get('x-warta-page-cache'), encoding: response.headers.get('content-encoding'), body: await response.text() }
}

test('a rendered page is copied by a cookieless fill and then answered without reaching Next.js', async () => {
  expect(await get('/zh/briefings/b1')).toEqual({ status: 200, cache: 'MISS', encoding: null, body: '<h1>page /zh/briefings/b1</h1>' })
  await cache.idle()
  expect(upstream.hits).toEqual(['/zh/briefings/b1', 'fill /zh/briefings/b1'])

  expect(await get('/zh/briefings/b1')).toEqual({ status: 200, cache: 'HIT', encoding: null, body: '<h1>page /zh/briefings/b1</h1>' })
  expect(await get('/zh/briefings/b1', { 'accept-encoding': 'gzip' })).toEqual({ status: 200, cache: 'HIT', encoding: 'gzip', body: '<h1>page /zh/briefings/b1</h1>' })
  expect(upstream.hits).toHaveLength(2)
})

test.each([
  [undefined, 'Accept-Encoding'],
  ['rsc, next-router-state-tree', 'rsc, next-router-state-tree, Accept-Encoding'],
  // Next.js names it itself when it compresses: a copy does not say it twice.
  ['rsc, Accept-Encoding', 'rsc, Accept-Encoding'],
] as const)('a copy of a page that varies on %j varies on %j', async (vary, expected) => {
  upstream.vary = vary
  await get('/en/press-releases/vary')
  await cache.idle()
  const copy = await fetch(`${origin}/en/press-releases/vary`)
  expect({ cache: copy.headers.get('x-warta-page-cache'), vary: copy.headers.get('vary') }).toEqual({ cache: 'HIT', vary: expected })
})

test('a copy tells browsers and proxies to ask again every time, and answers 304 while it is current', async () => {
  await get('/en/press-releases/r9')
  await cache.idle()
  const first = await fetch(`${origin}/en/press-releases/r9`)
  expect(first.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL)
  const etag = first.headers.get('etag')
  expect(etag).toMatch(/^W\/"[\w-]+"$/)
  const again = await fetch(`${origin}/en/press-releases/r9`, { headers: { 'if-none-match': etag! } })
  expect({ status: again.status, cacheControl: again.headers.get('cache-control') }).toEqual({ status: 304, cacheControl: PAGE_CACHE_CONTROL })
  upstream.body = () => '<h1>corrected</h1>'
  publicChange()
  await get('/en/press-releases/r9')
  await cache.idle()
  expect((await fetch(`${origin}/en/press-releases/r9`, { headers: { 'if-none-match': etag! } })).status).toBe(200)
})

test('the fill never carries the visitor’s cookies, so a copy is what an anonymous reader gets', async () => {
  upstream.body = (url, req) => `<h1>${url} for ${req.headers.cookie ?? 'anonymous'}</h1>`
  await get('/en/press-releases/r1', { cookie: 'payload-token=staff' })
  await cache.idle()
  expect((await get('/en/press-releases/r1')).body).toBe('<h1>/en/press-releases/r1 for anonymous</h1>')
})

test('draft mode, client navigations and addresses that are no page’s own always reach Next.js and are never copied', async () => {
  await get('/id/press-releases/r2')
  await cache.idle()
  upstream.body = () => '<h1>DRAFT TEXT</h1>'
  expect(await get('/id/press-releases/r2', { cookie: '__prerender_bypass=1' })).toMatchObject({ cache: null, body: '<h1>DRAFT TEXT</h1>' })
  expect(await get('/id/press-releases/r2', { rsc: '1' })).toMatchObject({ cache: null, body: '<h1>DRAFT TEXT</h1>' })
  expect(await get('/id/press-releases/%722')).toMatchObject({ cache: null, body: '<h1>DRAFT TEXT</h1>' })
  await cache.idle()
  expect(await get('/id/press-releases/r2')).toMatchObject({ cache: 'HIT', body: '<h1>page /id/press-releases/r2</h1>' })
})

test('a visitor who sends the fill header is answered from the copy like any reader, not rendered past it', async () => {
  await get('/id/press-releases/r3')
  await cache.idle()
  expect(upstream.hits).toEqual(['/id/press-releases/r3', 'fill /id/press-releases/r3'])
  for (const value of ['1', 'true', '']) expect(await get('/id/press-releases/r3', { 'x-warta-page-cache-fill': value })).toMatchObject({ cache: 'HIT' })
  expect(upstream.hits).toHaveLength(2)
})

test('a paged list and a search are copied on their second ask, under their canonical address, which the search form’s address shares', async () => {
  for (const expected of ['MISS', 'MISS', 'HIT']) {
    expect(await get('/id/press-releases?page=2')).toMatchObject({ cache: expected, body: '<h1>page /id/press-releases?page=2</h1>' })
    await cache.idle()
  }
  // As a browser submits the search form: every field, most of them empty, in the form's order.
  const form = `/en/search?q=${encodeURIComponent('food security')}&type=&spokesperson=&topic=&from=&to=`
  const canonical = '/en/search?q=food+security'
  expect(await get(form)).toMatchObject({ cache: 'MISS' })
  expect(await get(canonical)).toMatchObject({ cache: 'MISS' })
  await cache.idle()
  expect(await get(form)).toMatchObject({ cache: 'HIT', body: `<h1>page ${canonical}</h1>` })
  expect(await get(canonical)).toMatchObject({ cache: 'HIT', body: `<h1>page ${canonical}</h1>` })
  expect(upstream.hits).toEqual([
    '/id/press-releases?page=2',
    '/id/press-releases?page=2',
    'fill /id/press-releases?page=2',
    form,
    canonical,
    `fill ${canonical}`,
  ])
  // A public change empties these copies like every other.
  upstream.body = () => '<h1>after the change</h1>'
  publicChange()
  expect(await get(canonical)).toMatchObject({ cache: 'MISS', body: '<h1>after the change</h1>' })
})

test('another spelling of a copied address gets the copy for its browser only: not shareable, no cache tags', async () => {
  const canonical = '/en/search?q=food+security'
  for (let ask = 0; ask < 2; ask++) await get(canonical)
  await cache.idle()
  const headersOf = async (path: string) => {
    const response = await fetch(`${origin}${path}`)
    await response.arrayBuffer()
    return { cache: response.headers.get('x-warta-page-cache'), cacheControl: response.headers.get('cache-control'), tags: response.headers.get('x-cache-tags') }
  }
  expect(await headersOf(canonical)).toEqual({ cache: 'HIT', cacheControl: PAGE_CACHE_CONTROL, tags: 'site list' })
  for (const spelling of ['/en/search?q=food%20security&type=', '/en/search?type=&q=food+security', '/en/search?q=f%6Fod+security']) {
    expect(await headersOf(spelling)).toEqual({ cache: 'HIT', cacheControl: OTHER_SPELLING_CACHE_CONTROL, tags: null })
  }
})

test.each([
  ['a shared link (tracking parameters, a new fbclid on every click)', (click: number) => `?utm_source=facebook&fbclid=IwAR${click}`],
  ['a link with parameters the page does not read (a newsletter’s ref, a share button’s s)', (click: number) => `?ref=newsletter-${click}&s=${click}`],
])('%s is answered from the page’s copy, for its browser only', async (_link, query) => {
  const page = '/id/press-releases/a'
  const linked = (click: number) => `${page}${query(click)}`
  expect(await get(linked(1))).toMatchObject({ cache: 'MISS' })
  await cache.idle()
  // The first click rendered the page and filled its copy under the page's own address.
  expect(upstream.hits).toEqual([linked(1), `fill ${page}`])
  for (let click = 2; click < 6; click++) expect(await get(linked(click))).toMatchObject({ cache: 'HIT', body: `<h1>page ${page}</h1>` })
  const response = await fetch(`${origin}${linked(6)}`)
  await response.arrayBuffer()
  expect({ cacheControl: response.headers.get('cache-control'), tags: response.headers.get('x-cache-tags') }).toEqual({ cacheControl: OTHER_SPELLING_CACHE_CONTROL, tags: null })
  expect(upstream.hits).toHaveLength(2)
})

test('a parameter a page does not read is no way into draft text, and a list keeps the ones it reads', async () => {
  const page = '/id/press-releases/a'
  await get(page)
  await cache.idle()
  upstream.body = () => '<h1>DRAFT TEXT</h1>'
  expect(await get(`${page}?preview=1&draft=true`)).toMatchObject({ cache: 'HIT', body: `<h1>page ${page}</h1>` })
  upstream.body = (url) => `<h1>page ${url}</h1>`
  for (let ask = 0; ask < 2; ask++) await get('/id/press-releases?page=2')
  await cache.idle()
  // Page 2 is not page 1: `page` stays in the key, `ref` does not.
  expect(await get('/id/press-releases?ref=x&page=2')).toMatchObject({ cache: 'HIT', body: '<h1>page /id/press-releases?page=2</h1>' })
  expect(await get('/id/press-releases?ref=x')).toMatchObject({ cache: 'MISS', body: '<h1>page /id/press-releases?ref=x</h1>' })
})

test('copies of searches and filtered lists take at most a quarter of the memory: a flood of them leaves the other pages in', async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  upstream.body = (url) => `${url} ${'x'.repeat(4000)}`
  await start(40_000) // a quarter: two searches of ~4 KB, not three
  for (const path of ['/id', '/id/press-releases/a', '/id/search?q=a', '/id/search?q=b', '/id/search?q=c']) {
    for (let ask = 0; ask < 2; ask++) await get(path)
    await cache.idle()
  }
  const states = []
  for (const path of ['/id', '/id/press-releases/a', '/id/search?q=a', '/id/search?q=b', '/id/search?q=c']) states.push((await get(path)).cache)
  expect(states).toEqual(['HIT', 'HIT', 'MISS', 'HIT', 'HIT'])
})

test('searches asked once are rendered once: no fill renders them again', async () => {
  for (let index = 0; index < 20; index++) await get(`/id/search?q=kata${index}`)
  await cache.idle()
  expect({ fills: upstream.hits.filter((hit) => hit.startsWith('fill ')).length, entries: cache.stats().entries }).toEqual({ fills: 0, entries: 0 })
  // A page without a query string is still copied on its first miss.
  await get('/id/press-releases/once')
  await cache.idle()
  expect(cache.stats().entries).toBe(1)
})

test('a page that set private or no-store on purpose (draft mode) is not copied', async () => {
  upstream.cacheControl = 'private, no-store'
  await get('/zh/press-releases')
  await cache.idle()
  expect(await get('/zh/press-releases')).toMatchObject({ cache: 'MISS' })
  await cache.idle()
  expect(cache.stats().entries).toBe(0)
})

test('a public change empties the cache: the next request gets the new page', async () => {
  await get('/zh/briefings/b2')
  await cache.idle()
  upstream.body = () => '<h1>published correction</h1>'
  publicChange()
  expect(await get('/zh/briefings/b2')).toEqual({ status: 200, cache: 'MISS', encoding: null, body: '<h1>published correction</h1>' })
})

test('a fill that was rendering when a public change arrived is thrown away', async () => {
  upstream.delay = (url) => (url === '/zh/briefings/b3' ? 200 : 0) // the render is slow; the change lands during it
  await get('/zh/briefings/b3')
  await new Promise((resolve) => setTimeout(resolve, 50))
  publicChange()
  await cache.idle()
  expect(cache.stats().entries).toBe(0)
})

test('nothing is kept while the process does not follow the change log (before its first read, or while it cannot read it)', async () => {
  advancePublicGeneration({ synced: false })
  await get('/en/briefings/b4')
  await cache.idle()
  expect(await get('/en/briefings/b4')).toMatchObject({ cache: 'MISS' })
  expect(cache.stats().entries).toBe(0)
  publicChange()
  await get('/en/briefings/b4')
  await cache.idle()
  expect(await get('/en/briefings/b4')).toMatchObject({ cache: 'HIT' })
})

test('300 spellings of a page (dot segments, doubled slashes, percent-encoding, case, query strings it does not read) make no entry of their own', async () => {
  const spellings = Array.from({ length: 300 }, (_, index) =>
    [
      `/id/w${index}/../press-releases/abc`,
      `/id/./press-releases/abc?x=${index}`,
      `/id//press-releases/abc${'/'.repeat(index % 3)}`,
      `/id/press-releases/%61bc`,
      `/ID/press-releases/abc`,
      `/id/press-releases/abc?page=${index + 2}`,
      `/id/press-releases?page=${'0'.repeat(index + 1)}2`,
      `/id/press-releases?page=2&x=${index}`,
    ][index % 8]!,
  )
  for (const path of spellings) await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity' } })
  await get('/id/press-releases/abc')
  await cache.idle()
  // The release, and the list's page 2, whose copy `?page=2&x=…` shares (the list reads no `x`).
  expect(cache.stats().entries).toBe(2)
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
