import type { IncomingMessage, ServerResponse } from 'node:http'

import { createHash, randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import { mayKeep, onPublicGenerationChange, publicGeneration } from '@/lib/publicState/generation'
import { securityHeaders } from '@/lib/security/http'
import { tagsForPage } from '@/lib/site/cacheTags'

import { pageCacheKey } from './pageCacheKey'


/**
 * The page cache: an in-memory copy of rendered reader pages (documents, lists, topics, archives,
 * feeds, the sitemap's files), answered by the HTTP server before Next.js routes the request. A
 * published page read by thousands should cost a map lookup and a socket write, not a render.
 *
 * Safety rules (docs/reader-site.md):
 * - Entries are only ever filled by the server's own cookieless loopback request, never from a
 *   response to a visitor, so an entry is by construction what an anonymous reader gets.
 * - Only 200 answers without cookies or `private`/`no-store` of their own are copied; Next.js's
 *   dynamic-page `Cache-Control` is replaced by `public, max-age=0, must-revalidate` and an ETag,
 *   so browsers and proxies always ask again (and get a 304 while nothing changed).
 * - Requests that can see something else (draft mode, RSC navigation, server actions) bypass
 *   the cache both ways.
 * - The cache follows the public generation (lib/publicState/generation.ts): it empties itself
 *   whenever the database records a public change, and a fill that started before the change is
 *   thrown away. Nothing survives a restart.
 * - Keys are canonical addresses (pageCacheKey.ts): `/id/%61bc`, `/id/x/../press-releases/abc`,
 *   `?page=02` and other spellings of a page go to Next.js and are never copied, so nobody can
 *   flood the cache. Paged and filtered lists and search results are copied under their query
 *   string's one canonical form.
 */

export type CachedPage = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer
  etag: string | null
  /**
   * The response headers as flat [name, value, …] lists, built once: a hit writes them as they are.
   * `otherSpelling` answers an address that only reduces to the key (a search form's empty fields,
   * another order): not shareable and without cache tags, so that a cache in front, which keys by
   * the address as sent, cannot be filled with endless spellings of one page.
   */
  raw: { canonical: RawHeaders; otherSpelling: RawHeaders }
}
type RawHeaders = { identity: string[]; gzip: string[]; notModified: string[] }

const flat = (headers: Record<string, string>): string[] => Object.entries(headers).flat()

/** The request header marking the cache's own fill request, which must reach Next.js. */
export const FILL_HEADER = 'x-warta-page-cache-fill'
/**
 * What a fill sends in FILL_HEADER: made up as the process starts, so a visitor who sends the
 * header (to have every request rendered, past the cache) is answered like any reader. Fills go
 * to this same process (server.ts: its own port, or a worker's private one).
 */
const FILL_TOKEN = randomBytes(16).toString('hex')
/** Response header: HIT on the cache's own answers, MISS on cacheable paths Next.js answered. */
export const CACHE_STATUS_HEADER = 'x-warta-page-cache'

/** Fills running at once; a miss beyond that is simply not copied this time. */
const MAX_FILLS = 8
/**
 * A page with a query string (a search, a paged or filtered list) is copied the second time it is
 * asked for, not the first: a fill renders the page again, and most searches are asked once —
 * copying each would render every one-off search twice (search throughput fell from 57 to 18 req/s
 * on the benchmark's corpus). Up to this many addresses asked once are remembered.
 */
const ASKED_ONCE_LIMIT = 10_000
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** Headers of a client-side navigation or a server action: Next.js answers those differently. */
const NEXT_REQUEST_HEADERS = ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch']

/** The key under which this request may be answered from (and later fill) the page cache, or null. */
export const cacheKeyOf = (request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.headers[FILL_HEADER] === FILL_TOKEN) return null
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null
  const cookie = request.headers.cookie ?? ''
  if (cookie.includes(DRAFT_MODE_COOKIE)) return null
  return pageCacheKey(request.url)
}

/**
 * Is the fill's answer a page every reader gets? Next.js marks dynamic renders
 * `private, no-cache, no-store, max-age=0, must-revalidate`; that exact header is its default for
 * every page and is replaced. Any other `private` or `no-store` was set on purpose (draft-mode
 * responses, next.config.mjs) and is respected, as is a cookie.
 */
