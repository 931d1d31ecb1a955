/**
 * Query parameters that links carry for someone else's statistics and that no reader page reads:
 * Facebook adds `fbclid` (a new value on every click) to every link followed out of it, Google Ads
 * `gclid`, newsletters and campaigns `utm_*`. In a news spike most readers arrive through such links,
 * so an address that differs from the page's own only by these is the page's own address:
 * - the fronting cache drops them before it looks (deploy/varnish/warta.vcl names the same
 *   parameters; tests/unit/trackingParameters.test.ts keeps the two in step), so every click
 *   shares its copy;
 * - the page's language links leave them out (proxy.ts).
 * (The page cache goes further: it drops every parameter a page does not read, these included:
 * lib/server/pageCacheKey.ts.)
 *
 * Only names that are tracking by every account and that no page of ours could mean otherwise:
 * not `ref`, `source` or `s`, which Varnish, knowing nothing of which parameters a page reads,
 * must keep in its key.
 */
/** Google Analytics' campaign parameters: `utm_source`, `utm_medium`, `utm_campaign`… */
export const UTM_PARAMETER = /^utm_[A-Za-z0-9_]+$/
export const TRACKING_PARAMETERS = [
  // Facebook, Instagram, Google (Ads, Analytics, Search's `srsltid`), Microsoft, Yandex, X, TikTok, LinkedIn
  'fbclid',
  'igshid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  '_ga',
  '_gl',
  'srsltid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  // Mailchimp, HubSpot, Marketo newsletters
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
] as const

const exact = new Set<string>(TRACKING_PARAMETERS)

export const isTrackingParameter = (name: string): boolean => exact.has(name) || UTM_PARAMETER.test(name)

/** A URL's query string (`?a=1&utm_source=x`) without its tracking parameters, the rest as written. */
export const withoutTrackingParameters = (search: string): string => {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !isTrackingParameter(nameOf(part)))
  return kept.length > 0 ? `?${kept.join('&')}` : ''
}

const nameOf = (part: string): string => {
  const name = part.split('=')[0]!
  try {
    return decodeURIComponent(name)
  } catch {
    // Malformed percent-encoding: not a tracking parameter's name.
    return name
  }
}
