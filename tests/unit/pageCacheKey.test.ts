import fs from 'node:fs'
import path from 'node:path'

import { pageCacheKey, parametersReadAt } from '@/lib/server/pageCacheKey'

import { sourceFiles } from '@/tests/helpers/sourceFiles'

/**
 * The page cache drops every query parameter a page does not read from its key, and answers such
 * an address with the page's copy (lib/server/pageCacheKey.ts). That is only right while the
 * cache knows every parameter every reader page reads: a page that starts reading one (`?sort=`)
 * without a rule for it would be answered with the copy of its unsorted self. This reads the
 * parameters each page declares in its `searchParams` type and checks the cache keeps each of them.
 */
const SITE = path.resolve('app', '(site)')


/** An address of the page (its dynamic segments filled in), as the cache sees it. */
const addressOf = (file: string): string =>
  `/${path
    .relative(SITE, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === '[locale]' ? 'id' : /^\[.*\]$/.test(segment) ? 'sample-slug' : segment))
    .join('/')}`

/** The parameter names of `searchParams: Promise<{ page?: string }>` or of the type it names. */
const parametersDeclaredIn = (source: string): string[] => {
  const declared = /searchParams:\s*Promise<\s*(\{[^}]*\}|\w+)\s*>/.exec(source)?.[1]
  if (!declared) return []
  const body = declared.startsWith('{') ? declared : new RegExp(`type ${declared}\\s*=\\s*(\\{[^}]*\\})`).exec(source)?.[1]
  if (!body) throw new Error(`The type ${declared} of searchParams is not declared in the page's own file.`)
  return [...body.matchAll(/(\w+)\??\s*:/g)].map((match) => match[1]!)
}

const pages = sourceFiles(SITE).filter((file) => path.basename(file) === 'page.tsx').map((file) => {
  const source = fs.readFileSync(file, 'utf8')
  return { file: path.relative(process.cwd(), file), address: addressOf(file), readsQuery: source.includes('searchParams'), declared: parametersDeclaredIn(source) }
})

test('the pages that read a query string are found, with what each reads', () => {
  const reading = Object.fromEntries(pages.filter((page) => page.readsQuery).map((page) => [page.address, page.declared]))
  // What the site reads today (a new page or parameter adds a line here and a rule in pageCacheKey.ts).
  expect(reading).toEqual({
    '/id/press-releases': ['page', 'topic', 'year'],
    '/id/search': ['q', 'type', 'spokesperson', 'topic', 'from', 'to', 'page'],
    '/id/spokespeople/sample-slug': ['page'],
    '/id/statements': ['page'],
    '/id/topics/sample-slug': ['page'],
  })
})

test.each(pages.filter((page) => page.readsQuery).map((page) => [page.file, page] as const))('the page cache keeps every parameter %s reads in its key', (_file, page) => {
  expect(page.declared.length).toBeGreaterThan(0)
  expect(parametersReadAt(page.address)).toEqual(expect.arrayContaining(page.declared))
})

/** Reader-side code (pages, route handlers, layouts, their components and data) that could read the query string. */
// The sitemap's routes are reader addresses outside (site), cached like its pages.
const READER_SOURCES = [SITE, path.resolve('app', 'sitemap.xml'), path.resolve('app', 'sitemaps'), path.resolve('components', 'site'), path.resolve('lib', 'site'), path.resolve('lib', 'seo'), path.resolve('lib', 'data')]
const READS_QUERY = /searchParams|useSearchParams|nextUrl\.search|new URL\(\s*request\.url/

test('only the pages above and the preview routes (no reader page, never cached) read the query string', () => {
  const reading = READER_SOURCES.flatMap(sourceFiles)
    .filter((file) => READS_QUERY.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(process.cwd(), file))
    .sort()
  // A file added here reads the query string some other way than its page's typed `searchParams`
  // (a route handler, a shared component, metadata): give its page a rule in QUERY_RULES first.
  expect(reading).toEqual([
    'app/(site)/[locale]/press-releases/page.tsx',
    'app/(site)/[locale]/search/page.tsx',
    'app/(site)/[locale]/spokespeople/[slug]/page.tsx',
    'app/(site)/[locale]/statements/page.tsx',
    'app/(site)/[locale]/topics/[slug]/page.tsx',
    'app/(site)/preview/exit/route.ts',
    'app/(site)/preview/route.ts',
  ])
  expect([pageCacheKey('/preview?path=/id&secret=x'), pageCacheKey('/preview/exit?path=/id')]).toEqual([null, null])
})

test('a page that reads no query string is cached under its path whatever the query string', () => {
  const plain = pages.filter((page) => !page.readsQuery && !page.address.includes('...'))
  expect(plain.map((page) => page.address)).toEqual(expect.arrayContaining(['/id', '/id/press-releases/sample-slug', '/id/briefings/sample-slug', '/id/briefings']))
  for (const page of plain) {
    expect(parametersReadAt(page.address)).toEqual([])
    expect(pageCacheKey(`${page.address}?ref=newsletter&page=2`)).toBe(page.address)
  }
})

test('the sitemap index and its files are cached under their paths; other files and spellings are not', () => {
  expect(pageCacheKey('/sitemap.xml')).toBe('/sitemap.xml')
  expect(pageCacheKey('/sitemap.xml?ref=crawler')).toBe('/sitemap.xml')
  expect(pageCacheKey('/sitemaps/press-releases-2024.xml')).toBe('/sitemaps/press-releases-2024.xml')
  expect(pageCacheKey('/sitemaps/briefings-2019-03.xml?x=1')).toBe('/sitemaps/briefings-2019-03.xml')
  for (const other of ['/sitemaps/../sitemap.xml', '/sitemaps/a/b.xml', '/sitemaps/Press-2024.xml', '/sitemaps/press-releases-2024', '/robots.txt', '/sitemap.xml/x']) {
    expect(pageCacheKey(other)).toBeNull()
  }
})
