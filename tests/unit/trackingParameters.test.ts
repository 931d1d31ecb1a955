import fs from 'node:fs'

import { isTrackingParameter, TRACKING_PARAMETERS, UTM_PARAMETER, withoutTrackingParameters } from '@/lib/site/trackingParameters'

/**
 * Tracking parameters (`utm_*`, `fbclid`…) are dropped by two things that must agree: the page
 * cache's key (TypeScript) and the shipped Varnish configuration (VCL). The VCL's expressions are
 * read from the file and checked here against the TypeScript list; tests/e2e/frontingCache.test.ts
 * runs them in Varnish itself.
 */
const vcl = fs.readFileSync('deploy/varnish/warta.vcl', 'utf8')
const vclLines = vcl.split('\n').filter((line) => line.includes('fbclid') && !line.trim().startsWith('#'))

/** Every alternation of names in the VCL's tracking expressions. */
const vclNameLists = vclLines.map((line) => {
  const match = /\((utm_[^|]+(?:\|[a-z_]+)+)\)/.exec(line)
  if (!match) throw new Error(`No list of names in: ${line}`)
  return match[1]!.split('|')
})

test('the VCL drops exactly the parameters the page cache ignores, in both of its expressions', () => {
  expect(vclNameLists).toHaveLength(2)
  for (const names of vclNameLists) {
    expect(names[0]).toBe(UTM_PARAMETER.source.slice(1, -1))
    expect([...names.slice(1)].sort()).toEqual([...TRACKING_PARAMETERS].sort())
  }
})

/**
 * The VCL's rewrite, applied as Varnish applies it (regsuball, then regsub); JavaScript's regular
 * expressions read these two patterns as PCRE does (a lookbehind, alternation, anchors).
 */
const vclRewrite = (url: string): string => {
  const [, test] = /req\.url ~ "([^"]+)"/.exec(vclLines[0]!)!
  const [, all] = /regsuball\(req\.url, "([^"]+)", ""\)/.exec(vclLines[1]!)!
  if (!new RegExp(test!).test(url)) return url
  return url.replace(new RegExp(all!, 'g'), '').replace(/[?&]$/, '')
}

test.each([
  ['/id/press-releases/a?utm_source=facebook&fbclid=IwAR0x', '/id/press-releases/a'],
  ['/id/press-releases?page=2&utm_source=x', '/id/press-releases?page=2'],
  ['/id/press-releases?utm_source=x&page=2', '/id/press-releases?page=2'],
  ['/en/search?q=asean&gclid=Cj0K&type=briefings', '/en/search?q=asean&type=briefings'],
  ['/en/press-releases/a?fbclid', '/en/press-releases/a'],
  ['/en/press-releases/a?fbclidx=1', '/en/press-releases/a?fbclidx=1'],
  ['/en/press-releases/a?xfbclid=1', '/en/press-releases/a?xfbclid=1'],
  ['/en/press-releases/a?utm_=1', '/en/press-releases/a?utm_=1'],
  ['/en/search?q=utm_source', '/en/search?q=utm_source'],
  ['/en/press-releases/a', '/en/press-releases/a'],
])('the VCL rewrites %s to %s', (url, expected) => {
  expect(vclRewrite(url)).toBe(expected)
})

test.each([
  ['utm_source', true],
  ['utm_campaign', true],
  ['fbclid', true],
  ['srsltid', true],
  ['utm_', false],
  ['utm', false],
  ['page', false],
  ['q', false],
  ['FBCLID', false],
])('%s is a tracking parameter: %s', (name, expected) => {
  expect(isTrackingParameter(name)).toBe(expected)
})

test.each([
  ['', ''],
  ['?utm_source=x', ''],
  ['?q=%E7%B2%AE%E9%A3%9F&fbclid=1&page=2', '?q=%E7%B2%AE%E9%A3%9F&page=2'],
  ['?q=a%20b', '?q=a%20b'],
  ['?utm%5Fsource=x', ''],
  ['?%zz=1&fbclid=2', '?%zz=1'],
])('the query %j without its tracking parameters is %j, the rest as written', (search, expected) => {
  expect(withoutTrackingParameters(search)).toBe(expected)
})
