import { locales } from '@/lib/i18n/locales'

/**
 * The page cache's key for a reader address, or null when the address must go to Next.js and never
 * be copied. A key is a canonical path — lower-case ASCII segments, as slugs are, none of them `.`
 * or `..` — and, for the pages that read a query string, the query in one canonical form.
 *
 * Paged and filtered lists and search results render per request (10–20 ms of one core each on the
 * benchmark corpus: at 10 connections that is 100–250 ms of waiting), and readers and crawlers ask
 * for the same ones again and again: page 2 of the releases, the week's news searched by name.
 * They are public and derive from the database like the lists themselves (every public change
 * empties the cache and bans the `list` tag), so they are copied too, under one rule that keeps a
 * flood of invented addresses from filling the cache with copies of one page:
 * - the parameters a page reads, each at most once, each value in its page's own form (`page=2`,
 *   never `page=02` or `page=1`); a read parameter in any other form goes to Next.js uncopied;
 * - empty parameters are dropped (a search form submits every field, most of them empty) and the
 *   rest put in one order, so the form's address and the page's own links share one copy, which is
 *   filled from the canonical address;
 * - a parameter the page does not read is no part of its address: tracking parameters (`utm_*`,
 *   `fbclid`…: trackingParameters.ts), a newsletter's `ref`, a share button's `s`, a cache-buster.
 *   The page is the same with or without them, and before, each such address rendered it: 98
 *   req/s for a release linked with `?ref=newsletter` against 19,500 for its copy (wrk, 10
 *   connections, 1× benchmark corpus). Which parameters a page reads is QUERY_RULES below;
 *   tests/unit/pageCacheKey.test.ts fails when a page reads one it does not name.
 */
// The sitemap's index and files (lib/seo/sitemap.ts) are the reader addresses outside a language.
export const CANONICAL_PATH = new RegExp(`^(?:/(?:${locales.join('|')})(?:/[a-z0-9][a-z0-9._-]*)*|/sitemap\\.xml|/sitemaps/[a-z0-9][a-z0-9-]*\\.xml)$`)

// Slugs are at most 160 characters (MAX_TYPED_SLUG_LENGTH); a query string beyond 1 KB is no form's.
const SLUG = /^[a-z0-9][a-z0-9-]{0,159}$/
const MAX_QUERY_STRING = 1024
const PAGE = /^(?:[2-9]|[1-9]\d{1,5})$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
/**
 * Next.js's own parameters (`_rsc` of a client navigation, `__next…`, route parameters passed as
 * `nxtP…`/`nxtI…`): such a request may want something other than the page, so it goes to Next.js.
 */
const NEXT_PARAMETER = /^(?:_rsc$|__next|nxt[PI])/
/** The search page reads at most 200 characters of a query. */
const MAX_QUERY = 200

type Rule = { name: string; valid: (value: string) => boolean }
const page: Rule = { name: 'page', valid: (value) => PAGE.test(value) }
const slugParameter = (name: string): Rule => ({ name, valid: (value) => SLUG.test(value) })

/** The pages that read a query string, and what each reads, in the order of its own links and form. */
const QUERY_RULES: { path: RegExp; rules: Rule[] }[] = [
  {
    path: /^\/[a-z]+\/search$/,
    rules: [
      { name: 'q', valid: (value) => value.trim() === value && value.length <= MAX_QUERY },
      slugParameter('type'),
      slugParameter('spokesperson'),
      slugParameter('topic'),
      { name: 'from', valid: (value) => DAY.test(value) },
      { name: 'to', valid: (value) => DAY.test(value) },
      page,
    ],
  },
  { path: /^\/[a-z]+\/press-releases$/, rules: [slugParameter('topic'), { name: 'year', valid: (value) => /^\d{4}$/.test(value) }, page] },
  // Any segment CANONICAL_PATH lets through (not only today's slugs): a page matched by no rule
  // reads no parameter, so a narrower pattern here would give page 2 of `a_b` page 1's copy.
  { path: /^\/[a-z]+\/(?:statements|topics\/[^/]+|spokespeople\/[^/]+)$/, rules: [page] },
]

const parameterRulesOf = (path: string): Rule[] => QUERY_RULES.find((candidate) => candidate.path.test(path))?.rules ?? []

/** The query parameters the page at this canonical path reads (every other one is dropped from its key). */
export const parametersReadAt = (path: string): string[] => parameterRulesOf(path).map((rule) => rule.name)

export const pageCacheKey = (url: string | undefined): string | null => {
  if (!url) return null
  const mark = url.indexOf('?')
  const path = mark === -1 ? url : url.slice(0, mark)
  if (!CANONICAL_PATH.test(path)) return null
  if (mark === -1) return path
  const rules = parameterRulesOf(path)
  if (url.length - mark > MAX_QUERY_STRING) return null
  const values = new Map<string, string>()
  // Malformed percent-encoding makes URLSearchParams guess; such an address is not a page's own.
  if (!/^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(url.slice(mark + 1))) return null
  for (const [name, value] of new URLSearchParams(url.slice(mark + 1))) {
    if (NEXT_PARAMETER.test(name)) return null
    const rule = rules.find((candidate) => candidate.name === name)
    if (!rule) continue
    if (values.has(name)) return null
    values.set(name, value)
    if (value !== '' && !rule.valid(value)) return null
  }
  const canonical = new URLSearchParams(rules.flatMap((rule) => (values.get(rule.name) ? [[rule.name, values.get(rule.name)!]] : []))).toString()
  return canonical ? `${path}?${canonical}` : path
}
