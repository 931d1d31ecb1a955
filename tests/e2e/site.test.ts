import type { Browser, Page } from 'playwright-core'

import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { OTHER_SPELLING_CACHE_CONTROL } from '@/lib/server/pageCache'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startCountingProxy } from '@/tests/helpers/countingProxy'
import { sentinel } from '@/tests/helpers/documents'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { createDraftReleaseOverHttp, forcePublishOverHttp, loginToken, saveDraftOverHttp } from '@/tests/helpers/siteHttp'
import { sitemapFilePaths, sitemapOverHttp } from '@/tests/helpers/sitemap'

/**
 * The reader site in real Chromium against the production build, in all three languages:
 * anchors that survive a language switch, honest 404s, Chinese search, publishing that shows on
 * the next load, and no draft text anywhere a reader (or a crawler) can reach.
 */
const PREVIEW_SECRET = 'e2e-preview-secret'
let site: RunningSite
let browser: Browser
let token: string
const slug = 'e2e-id-only-release'
const publishedTitle = 'Siaran pers uji hanya dalam bahasa Indonesia'
const draftSentinel = sentinel('en-draft')
// The other two shapes of unpublished text: a release never published at all, and a newer draft
// of the published demo release.
const neverPublishedSentinel = sentinel('never-published')
const newerDraftSentinel = sentinel('newer-draft')
const neverPublishedSlug = 'e2e-never-published'
let releaseId: number

beforeAll(async () => {
  process.env.PREVIEW_SECRET = PREVIEW_SECRET
  site = await startSite()
  browser = await launchBrowser()
  token = await loginToken(site.url, 'admin@example.com')
  releaseId = await createDraftReleaseOverHttp(site.url, token, {
    slug,
    locale: 'id',
    title: publishedTitle,
    body: 'Isi siaran pers yang diterbitkan.',
  })
  await saveDraftOverHttp(site.url, token, releaseId, 'en', draftSentinel, draftSentinel)
  await createDraftReleaseOverHttp(site.url, token, {
    slug: neverPublishedSlug,
    locale: 'id',
    title: neverPublishedSentinel,
    body: neverPublishedSentinel,
  })
  const demo = (await (await fetch(`${site.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  for (const locale of ['id', 'zh', 'en'] as const) {
    await saveDraftOverHttp(site.url, token, demo.docs[0]!.id, locale, `${newerDraftSentinel}-${locale}`, `${newerDraftSentinel}-${locale}`)
  }
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const openPage = async (): Promise<Page> => browser.newPage({ viewport: { width: 390, height: 844 } })

test.each(['id', 'zh', 'en'] as const)('switching language from %s on a briefing lands on the same #q anchor', async (locale) => {
  const page = await openPage()
  await page.goto(`${site.url}/${locale}/briefings/${demoBriefing.slug}#q1`)
  expect(await page.locator('li#q1 .question').textContent()).toContain(demoBriefing.items[0]!.question[locale])
  await page.screenshot({ path: screenshotPath(`site-briefing-${locale}`), fullPage: true })
  const target = locale === 'en' ? 'zh' : 'en'
  await page.locator(`.site-header .languages a[data-locale="${target}"]`).click()
  await page.waitForURL(`**/${target}/briefings/${demoBriefing.slug}#q1`)
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('q1')
  expect(await page.locator('li#q1 .question').textContent()).toContain(demoBriefing.items[0]!.question[target])
  await page.close()
})

test('a locale the release is not published in answers 404 with links to the published language only', async () => {
  await forcePublishOverHttp(site.url, token, releaseId, 'id')
  const response = await fetch(`${site.url}/en/press-releases/${slug}`)
  expect(response.status).toBe(404)
  const page = await openPage()
  await page.goto(`${site.url}/en/press-releases/${slug}`)
  const links = page.locator('.available-languages a')
  await links.first().waitFor()
  expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
    `/id/press-releases/${slug}`,
  ])
  expect(await page.locator('main').textContent()).not.toContain(publishedTitle)
  await page.screenshot({ path: screenshotPath('site-not-translated-en'), fullPage: true })
  await links.first().click()
  await page.waitForURL(`**/id/press-releases/${slug}`)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(publishedTitle)
  await page.close()
})

test('a publish through the workflow shows on the next page load', async () => {
  const newSlug = 'e2e-publish-visible'
  const title = 'Rilis yang baru saja terbit'
  const id = await createDraftReleaseOverHttp(site.url, token, { slug: newSlug, locale: 'id', title, body: 'Isi.' })
  expect((await fetch(`${site.url}/id/press-releases/${newSlug}`)).status).toBe(404)
  expect(await (await fetch(`${site.url}/id`)).text()).not.toContain(title)
  await forcePublishOverHttp(site.url, token, id, 'id')
  const page = await openPage()
  await page.goto(`${site.url}/id`)
  await page.getByRole('link', { name: title }).click()
  await page.waitForURL(`**/id/press-releases/${newSlug}`)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
  await page.close()
})

/** GETs a reader page until the server's page cache answers it (its copy is made just after a miss). */
const readUntilCached = async (address: string) => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${site.url}${address}`)
    const text = await response.text()
    if (response.headers.get('x-warta-page-cache') === 'HIT') return text
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${address} never came from the page cache`)
}

