import type { IncomingMessage, ServerResponse } from 'node:http'

import { AsyncLocalStorage } from 'node:async_hooks'
import { gzipSync } from 'node:zlib'

import { locales } from '@/lib/i18n/locales'

import { registerPageCache } from './pageCacheRegistry'

/**
 * An in-memory copy of the reader pages Next.js already serves from its full-route cache
 * (release and briefing pages, feeds), answered by the HTTP server before Next.js routes the
 * request. Next.js spends about a millisecond of JavaScript on every cached page; a published
 * page read by thousands should cost a map lookup and a socket write.
 *
 * Safety rules (docs/reader-site.md):
 * - Entries are only ever filled by the server's own cookieless loopback request, never from a
 *   response to a visitor, so an entry is by construction what an anonymous reader gets.
 * - Only Next.js responses that are themselves full-route-cache entries (`x-nextjs-cache`) and
 *   publicly cacheable are copied; dynamic pages (lists, search) never are.
 * - Requests that can see something else (draft mode, RSC navigation, server actions, a query
 *   string) bypass the cache both ways.
 * - Every revalidation (lib/revalidation/revalidateDocument.ts) empties it, in the same process,
 *   and the request that revalidated empties it once more when Next.js has handled it: Next.js
 *   applies revalidations at the end of that request, and a page fetched in between would be the
 *   old one. A fill that started before a clear is thrown away.
 * - Keys are canonical paths (lower-case ASCII segments, as slugs are): `/id/%61bc` and other
 *   spellings of a page go to Next.js and are never copied, so nobody can flood the cache.
 */

export type CachedPage = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer
  etag: string | null
}

/** The request header marking the cache's own fill request, which must reach Next.js. */
export const FILL_HEADER = 'x-warta-page-cache-fill'
/** Response header: HIT on the cache's own answers, MISS on cacheable paths Next.js answered. */
export const CACHE_STATUS_HEADER = 'x-warta-page-cache'

const CANONICAL_PATH = new RegExp(`^/(${locales.join('|')})(/[a-z0-9._-]+)*$`)
/** Fills running at once; a miss beyond that is simply not copied this time. */
const MAX_FILLS = 8
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** Headers of a client-side navigation or a server action: Next.js answers those differently. */
const NEXT_REQUEST_HEADERS = ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch']

/** May this request be answered from (and later fill) the page cache? */
export const isCacheableRequest = (request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (!CANONICAL_PATH.test(request.url ?? '')) return false
  if (request.headers[FILL_HEADER]) return false
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return false
  const cookie = request.headers.cookie ?? ''
  return !cookie.includes(DRAFT_MODE_COOKIE)
}

/** Is Next.js's answer a shared full-route-cache page (the only kind copied)? */
export const isCacheableResponse = (status: number, headers: Headers): boolean => {
  // HIT or MISS (just rendered); STALE means Next.js is regenerating it: not worth keeping.
  if (status !== 200 || !/^(HIT|MISS)$/.test(headers.get('x-nextjs-cache') ?? '')) return false
  const cacheControl = headers.get('cache-control') ?? ''
  if (/private|no-store|no-cache/.test(cacheControl)) return false
  return !headers.get('set-cookie')
}

/** Hop-by-hop and per-response headers that a copy must not repeat. */
const SKIPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'set-cookie'])

/** Does the client take gzip (`gzip` or `*`, without `q=0`)? */
export const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean)
    return quality === undefined || Number(quality) > 0
  })

/** The request being handled by Next.js, so a revalidation knows which request made it. */
type RequestContext = { revalidated: boolean }
const currentRequest = new AsyncLocalStorage<RequestContext>()

export type PageCache = {
  /** Answers the request from the cache; false when it must go to Next.js. */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean
  /**
   * Runs Next.js for a request the cache did not answer. Afterwards: clear again if this request
   * revalidated anything, else copy the page if Next.js served it from its full-route cache.
   */
  run: (request: IncomingMessage, response: ServerResponse, handler: () => Promise<void>) => Promise<void>
  clear: () => void
  /** Resolves when no fill is in flight (tests). */
  idle: () => Promise<void>
  stats: () => { entries: number; bytes: number; generation: number }
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
  let generation = 0

  const sizeOf = (page: CachedPage) => page.body.length + page.gzip.length
  const remove = (key: string) => {
    const page = entries.get(key)
    if (!page) return
    entries.delete(key)
    bytes -= sizeOf(page)
  }
  const store = (key: string, page: CachedPage) => {
    if (sizeOf(page) > maxBytes) return
    remove(key)
    entries.set(key, page)
    bytes += sizeOf(page)
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  const fill = (key: string): Promise<void> => {
    const started = generation
    const run = async () => {
      try {
        const response = await fetchPage(`${origin}${key}`, { headers: { [FILL_HEADER]: '1', 'accept-encoding': 'identity' }, redirect: 'manual' })
        const body = Buffer.from(await response.arrayBuffer())
        // A revalidation while the page was being fetched may have made it stale already.
        if (generation !== started || !isCacheableResponse(response.status, response.headers)) return
        const headers: Record<string, string> = {}
        response.headers.forEach((value, name) => {
          if (!SKIPPED_HEADERS.has(name)) headers[name] = value
        })
        headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding'
        store(key, { status: response.status, headers, body, gzip: gzipSync(body), etag: response.headers.get('etag') })
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

  const clearAll = () => {
    generation += 1
    entries.clear()
    bytes = 0
  }
  const registry = {
    clear: () => {
      clearAll()
      const context = currentRequest.getStore()
      if (context) context.revalidated = true
    },
  }
  registerPageCache(registry)

  return {
    serve: (request, response) => {
      if (!isCacheableRequest(request)) return false
      const key = request.url!
      const page = entries.get(key)
      if (!page) return false
      entries.delete(key)
      entries.set(key, page)
      if (page.etag && request.headers['if-none-match'] === page.etag) {
        const { 'cache-control': cacheControl, vary } = page.headers
        response.writeHead(304, { etag: page.etag, ...(cacheControl ? { 'cache-control': cacheControl } : {}), ...(vary ? { vary } : {}), [CACHE_STATUS_HEADER]: 'HIT' })
        response.end()
        return true
      }
      const gzip = acceptsGzip(request.headers['accept-encoding'])
      const body = gzip ? page.gzip : page.body
      response.writeHead(page.status, {
        ...page.headers,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'content-length': String(body.length),
        [CACHE_STATUS_HEADER]: 'HIT',
      })
      response.end(request.method === 'HEAD' ? undefined : body)
      return true
    },
    run: async (request, response, handler) => {
      const key = isCacheableRequest(request) ? request.url! : null
      // Also makes Node.js keep headers passed to writeHead readable (getHeader) afterwards.
      if (key) response.setHeader(CACHE_STATUS_HEADER, 'MISS')
      const context: RequestContext = { revalidated: false }
      try {
        await currentRequest.run(context, handler)
      } finally {
        if (context.revalidated) clearAll()
        else if (key && response.statusCode === 200 && response.getHeader('x-nextjs-cache') && !filling.has(key) && filling.size < MAX_FILLS) {
          void fill(key)
        }
      }
    },
    clear: clearAll,
    idle: async () => {
      while (filling.size > 0) await Promise.all([...filling.values()])
    },
    stats: () => ({ entries: entries.size, bytes, generation }),
  }
}
