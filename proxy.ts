import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/lib/seo/negotiateLocale'

/**
 * Only `/` depends on the request's language; deciding it here keeps every page under
 * `/[locale]` free of request headers, so they stay cacheable.
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}

export const config = { matcher: ['/'] }