export const isCacheableResponse = (status: number, headers: Headers): boolean => {
  if (status !== 200 || headers.get('set-cookie')) return false
  const cacheControl = headers.get('cache-control') ?? ''
  return cacheControl === NEXT_DYNAMIC_CACHE_CONTROL || !/private|no-store/.test(cacheControl)
}

const NEXT_DYNAMIC_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'
/**
 * What a copy says downstream. Browsers ask again every time (max-age=0; the ETag makes that a
 * 304). A shared cache in front (Varnish, docs/fronting-cache.md) may keep it 5 minutes and serve it
 * a minute past that while it refetches; every public change bans what it affects by tag
 * (`X-Cache-Tags`), so the 5 minutes only bound how long a lost ban could matter.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60'
/** What a copy says when sent for another spelling of its address: for this browser only. */
export const OTHER_SPELLING_CACHE_CONTROL = 'private, max-age=0, must-revalidate'
export const CACHE_TAGS_HEADER = 'x-cache-tags'


/** Hop-by-hop and per-response headers that a copy must not repeat. */
// The security headers are not kept with the copy: server.ts adds them to every answer (the copy's
// too, as extraHeaders), so a kept copy would send each of them twice ("nosniff, nosniff").
const SECURITY_HEADER_NAMES = Object.keys(securityHeaders({ https: true })).map((name) => name.toLowerCase())
const SKIPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'set-cookie', 'cache-control', 'etag', CACHE_TAGS_HEADER, ...SECURITY_HEADER_NAMES])

/** Does the client take gzip (`gzip` or `*`, without `q=0`)? */
export const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean)
    return quality === undefined || Number(quality) > 0
  })

export type PageCache = {
  /**
   * Answers the request from the cache; false when it must go to Next.js. `extraHeaders` (a flat
   * [name, value, …] list: server.ts's security headers) are added to the copy's own.
   */
  serve: (request: IncomingMessage, response: ServerResponse, extraHeaders?: readonly string[]) => boolean
  /** Runs Next.js for a request the cache did not answer, then copies the page if it may be kept. */
  run: (request: IncomingMessage, response: ServerResponse, handler: () => Promise<void>) => Promise<void>
  clear: () => void
  /** Resolves when no fill is in flight (tests). */
  idle: () => Promise<void>
  stats: () => { entries: number; bytes: number; cleared: number }
}

