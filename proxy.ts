import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/lib/seo/negotiateLocale'
import { CURRENT_PATH_HEADER } from '@/lib/site/currentPath'
import { withoutTrackingParameters } from '@/lib/site/trackingParameters'

/**
 * `/` is the only page that depends on the request's language: it is decided here, so every page
 * under `/[locale]` stays free of request headers and cacheable by its URL. Every other reader
 * page learns its own address (for the header's language links) from a header set here from the
 * URL, never from the client, less tracking parameters (a shared link's language links are the page's own).
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const locale = negotiateLocale(request.headers.get('accept-language'))
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
    response.headers.set('Vary', 'Accept-Language')
    response.headers.set('Cache-Control', 'private, no-store')
    return response
  }
  const headers = new Headers(request.headers)
  headers.set(CURRENT_PATH_HEADER, `${request.nextUrl.pathname}${withoutTrackingParameters(request.nextUrl.search)}`)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/((?!api/|admin|_next/|preview).*)'] }
