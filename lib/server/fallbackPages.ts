import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Locale } from '@/lib/i18n/locales'

import { isLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { negotiateLocale } from '@/lib/seo/negotiateLocale'
import { resources } from '@/locales'

/**
 * The server's own error pages, for what Next.js cannot render as HTML: a server error (Next.js
 * answers 500 with an empty shell for client-side JavaScript to fill) and a stray `notFound()`
 * (the same empty shell, vercel/next.js#62228). Reader pages render their own 404/410 bodies
 * (lib/server/responseStatus.ts); these are the floor under them. Plain HTML from the locale
 * files, with no database and no React, so it works when those are what failed.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** Reader addresses: everything but the admin, the APIs, Next.js's own files and the preview routes. */
export const isReaderPath = (pathname: string): boolean => !/^\/(api|admin|_next|preview)(\/|$)/.test(pathname)

/**
 * Addresses of files rather than pages (feeds, the sitemap, robots.txt, icons): their own 404 is
 * kept as their route answers it, not replaced by an HTML page. An address like this that no route
 * serves is still rendered by the language's catch-all page, whose 404 status applies.
 */
const isFileAddress = (pathname: string): boolean => /\.(xml|txt|json|js|css|map|ico|png|svg|webmanifest)$/.test(pathname)

/** The language of a fallback page: the address's, else the reader's browser's. */
export const fallbackLocale = (pathname: string, acceptLanguage: string | undefined): Locale => {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : negotiateLocale(acceptLanguage)
}

export const fallbackPage = (status: 404 | 500, locale: Locale): string => {
  const errors = resources[locale].errors
  const common = resources[locale].common
  const strings = status === 404 ? errors.notFound : errors.serverError
  const languageLinks = locales
    .map(
      (code) =>
        `<li><a href="/${code}" lang="${localeInfo[code].bcp47}" hreflang="${localeInfo[code].bcp47}">${escapeHtml(localeInfo[code].nativeName)}</a></li>`,
    )
    .join('')
  return `<!DOCTYPE html>
<html lang="${localeInfo[locale].bcp47}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(strings.title)} · ${escapeHtml(common.siteName)}</title>
<style>body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}a{color:#0b4f8a}</style>
</head>
<body>
<header><a href="/${locale}">${escapeHtml(common.siteName)}</a></header>
<main>
<h1>${escapeHtml(strings.title)}</h1>
<p>${escapeHtml(strings.body)}</p>
<p><a href="/${locale}">${escapeHtml(errors.notFound.home)}</a></p>
<nav aria-label="${escapeHtml(errors.otherLanguages)}"><ul>${languageLinks}</ul></nav>
</main>
</body>
</html>
`
}

/**
 * Makes Next.js's answer to a reader page use the page's own status (404/410, set while it
 * rendered), and swaps Next.js's empty error shell (a 5xx, or a 404 no page rendered a body for)
 * for a fallback page in the reader's language. Call before handing the request to Next.js.
 */
export const applyReaderStatus = (request: IncomingMessage, response: ServerResponse, slot: { status?: number }): void => {
  const pathname = (request.url ?? '/').split('?')[0] ?? '/'
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !isReaderPath(pathname)) return
  const writeHead = response.writeHead as (...args: unknown[]) => ServerResponse
  const write = response.write as (...args: unknown[]) => boolean
  const end = response.end as (...args: unknown[]) => ServerResponse
  const fileAddress = isFileAddress(pathname)
  let replacement: string | null = null
  response.writeHead = function patchedWriteHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    let status = statusCode
    if (status === 200 && slot.status) status = slot.status
    if (fileAddress || !(status >= 500 || (status === 404 && !slot.status))) return writeHead.call(this, status, ...rest)
    replacement = request.method === 'HEAD' ? '' : fallbackPage(status >= 500 ? 500 : 404, fallbackLocale(pathname, request.headers['accept-language']))
    for (const name of this.getHeaderNames()) if (/^(content-|etag$|x-nextjs|vary$|link$)/i.test(name)) this.removeHeader(name)
    this.setHeader('content-type', 'text/html; charset=utf-8')
    this.setHeader('cache-control', 'private, no-store')
    return writeHead.call(this, status >= 500 ? status : 404)
  } as ServerResponse['writeHead']
  // Headers are decided before the first byte, so a replaced body never mixes with Next.js's.
  response.write = function patchedWrite(this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode)
    return replacement === null ? write.apply(this, args) : true
  } as ServerResponse['write']
  response.end = function patchedEnd(this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode)
    if (replacement === null) return end.apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function')
    return end.call(this, replacement, callback)
  } as ServerResponse['end']
}