export const createPageCache = ({
  origin,
  maxBytes,
  fetchPage = fetch,
  onFillError = () => undefined,
}: {
  /** Where this server answers on loopback, for fill requests. */
  origin: string
  maxBytes: number
  fetchPage?: typeof fetch
  /** A fill that could not reach the server (misconfigured origin): worth one log line. */
  onFillError?: (error: unknown) => void
}): PageCache => {
  // Map order is recency order: a hit moves its entry to the end, eviction takes from the front.
  const entries = new Map<string, CachedPage>()
  const filling = new Map<string, Promise<void>>()
  let bytes = 0
  /** Of `bytes`, what copies of addresses with a query string take. */
  let queryBytes = 0
  let cleared = 0

  const hasQuery = (key: string) => key.includes('?')
  const sizeOf = (key: string, page: CachedPage) => key.length + page.body.length + page.gzip.length
  const remove = (key: string) => {
    const page = entries.get(key)
    if (!page) return
    entries.delete(key)
    bytes -= sizeOf(key, page)
    if (hasQuery(key)) queryBytes -= sizeOf(key, page)
  }
  // Searches and filtered lists are endless (any word, any topic slug, each renders the list), so
  // they get a quarter of the memory: a flood of them cannot push out the pages readers read most.
  const maxQueryBytes = maxBytes / 4
  const store = (key: string, page: CachedPage) => {
    if (sizeOf(key, page) > (hasQuery(key) ? maxQueryBytes : maxBytes)) return
    remove(key)
    entries.set(key, page)
    bytes += sizeOf(key, page)
    if (hasQuery(key)) queryBytes += sizeOf(key, page)
    for (const oldest of entries.keys()) {
      if (queryBytes <= maxQueryBytes) break
      if (hasQuery(oldest)) remove(oldest)
    }
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  const fill = (key: string): Promise<void> => {
    const started = publicGeneration()
    const run = async () => {
      try {
        const response = await fetchPage(`${origin}${key}`, { headers: { [FILL_HEADER]: FILL_TOKEN, 'accept-encoding': 'identity' }, redirect: 'manual' })
        const body = Buffer.from(await response.arrayBuffer())
        // A public change while the page was being rendered may have made it stale already.
        if (!mayKeep(started) || !isCacheableResponse(response.status, response.headers)) return
        const headers: Record<string, string> = {}
        response.headers.forEach((value, name) => {
          if (!SKIPPED_HEADERS.has(name)) headers[name] = value
        })
        // Next.js's own Vary may name Accept-Encoding already: once is enough.
        if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(headers.vary ?? '')) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding'
        headers['cache-control'] = PAGE_CACHE_CONTROL
        headers[CACHE_TAGS_HEADER] = tagsForPage(key, body.toString('utf8')).join(' ')
        const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
        headers.etag = etag
        const gzip = gzipSync(body)
        const rawOf = (sent: Record<string, string>): RawHeaders => ({
          identity: flat({ ...sent, 'content-length': String(body.length), [CACHE_STATUS_HEADER]: 'HIT' }),
          gzip: flat({ ...sent, 'content-encoding': 'gzip', 'content-length': String(gzip.length), [CACHE_STATUS_HEADER]: 'HIT' }),
          notModified: flat({ etag, 'cache-control': sent['cache-control']!, ...(sent.vary ? { vary: sent.vary } : {}), [CACHE_STATUS_HEADER]: 'HIT' }),
        })
        const { [CACHE_TAGS_HEADER]: _tags, ...untagged } = headers
        const raw = { canonical: rawOf(headers), otherSpelling: rawOf({ ...untagged, 'cache-control': OTHER_SPELLING_CACHE_CONTROL }) }
        store(key, { status: response.status, headers, body, gzip, etag, raw })
      } catch (error) {
        // The next request simply goes to Next.js again.
        onFillError(error)
      } finally {
        filling.delete(key)
      }
    }
    const promise = run()
    filling.set(key, promise)
    return promise
  }

  const askedOnce = new Set<string>()
  /** Is this miss worth a fill? A canonical path always; an address with a query on its second ask. */
  const worthCopying = (key: string): boolean => {
    if (!hasQuery(key) || askedOnce.delete(key)) return true
    askedOnce.add(key)
    if (askedOnce.size > ASKED_ONCE_LIMIT) askedOnce.delete(askedOnce.values().next().value!)
    return false
  }

  const clearAll = () => {
    cleared += 1
    entries.clear()
    bytes = 0
    queryBytes = 0
  }
  onPublicGenerationChange(clearAll)

  return {
    serve: (request, response, extraHeaders = []) => {
      if (entries.size === 0) return false
      const key = cacheKeyOf(request)
      const page = key === null ? undefined : entries.get(key)
      if (key === null || !page) return false
      entries.delete(key)
      entries.set(key, page)
      const withExtra = (headers: string[]) => (extraHeaders.length > 0 ? headers.concat(extraHeaders) : headers)
      const raw = request.url === key ? page.raw.canonical : page.raw.otherSpelling
      if (page.etag && request.headers['if-none-match'] === page.etag) {
        response.writeHead(304, withExtra(raw.notModified))
        response.end()
        return true
      }
      const gzip = acceptsGzip(request.headers['accept-encoding'])
      response.writeHead(page.status, withExtra(gzip ? raw.gzip : raw.identity))
      response.end(request.method === 'HEAD' ? undefined : gzip ? page.gzip : page.body)
      return true
    },
    run: async (request, response, handler) => {
      const key = cacheKeyOf(request)
      if (key) response.setHeader(CACHE_STATUS_HEADER, 'MISS')
      try {
        await handler()
      } finally {
        if (key && response.statusCode === 200 && !filling.has(key) && filling.size < MAX_FILLS && worthCopying(key)) void fill(key)
      }
    },
    clear: clearAll,
    idle: async () => {
      while (filling.size > 0) await Promise.all([...filling.values()])
    },
    stats: () => ({ entries: entries.size, bytes, cleared }),
  }
}