test('a page held in the server’s page cache: drafts never reach it, a republish replaces it on the next request', async () => {
  const cachedSlug = 'e2e-page-cache'
  const address = `/id/press-releases/${cachedSlug}`
  const id = await createDraftReleaseOverHttp(site.url, token, { slug: cachedSlug, locale: 'id', title: 'Judul pertama', body: 'Isi pertama.' })
  await forcePublishOverHttp(site.url, token, id, 'id')
  expect(await readUntilCached(address)).toContain('Judul pertama')

  // A staff member in draft mode gets the draft from Next.js; the copy readers get is untouched.
  const correction = sentinel('cached-page-draft')
  await saveDraftOverHttp(site.url, token, id, 'id', correction, correction)
  const cookie = `payload-token=${token}`
  const browserLike = { 'Sec-Fetch-Site': 'same-origin' }
  const enable = await fetch(`${site.url}/preview?secret=${PREVIEW_SECRET}&path=${encodeURIComponent(address)}`, {
    headers: { cookie, ...browserLike },
    redirect: 'manual',
  })
  const bypass = (enable.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass=')) ?? '').split(';')[0]
  const preview = await fetch(`${site.url}${address}`, { headers: { cookie: `${cookie}; ${bypass}`, ...browserLike } })
  expect({ cache: preview.headers.get('x-warta-page-cache'), draft: (await preview.text()).includes(correction) }).toEqual({ cache: null, draft: true })
  const reader = await readUntilCached(address)
  expect({ published: reader.includes('Judul pertama'), leaked: reader.includes(correction) }).toEqual({ published: true, leaked: false })

  await forcePublishOverHttp(site.url, token, id, 'id', { changeNote: 'Judul diperbaiki.' })
  const next = await (await fetch(`${site.url}${address}`)).text()
  expect({ republished: next.includes(correction), old: next.includes('Judul pertama') }).toEqual({ republished: true, old: false })
})

test('a link shared with tracking parameters is the page’s own: its language links drop them, and later clicks get the page’s copy', async () => {
  const slug = 'e2e-shared-link'
  const id = await createDraftReleaseOverHttp(site.url, token, { slug, locale: 'id', title: 'Rilis yang dibagikan', body: 'Isi.' })
  // A public change: every copy is gone, so the first click below is rendered by Next.js.
  await forcePublishOverHttp(site.url, token, id, 'id')
  const click = (n: number) => `utm_source=facebook&utm_medium=social&fbclid=IwAR${n}`
  const first = await fetch(`${site.url}/en/press-releases?${click(1)}`)
  const html = await first.text()
  // Its links (Next.js's own router state in the page keeps the address it was asked for).
  expect({ cache: first.headers.get('x-warta-page-cache'), zhLink: html.includes('href="/zh/press-releases"'), tracking: /href="[^"]*(fbclid|utm_)/.test(html) }).toEqual({
    cache: 'MISS',
    zhLink: true,
    tracking: false,
  })
  expect(await readUntilCached(`/en/press-releases?${click(2)}`)).toContain('href="/zh/press-releases"')
  const shared = async (address: string) => {
    const response = await fetch(`${site.url}${address}`)
    return { cache: response.headers.get('x-warta-page-cache'), cacheControl: response.headers.get('cache-control'), tracking: /fbclid|utm_/.test(await response.text()) }
  }
  // Answered from the copy, for this browser only (a cache in front keys by the address as sent).
  const fromCopy = { cache: 'HIT', cacheControl: OTHER_SPELLING_CACHE_CONTROL, tracking: false }
  expect(await shared(`/en/press-releases?${click(3)}`)).toEqual(fromCopy)
  await readUntilCached(`/id/press-releases/${slug}`)
  expect(await shared(`/id/press-releases/${slug}?${click(4)}`)).toEqual(fromCopy)
})

