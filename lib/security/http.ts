import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'

import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * What the production server (server.ts) decides about every request before Next.js or the page
 * cache sees it: the headers every response carries, the client's address, whether the path is
 * well formed, and how large a body may be. Pure functions of the request, unit-tested.
 */

/**
 * The Content-Security-Policy the site and the admin work under (checked in the browser tests:
 * no violations on the main pages and admin views). Next.js and Payload's admin put their
 * bootstrap in inline scripts and styles, so those are allowed from this origin only; nothing is
 * loaded from anywhere else, no plugins, no framing by other sites.
 *
 * Images and media may also come from the public URL's origin (`publicOrigin`, from
 * NEXT_PUBLIC_SERVER_URL): Payload writes media addresses with it
 * (`https://www.example.go.id/api/media/file/…`), so an editor who opens the admin at another
 * address of the same server (an internal host name, 127.0.0.1 where the URL says localhost) saw
 * every thumbnail blocked by `img-src 'self'`.
 */
export const contentSecurityPolicy = (publicOrigin?: string): string => {
  const ownMedia = publicOrigin ? ` ${publicOrigin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self'${ownMedia} data: blob:`,
    "font-src 'self' data:",
    "connect-src 'self'",
    `media-src 'self'${ownMedia}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** Every response's security headers; `publicOrigin` as in contentSecurityPolicy. */
export const securityHeaders = ({ https, publicOrigin }: { https: boolean; publicOrigin?: string }): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(publicOrigin),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Only over HTTPS: a browser told this over plain HTTP would ignore it anyway.
  ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

/** Set by server.ts from the socket (or, behind a configured proxy, X-Forwarded-For); never from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-warta-client-address'

type Request = Pick<IncomingMessage, 'headers' | 'method' | 'url' | 'socket'>

const firstForwarded = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() || undefined

/** HTTPS: a TLS socket, or — only when the proxy in front is trusted — `X-Forwarded-Proto: https`. */
export const isHttps = (request: Request, trustProxy: boolean): boolean =>
  Boolean((request.socket as TLSSocket | undefined)?.encrypted) ||
  (trustProxy && firstForwarded(request.headers['x-forwarded-proto'])?.toLowerCase() === 'https')

/** The client's address for throttling: the socket's, or the proxy's `X-Forwarded-For` when trusted. */
export const clientAddressOf = (request: Request, trustProxy: boolean): string =>
  (trustProxy ? firstForwarded(request.headers['x-forwarded-for']) : undefined) ?? request.socket?.remoteAddress ?? 'unknown'

/** A path that cannot be percent-decoded (`/id/press-releases/%FF%FE`) is refused, not crashed on. */
export const isDecodablePath = (url: string | undefined): boolean => {
  const path = (url ?? '/').split('?')[0]!
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

export const BODY_LIMITS = {
  /** A reader's request: a sign-in, a GraphQL query. */
  anonymous: 64 * 1024,
  /** A staff member's save or import. */
  staff: 16 * 1024 * 1024,
  /** A staff member's upload to the media library. */
  upload: 25 * 1024 * 1024,
} as const

const base64url = (buffer: Buffer) => buffer.toString('base64url')

/**
 * Whether the request carries a valid, unexpired Payload session (cookie or `Authorization:
 * JWT …`), checked with the key Payload signs with (SHA-256 of PAYLOAD_SECRET, first 32 hex
 * characters, HS256). Only used to choose a body limit; Payload itself still authenticates.
 */
export const hasStaffSession = (request: Request, payloadSecret: string, now = Date.now()): boolean => {
  const cookie = request.headers.cookie ?? ''
  const fromCookie = /(?:^|;\s*)payload-token=([^;]+)/.exec(cookie)?.[1]
  const fromHeader = /^(?:JWT|Bearer)\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]
  const token = fromCookie ?? fromHeader
  if (!token) return false
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return false
  const key = createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)
  const expected = Buffer.from(base64url(createHmac('sha256', key).update(`${header}.${payload}`).digest()))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number }
    return typeof exp === 'number' && exp * 1000 > now
  } catch {
    return false
  }
}

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string }

/**
 * Bodies are refused by their declared size, before a byte is read: a 60 MB anonymous POST was
 * read in full (+139 MB of memory). A body without a declared size (chunked) is refused too —
 * browsers and the admin always declare it.
 */
export const checkBody = (request: Request, isStaff: () => boolean): BodyVerdict => {
  const method = request.method ?? 'GET'
  const declared = request.headers['content-length']
  const chunked = /chunked/i.test(String(request.headers['transfer-encoding'] ?? ''))
  if (declared === undefined && !chunked) return { ok: true }
  if (declared === undefined) return { ok: false, status: 411, message: 'Send the body with a Content-Length.' }
  const bytes = Number(declared)
  if (!Number.isFinite(bytes) || bytes < 0) return { ok: false, status: 411, message: 'Content-Length is not a number.' }
  if (bytes <= BODY_LIMITS.anonymous) return { ok: true }
  // Only bodies too large for a reader cost a signature check.
  const staff = isStaff()
  const isUpload = staff && /^\/api\/media(\/|\?|$)/.test(request.url ?? '') && method !== 'GET'
  const limit = isUpload ? BODY_LIMITS.upload : staff ? BODY_LIMITS.staff : BODY_LIMITS.anonymous
  if (bytes > limit) {
    return { ok: false, status: 413, message: `The request body is ${bytes} bytes; at most ${limit} are accepted${staff ? '' : ' without signing in'}.` }
  }
  return { ok: true }
}