test('a search and a filtered list are answered from the page cache, and the next publish shows in them at once', async () => {
  const word = `kacamata${Date.now().toString(36)}`
  const first = await createDraftReleaseOverHttp(site.url, token, { slug: 'e2e-cached-search-1', locale: 'id', title: 'Rilis pertama tentang kacamata', body: `Isi tentang ${word}.` })
  await forcePublishOverHttp(site.url, token, first, 'id')
  // As the search form sends it: every field, the empty ones too.
  const formAddress = `/id/search?q=${word}&type=&spokesperson=&topic=&from=&to=`
  const cached = await readUntilCached(formAddress)
  expect({ first: cached.includes('Rilis pertama tentang kacamata'), second: cached.includes('Rilis kedua') }).toEqual({ first: true, second: false })
  expect(await readUntilCached(`/id/search?q=${word}`)).toContain('Rilis pertama tentang kacamata')
  // The demo release is of 2024, on artificial intelligence: a filtered list, as its form sends it.
  expect(await readUntilCached('/id/press-releases?topic=artificial-intelligence&year=2024')).toContain(demoRelease.title.id)

  const second = await createDraftReleaseOverHttp(site.url, token, { slug: 'e2e-cached-search-2', locale: 'id', title: 'Rilis kedua tentang kacamata', body: `Lagi tentang ${word}.` })
  await forcePublishOverHttp(site.url, token, second, 'id')
  // No wait: the publish emptied the copies before it answered.
  const after = await fetch(`${site.url}${formAddress}`)
  const html = await after.text()
  expect({ cache: after.headers.get('x-warta-page-cache'), first: html.includes('Rilis pertama tentang kacamata'), second: html.includes('Rilis kedua tentang kacamata') }).toEqual({
    cache: 'MISS',
    first: true,
    second: true,
  })
})

test('searching a Chinese substring lands on the answer', async () => {
  const page = await openPage()
  await page.goto(`${site.url}/zh/search`)
  await page.getByLabel('搜索内容').fill('全球南方')
  await page.getByRole('button', { name: '搜索' }).click()
  await page.waitForURL('**/zh/search?**')
  await page.screenshot({ path: screenshotPath('site-search-zh'), fullPage: true })
  await page.locator('.search-results a[href*="#q1"]').first().click()
  await page.waitForURL(`**/zh/briefings/${demoBriefing.slug}#q1`)
  expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toContain('全球南方')
  await page.close()
})

test.each(['id', 'zh', 'en'] as const)('the %s home page has landmarks, a skip link and lang attributes', async (locale) => {
  const page = await openPage()
  await page.goto(`${site.url}/${locale}`)
  expect(await page.getAttribute('html', 'lang')).toMatch(new RegExp(`^${locale}`))
  expect(await page.locator('header, main#main, footer, nav').count()).toBeGreaterThanOrEqual(4)
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main')
  await page.screenshot({ path: screenshotPath(`site-home-${locale}`), fullPage: true })
  await page.close()
})

test('`/` redirects by Accept-Language', async () => {
  const response = await fetch(`${site.url}/`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' }, redirect: 'manual' })
  expect(response.status).toBe(307)
  expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe('/zh')
})

test('a reader’s page view is one request: no client-hint retry, no icon fetched again; only the admin asks for hints', async () => {
  // Payload's Critical-CH on every address made Chromium ask for a reader's first page twice, and
  // the icon (a Next.js metadata file, `max-age=0`) was fetched again with every page.
  const proxy = await startCountingProxy(site.url)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const addresses = [`/en/press-releases/${demoRelease.slug}`, '/en', '/en/briefings', `/en/press-releases/${demoRelease.slug}`]
  try {
    const page = await context.newPage()
    for (const address of addresses) expect((await page.goto(`${proxy.url}${address}`, { waitUntil: 'networkidle' }))?.status()).toBe(200)
    // Scripts and styles are fetched once: their names change with their content.
    expect(proxy.seen.filter((request) => !request.path.startsWith('/_next/static/')).map((request) => request.path)).toEqual(addresses)
  } finally {
    await context.close()
    await proxy.stop()
  }
  // Rendered, then from the page cache: neither asks, nor varies by the hint (one copy per page in a shared cache).
  const readerHints = []
  for (const path of ['/en', `/id/press-releases/${demoRelease.slug}`, '/zh/press-releases/feed.xml', '/sitemap.xml', '/en/search?q=ai']) {
    for (const round of [1, 2]) {
      const { headers } = await fetch(`${site.url}${path}`)
      readerHints.push({ path, round, asked: headers.get('accept-ch') ?? headers.get('critical-ch'), variesByHint: /sec-ch/i.test(headers.get('vary') ?? '') })
    }
  }
  expect(readerHints.filter((hint) => hint.asked !== null || hint.variesByHint)).toEqual([])
  // The admin opens in the reader's colour scheme, which it reads from the hint.
  const admin = await fetch(`${site.url}/admin/login`)
  expect({ status: admin.status, asked: admin.headers.get('accept-ch') }).toEqual({ status: 200, asked: 'Sec-CH-Prefers-Color-Scheme' })
})

const readerAddresses = () => [
  `/id/press-releases/${slug}`,
  `/en/press-releases/${slug}`,
  '/id',
  '/en',
  '/en/press-releases',
  '/id/press-releases/feed.xml',
  '/en/press-releases/feed.xml',
  '/sitemap.xml',
  // The search form echoes the query, so search for a fragment and look for the whole sentinel.
  `/en/search?q=${encodeURIComponent(draftSentinel.slice(-8))}`,
  `/id/search?q=${encodeURIComponent(draftSentinel.slice(-8))}`,
  `/en/search?q=SENTINEL`,
  `/zh/search?q=SENTINEL`,
  ...(['id', 'zh', 'en'] as const).flatMap((locale) => [
    `/${locale}`,
    `/${locale}/press-releases`,
    `/${locale}/press-releases/${demoRelease.slug}`,
    `/${locale}/press-releases/${neverPublishedSlug}`,
    `/${locale}/press-releases/feed.xml`,
    `/${locale}/topics/artificial-intelligence`,
    `/${locale}/topics/artificial-intelligence/feed.xml`,
  ]),
]

const unpublishedTexts = () => [draftSentinel, neverPublishedSentinel, newerDraftSentinel]

test('no page, .rsc payload, feed, sitemap or search result carries the draft text', async () => {
  for (const address of [...readerAddresses(), ...(await sitemapFilePaths(site.url))]) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const text = await (await fetch(`${site.url}${address}`, { headers })).text()
      const leaked = unpublishedTexts().filter((secret) => text.includes(secret))
      expect({ address, headers, leaked }).toEqual({ address, headers, leaked: [] })
    }
  }
})

test('feeds and the sitemap are well-formed XML listing only published languages', async () => {
  const page = await openPage()
  await page.goto(`${site.url}/id`)
  const sitemapFiles = await sitemapFilePaths(site.url)
  expect(sitemapFiles).toEqual(expect.arrayContaining(['/sitemaps/home.xml', expect.stringMatching(/^\/sitemaps\/press-releases-\d{4}\.xml$/)]))
  for (const address of ['/id/press-releases/feed.xml', '/zh/briefings/feed.xml', '/en/topics/united-nations/feed.xml', '/sitemap.xml', ...sitemapFiles]) {
    const xml = await (await fetch(`${site.url}${address}`)).text()
    const errors = await page.evaluate(
      (source) => new DOMParser().parseFromString(source, 'application/xml').getElementsByTagName('parsererror').length,
      xml,
    )
    expect({ address, errors }).toEqual({ address, errors: 0 })
  }
  const sitemap = await sitemapOverHttp(site.url)
  expect(sitemap).toContain(`/id/press-releases/${slug}`)
  expect(sitemap).not.toContain(`/en/press-releases/${slug}`)
  expect(sitemap).not.toContain(`/zh/press-releases/${slug}`)
  await page.close()
})

test('a staff preview shows the draft, uncached', async () => {
  const cookie = `payload-token=${token}`
  // Payload accepts a session cookie only from a same-origin browser request (CSRF rule).
  const browserLike = { 'Sec-Fetch-Site': 'same-origin' }
  const enable = await fetch(
    `${site.url}/preview?secret=${PREVIEW_SECRET}&path=${encodeURIComponent(`/en/press-releases/${slug}`)}`,
    { headers: { cookie, ...browserLike }, redirect: 'manual' },
  )
  expect(enable.status).toBe(307)
  const bypass = (enable.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass=')) ?? '').split(';')[0]
  const response = await fetch(`${site.url}/en/press-releases/${slug}`, { headers: { cookie: `${cookie}; ${bypass}`, ...browserLike } })
  const html = await response.text()
  expect(html).toContain(draftSentinel)
  expect(response.headers.get('cache-control')).toMatch(/private.*no-store|no-store.*private/)
  // The preview never passes for the live site: a banner says so and leads back out.
  expect(html).toContain('Preview: you are seeing unpublished drafts as staff')
  expect(html).toContain(`href="/preview/exit?path=${encodeURIComponent(`/en/press-releases/${slug}`)}"`)
  // Readers never see the banner.
  expect(await (await fetch(`${site.url}/id/press-releases/${slug}`)).text()).not.toContain('Preview: you are')
})

test('preview without a staff session is refused', async () => {
  const response = await fetch(`${site.url}/preview?secret=${PREVIEW_SECRET}&path=/en`, { redirect: 'manual' })
  expect(response.status).toBe(403)
})
