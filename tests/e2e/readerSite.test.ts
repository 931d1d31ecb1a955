import type { Browser, Page } from 'playwright-core'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { createDraftReleaseOverHttp, forcePublishOverHttp, loginToken, saveDraftOverHttp, unpublishOverHttp } from '@/tests/helpers/siteHttp'
import { signIn, waitForHydration } from '@/tests/helpers/story'

/**
 * The reader site as readers (and their feed readers and crawlers) meet it, in all three
 * languages: topic pages with their Q&A, reference data that refreshes on the next request,
 * server-rendered 404/410 pages that work without JavaScript, one language switcher that keeps the
 * document, dates and notices in the page's own language, and a search box on every page.
 */
let site: RunningSite
let browser: Browser
let token: string
const idOnlySlug = 'e2e-reader-id-only'
const idOnlyTitle = 'Siaran pers khusus bahasa Indonesia'
const takenDownSlug = 'e2e-reader-taken-down'
let takenDownId: number
const goneSlug = 'e2e-reader-gone-everywhere'

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  token = await loginToken(site.url, 'admin@example.com')
  const idOnly = await createDraftReleaseOverHttp(site.url, token, { slug: idOnlySlug, locale: 'id', title: idOnlyTitle, body: 'Isi.' })
  await forcePublishOverHttp(site.url, token, idOnly, 'id')
  takenDownId = await createDraftReleaseOverHttp(site.url, token, { slug: takenDownSlug, locale: 'id', title: 'Tetap terbit', body: 'Isi.' })
  await saveDraftOverHttp(site.url, token, takenDownId, 'en', 'Published by mistake', 'Body.')
  await forcePublishOverHttp(site.url, token, takenDownId, 'id')
  await forcePublishOverHttp(site.url, token, takenDownId, 'en')
  await saveDraftOverHttp(site.url, token, takenDownId, 'zh', '中文标题', '正文。')
  await forcePublishOverHttp(site.url, token, takenDownId, 'zh')
  await unpublishOverHttp(site.url, token, takenDownId, 'en', 'Published by mistake')
  const goneId = await createDraftReleaseOverHttp(site.url, token, { slug: goneSlug, locale: 'id', title: 'Terbit lalu ditarik', body: 'Isi.' })
  await forcePublishOverHttp(site.url, token, goneId, 'id')
  await unpublishOverHttp(site.url, token, goneId, 'id', 'Ditarik')
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const phone = async (options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options })
  return context.newPage()
}

const topicNames = { id: 'Kecerdasan buatan', zh: '人工智能', en: 'Artificial intelligence' } as const

test.each([
  ['id', 320, 300],
  ['zh', 390, 240],
] as const)('on a %s phone %i px wide the header is compact: the briefing’s title starts within %i px, nothing scrolls sideways', async (locale, width, titleTopAtMost) => {
  const context = await browser.newContext({ viewport: { width, height: 640 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(`${site.url}/${locale}/briefings/${demoBriefing.slug}`)
  const layout = await page.evaluate(() => ({
    titleTop: Math.round(document.querySelector('main h1')!.getBoundingClientRect().top),
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }))
  await page.screenshot({ path: screenshotPath(`reader-phone-header-${locale}-${width}`) })
  // Before the compact header: 343 px at 320 wide (Indonesian), 269 px at 390 (Chinese).
  expect(layout.sideways).toBe(0)
  expect(layout.titleTop).toBeLessThanOrEqual(titleTopAtMost)
  await context.close()
})

test.each(['id', 'zh', 'en'] as const)('the %s topic page lists the demo briefing’s question on that topic, linked to its anchor', async (locale) => {
  const page = await phone()
  await page.goto(`${site.url}/${locale}/topics/artificial-intelligence`)
  const question = page.locator('#topic-questions ~ ul a', { hasText: demoBriefing.items[0]!.question[locale].slice(0, 20) })
  await question.waitFor()
  expect(await question.getAttribute('href')).toBe(`/${locale}/briefings/${demoBriefing.slug}#q1`)
  await page.screenshot({ path: screenshotPath(`reader-topic-${locale}`), fullPage: true })
  await page.context().close()
})

test.each([
  ['id', 'Belum ada tanya jawab tentang topik ini dalam bahasa Indonesia.'],
  ['zh', '暂无该主题的中文答问。'],
  ['en', 'No questions and answers on this topic are published in English.'],
] as const)('a %s topic page with no Q&A says so plainly, not that the language lacks what others have', async (locale, message) => {
  const page = await phone()
  await page.goto(`${site.url}/${locale}/topics/united-nations`)
  expect(await page.locator('#topic-questions + p').textContent()).toBe(message)
  await page.context().close()
})

/** The REST API as the admin (`token`), failing loudly. */
const api = async (method: string, path: string, body: unknown) => {
  const response = await fetch(`${site.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body) })
  const json = (await response.json()) as { doc?: { id: number } }
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/**
 * 21 English briefings published through the workflow, one a day of `month` (one more than a page
 * holds), titled `Briefing of <date>`, with the fields `extra` gives each.
 */
const publishDailyBriefings = async (month: string, slugPrefix: string, extra: (date: string) => Record<string, unknown>) => {
  for (let index = 1; index <= 21; index++) {
    const date = `${month}-${String(index).padStart(2, '0')}`
    const briefing = await api('POST', '/api/briefings?draft=true&locale=en', {
      slug: `${slugPrefix}-${index}`,
      date: `${date}T00:00:00.000Z`,
      sourceLocale: 'en',
      title: `Briefing of ${date}`,
      openingStatements: paragraphsToRichText(['Opening.']),
      ...extra(date),
      _status: 'draft',
    })
    await api('POST', `/api/briefings/${briefing.doc!.id}/workflow`, { action: 'force-publish', locale: 'en', note: 'browser test' })
  }
}

/** 21 English releases on one topic (one more than a page holds), written once for the tests that need them. */
let manyReleases: Promise<void> | null = null
const ensureManyReleases = () =>
  (manyReleases ??= (async () => {
    const topic = (await (
      await fetch(`${site.url}/api/topics?locale=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ name: 'Many releases', slug: 'e2e-many-releases' }),
      })
    ).json()) as { doc: { id: number } }
    for (let index = 1; index <= 21; index++) {
      const id = await createDraftReleaseOverHttp(site.url, token, { slug: `e2e-topic-release-${index}`, locale: 'en', title: `Topic release ${index}`, body: 'Body of a topic release.', topics: [topic.doc.id] })
      await forcePublishOverHttp(site.url, token, id, 'en')
    }
  })())

test('a topic with more releases than its page shows links to the release list filtered by the topic, which pages through every one', async () => {
  await ensureManyReleases()
  const page = await phone()
  await page.goto(`${site.url}/en/topics/e2e-many-releases`)
  expect(await page.locator('#topic-releases ~ ul > li').count()).toBe(20)
  const all = page.getByRole('link', { name: 'All 21 press releases on this topic' })
  await all.click()
  await page.waitForURL(/\/en\/press-releases\?topic=e2e-many-releases$/)
  const titles = async () => page.locator('main ul a').allTextContents()
  const first = (await titles()).filter((title) => title.startsWith('Topic release'))
  await page.locator('a[rel="next"]').click()
  await page.waitForURL(/page=2/)
  const second = (await titles()).filter((title) => title.startsWith('Topic release'))
  expect(new Set([...first, ...second]).size).toBe(21)
  await page.screenshot({ path: screenshotPath('reader-topic-all-releases'), fullPage: true })
  await page.context().close()
})

test('a spokesperson’s page lists 20 briefings a page, newest first, and pages back through every one', async () => {
  const person = await api('POST', '/api/people?locale=en', { name: 'Spokesperson of Many Briefings', slug: 'e2e-many-briefings' })
  await publishDailyBriefings('2025-03', 'e2e-spokesperson-briefing', () => ({ spokesperson: person.doc!.id }))
  const page = await phone()
  await page.goto(`${site.url}/en/spokespeople/e2e-many-briefings`)
  const titles = () => page.locator('#person-briefings ~ ul a').allTextContents()
  const first = await titles()
  expect(first).toHaveLength(20)
  expect(first[0]).toBe('Briefing of 2025-03-21')
  await page.locator('a[rel="next"]').click()
  await page.waitForURL(/\/en\/spokespeople\/e2e-many-briefings\?page=2$/)
  expect(await titles()).toEqual(['Briefing of 2025-03-01'])
  await page.screenshot({ path: screenshotPath('reader-spokesperson-page-2'), fullPage: true })
  await page.context().close()
})

test('the briefings page’s archive counts each month’s briefings in the language, and follows a publish and a withdrawal at once', async () => {
  const briefing = await api('POST', '/api/briefings?draft=true&locale=en', {
    slug: 'e2e-archive-month',
    date: '2022-05-10T00:00:00.000Z',
    sourceLocale: 'en',
    title: 'Briefing of May 2022',
    openingStatements: paragraphsToRichText(['Opening.']),
    _status: 'draft',
  })
  const page = await phone()
  /** The archive's months as the page shows them: link target → the count beside it. */
  const months = async (locale: string) => {
    await page.goto(`${site.url}/${locale}/briefings`)
    return page.locator('nav.archive li').evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [item.querySelector('a')!.getAttribute('href'), item.querySelector('.meta')!.textContent])),
    )
  }
  expect(await months('en')).not.toHaveProperty(['/en/briefings/archive/2022-05'])
  await api('POST', `/api/briefings/${briefing.doc!.id}/workflow`, { action: 'force-publish', locale: 'en', note: 'browser test' })
  const published = await months('en')
  expect(published['/en/briefings/archive/2022-05']).toBe('(1)')
  // The demo briefing's month is still there, and the year links to its own archive.
  expect(published[`/en/briefings/archive/${demoBriefing.date.slice(0, 7)}`]).toMatch(/^\(\d+\)$/)
  expect(await page.locator('nav.archive a[href="/en/briefings/archive/2022"]').count()).toBe(1)
  await page.screenshot({ path: screenshotPath('reader-briefings-archive-months'), fullPage: true })
  // Published in English only: the Chinese page has no such month.
  expect(await months('zh')).not.toHaveProperty(['/zh/briefings/archive/2022-05'])
  await api('POST', `/api/briefings/${briefing.doc!.id}/workflow`, { action: 'unpublish', locale: 'en', note: 'Published in error' })
  expect(await months('en')).not.toHaveProperty(['/en/briefings/archive/2022-05'])
  await page.context().close()
})

test('the spokespeople index lists who speaks in this language, with their role, and only in what is published; a spokesperson’s page links back to it', async () => {
  // Someone who speaks only in a draft is not a spokesperson readers can see yet.
  const drafted = await api('POST', '/api/people?locale=zh', { name: '未发布的发言人', slug: 'e2e-draft-speaker' })
  await api('POST', '/api/briefings?draft=true&locale=zh', {
    slug: 'e2e-draft-speaker-briefing',
    date: '2025-05-01T00:00:00.000Z',
    sourceLocale: 'zh',
    title: '草稿记者会',
    openingStatements: paragraphsToRichText(['草稿。']),
    spokesperson: drafted.doc!.id,
    _status: 'draft',
  })
  const page = await phone({ locale: 'zh-CN' })
  await page.goto(`${site.url}/zh/spokespeople`)
  expect(await page.locator('main h1').textContent()).toBe('发言人')
  const entries = await page.locator('main .doc-list li').evaluateAll((items) =>
    items.map((item) => ({ name: item.querySelector('a')?.textContent, href: item.querySelector('a')?.getAttribute('href'), role: item.querySelector('.meta')?.textContent ?? null })),
  )
  expect(entries).toContainEqual({ name: '毛宁', href: '/zh/spokespeople/mao-ning', role: '外交部发言人' })
  expect(entries.map((entry) => entry.name)).not.toContain('未发布的发言人')
  await page.screenshot({ path: screenshotPath('reader-spokespeople-zh'), fullPage: true })
  await page.locator('a[href="/zh/spokespeople/mao-ning"]').click()
  await page.waitForURL(/\/zh\/spokespeople\/mao-ning$/)
  expect(await page.locator('main a[href="/zh/spokespeople"]').textContent()).toBe('全部发言人')
  await page.context().close()
})

test('a topic’s questions come 20 briefings a page, and its later pages go back through every one (releases on the first page only)', async () => {
  const topic = await api('POST', '/api/topics?locale=en', { name: 'Many questions', slug: 'e2e-many-questions' })
  await publishDailyBriefings('2025-04', 'e2e-topic-briefing', (date) => ({
    items: [{ question: `Question of ${date}?`, answer: paragraphsToRichText(['Answer.']), topics: [topic.doc!.id] }],
  }))
  const page = await phone()
  await page.goto(`${site.url}/en/topics/e2e-many-questions`)
  const questions = () => page.locator('#topic-questions ~ ul a').allTextContents()
  const first = await questions()
  expect(first).toHaveLength(20)
  expect(first[0]).toBe('Question of 2025-04-21?')
  expect(await page.locator('#topic-releases').count()).toBe(1)
  await page.locator('#topic-questions ~ nav a[rel="next"]').click()
  await page.waitForURL(/\/en\/topics\/e2e-many-questions\?page=2$/)
  expect(await questions()).toEqual(['Question of 2025-04-01?'])
  expect(await page.locator('#topic-releases').count()).toBe(0)
  await page.screenshot({ path: screenshotPath('reader-topic-questions-page-2'), fullPage: true })
  await page.context().close()
  expect((await fetch(`${site.url}/en/topics/e2e-many-questions?page=9`)).status).toBe(404)
})

test('a later page of search results numbers on from the pages before it', async () => {
  await ensureManyReleases()
  const page = await phone()
  await page.goto(`${site.url}/en/search?q=${encodeURIComponent('body of a topic release')}&page=2`)
  const results = page.locator('ol.search-results')
  expect(await results.getAttribute('start')).toBe('21')
  expect(await results.locator('> li').count()).toBe(1)
  await page.context().close()
})

test.each([
  ['/en/press-releases?page=999', /There is no page 999: the last page is (\d+)\./],
  [`/en/search?q=${encodeURIComponent('body of a topic release')}&page=999`, /There is no page 999: the last page is (2)\./],
] as const)('%s, past the last page, is a 404 that names the last page and links to it', async (address, message) => {
  await ensureManyReleases()
  const response = await fetch(`${site.url}${address}`)
  expect(response.status).toBe(404)
  const html = await response.text()
  const last = message.exec(html.replace(/<!-- -->/g, ''))
  expect(last).not.toBeNull()
  expect(html).not.toContain('Nothing here in this language yet.')
  expect(html).not.toContain('No published text in this language matches.')
  const page = await phone()
  await page.goto(`${site.url}${address}`)
  await page.getByRole('link', { name: 'Go to the last page' }).click()
  await page.waitForURL((url) => url.searchParams.get('page') === (last![1] === '1' ? null : last![1]))
  expect((await page.request.get(page.url())).status()).toBe(200)
  await page.context().close()
})

test('a topic-filtered list past its last page is a 404 too, linking to the first page, and says no "Page 99 of …"', async () => {
  await ensureManyReleases()
  const response = await fetch(`${site.url}/en/press-releases?topic=e2e-many-releases&page=99`)
  expect(response.status).toBe(404)
  const html = await response.text()
  expect(html).toMatch(/There is no page 99(\.|: the last page is 2\.)/)
  expect(html).not.toContain('Nothing here in this language yet.')
  expect(html).not.toContain('Page 99 of')
})

test.each(['id', 'zh', 'en'] as const)('on a %s phone the linked question (#q1) is highlighted inside the screen, beside its number', async (locale) => {
  const page = await phone()
  await page.goto(`${site.url}/${locale}/briefings/${demoBriefing.slug}#q1`)
  const item = page.locator('.qa > li#q1')
  await item.waitFor()
  const box = await item.evaluate((element) => {
    const style = getComputedStyle(element)
    const rect = element.getBoundingClientRect()
    return { outline: style.outlineStyle, background: style.backgroundColor, left: rect.left, right: rect.right, width: document.documentElement.clientWidth }
  })
  // An outline drawn outside the item crossed the list number and ran off the screen's edge.
  expect(box.outline).toBe('none')
  expect(box.background).not.toBe('rgba(0, 0, 0, 0)')
  expect(box.right).toBeLessThanOrEqual(box.width)
  // The number (drawn outside the item's box) keeps its room on the left.
  expect(box.left).toBeGreaterThanOrEqual(20)
  await page.screenshot({ path: screenshotPath(`reader-q1-target-${locale}`) })
  await page.context().close()
})

test('a topic renamed in the admin shows its new name on the next request, on the topic list and the topic page', async () => {
  const before = await (await fetch(`${site.url}/zh/topics`)).text()
  expect(before).toContain(topicNames.zh)
  const admin = await signIn(browser, site.url, 'admin@example.com')
  await admin.goto(`${site.url}/admin/collections/topics?locale=zh`)
  await admin.getByRole('link', { name: topicNames.zh }).first().click()
  const name = admin.locator('#field-name')
  await waitForHydration(name, 60_000)
  await name.fill('人工智能与治理')
  await admin.locator('#action-save').click()
  await admin.getByText(/updated successfully|berhasil diperbarui|更新成功/i).first().waitFor()
  await admin.context().close()
  const reader = await phone()
  await reader.goto(`${site.url}/zh/topics`)
  expect(await reader.locator('main').textContent()).toContain('人工智能与治理')
  await reader.goto(`${site.url}/zh/topics/artificial-intelligence`)
  expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe('人工智能与治理')
  await reader.context().close()
})

describe('without JavaScript (feed readers, crawlers, curl)', () => {
  test.each([
    ['en', 'Not available in English yet'],
    ['zh', '暂无中文版'],
  ] as const)('a document not published in %s answers 404 with a server-rendered body linking to its published language', async (locale, title) => {
    const response = await fetch(`${site.url}/${locale}/press-releases/${idOnlySlug}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toContain(title)
    expect(html).not.toContain(idOnlyTitle)
    const page = await phone({ javaScriptEnabled: false })
    await page.goto(`${site.url}/${locale}/press-releases/${idOnlySlug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    const links = page.locator('main .available-languages a')
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      `/id/press-releases/${idOnlySlug}`,
    ])
    await page.screenshot({ path: screenshotPath(`reader-404-nojs-${locale}`), fullPage: true })
    await links.first().click()
    await page.waitForURL(`**/id/press-releases/${idOnlySlug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(idOnlyTitle)
    await page.context().close()
  })

  test('a language the workflow unpublished answers 410 with “no longer published” and a link to the language still published', async () => {
    const response = await fetch(`${site.url}/en/press-releases/${takenDownSlug}`)
    expect(response.status).toBe(410)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toContain('No longer published in English')
    expect(html).toContain(`href="/id/press-releases/${takenDownSlug}"`)
    expect(html).not.toContain('Published by mistake')
  })

  test.each([
    ['id', 'Tidak lagi diterbitkan'],
    ['zh', '已下线'],
    ['en', 'No longer published'],
  ] as const)('a document taken down in every language answers 410 Gone in %s at its old address, without its text', async (locale, title) => {
    const response = await fetch(`${site.url}/${locale}/press-releases/${goneSlug}`)
    expect(response.status).toBe(410)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toContain(`<title>${title}`)
    expect(html).toContain(`<h1 id="gone-title">${title}</h1>`)
    expect(html).not.toContain('Terbit lalu ditarik')
    const page = await phone({ javaScriptEnabled: false })
    await page.goto(`${site.url}/${locale}/press-releases/${goneSlug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    await page.screenshot({ path: screenshotPath(`reader-410-everywhere-nojs-${locale}`), fullPage: true })
    await page.context().close()
  })

  test.each([
    ['/id/tidak-ada', 'id', 'Halaman tidak ditemukan'],
    ['/zh/no/such/page', 'zh', '页面不存在'],
    ['/en/topics/no-such-topic', 'en', 'Page not found'],
    ['/en/spokespeople/nobody', 'en', 'Page not found'],
    ['/en/briefings/archive/1999-13', 'en', 'Page not found'],
  ] as const)('%s is a server-rendered 404 in its language with the site around it', async (address, locale, title) => {
    const response = await fetch(`${site.url}${address}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain(`<html lang="${locale === 'zh' ? 'zh-Hans' : locale === 'id' ? 'id-ID' : 'en'}"`)
    expect(html).toContain(title)
    expect(html).toContain('class="site-header"')
  })

  test.each(['/en/rss.xml', '/en/press-releases/nonexistent.xml', '/zh/topics/nope.json', '/id/a/b.txt'])(
    '%s, a file address no route serves, is a 404 page each time it is asked for, never kept by a cache',
    async (address) => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await fetch(`${site.url}${address}`)
        expect(response.status).toBe(404)
        expect(response.headers.get('x-warta-page-cache')).not.toBe('HIT')
        expect(response.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/)
        expect(await response.text()).toContain('class="site-header"')
      }
    },
  )

  test('an address under no language (/xx) is a 404 in the reader’s browser language, with links to every language', async () => {
    const page = await phone({ javaScriptEnabled: false, locale: 'zh-CN' })
    const response = await page.goto(`${site.url}/xx/whatever`)
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在')
    const languages = page.locator('.site-header .languages a')
    expect(await languages.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/id/whatever', '/en/whatever']),
    )
    await page.screenshot({ path: screenshotPath('reader-404-unknown-language'), fullPage: true })
    await page.context().close()
  })
})

test.each(['id', 'zh', 'en'] as const)('on a %s document the header’s language switcher is the only one, keeps the document and the #q anchor', async (locale) => {
  const page = await phone()
  await page.goto(`${site.url}/${locale}/briefings/${demoBriefing.slug}#q1`)
  expect(await page.locator('nav.languages').count()).toBe(1)
  const target = locale === 'zh' ? 'en' : 'zh'
  const link = page.locator(`.site-header .languages a[data-locale="${target}"]`)
  await waitForHydration(link)
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('href')?.endsWith('#q1'), `.site-header .languages a[data-locale="${target}"]`)
  await link.click()
  await page.waitForURL(`**/${target}/briefings/${demoBriefing.slug}#q1`)
  expect(await page.locator('li#q1 .question').textContent()).toContain(demoBriefing.items[0]!.question[target])
  await page.context().close()
})

test('the header marks a language the document is not published in as “not yet available” instead of linking away', async () => {
  const page = await phone({ javaScriptEnabled: false })
  await page.goto(`${site.url}/id/press-releases/${idOnlySlug}`)
  expect(await page.locator('.site-header .languages .unavailable[data-locale="en"]').textContent()).toContain('belum tersedia')
  expect(await page.locator('.site-header .languages a[data-locale="en"]').count()).toBe(0)
  await page.context().close()
})

test('elsewhere the header’s language links keep the page and its query (a list, a search)', async () => {
  const page = await phone({ javaScriptEnabled: false })
  await page.goto(`${site.url}/en/search?q=AI`)
  expect(await page.locator('.site-header .languages a[data-locale="zh"]').getAttribute('href')).toBe('/zh/search?q=AI')
  await page.goto(`${site.url}/zh/press-releases`)
  expect(await page.locator('.site-header .languages a[data-locale="id"]').getAttribute('href')).toBe('/id/press-releases')
  await page.context().close()
})

test.each([
  ['zh', '以印度尼西亚语原文为准', 'Bahasa Indonesia'],
  ['en', 'The authoritative text is in Indonesian', 'Bahasa Indonesia'],
] as const)('the %s translation notice names the source language in the page’s language', async (locale, notice, notName) => {
  const html = await (await fetch(`${site.url}/${locale}/press-releases/${demoRelease.slug}`)).text()
  const banner = /<p class="banner banner-translation"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? ''
  expect(banner).toContain(notice)
  // The native name stays only on the link to the original, marked with its own language.
  expect(banner.replace(/<a [^>]*>.*?<\/a>/s, '')).not.toContain(notName)
})

test('Chinese dates put the zone after the time, and Chinese pages use full-width colons', async () => {
  const html = await (await fetch(`${site.url}/zh/press-releases/${takenDownSlug}`)).text()
  expect(html).not.toMatch(/日 GMT[+-]\d+ \d\d:\d\d/)
  expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（GMT\+7）/)
  expect(html).toContain('订阅：')
})

test.each([
  ['id', 'AI'],
  ['zh', '人工智能'],
  ['en', 'AI'],
] as const)('every %s page has a search box in its header that searches in its language', async (locale, query) => {
  const page = await phone({ javaScriptEnabled: false })
  await page.goto(`${site.url}/${locale}/press-releases/${demoRelease.slug}`)
  const box = page.locator('.site-header form[role="search"] input[name="q"]')
  await box.fill(query)
  await box.press('Enter')
  await page.waitForURL(`**/${locale}/search?q=${encodeURIComponent(query)}`)
  expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
  await page.context().close()
})

test('the home page announces its feeds for autodiscovery', async () => {
  const html = await (await fetch(`${site.url}/en`)).text()
  expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/en\/press-releases\/feed\.xml"/)
})

test.each([
  ['id', '3 September 2024', 'Diterbitkan', 'Tanggal kegiatan'],
  ['zh', '2024年9月3日', '发布时间', '活动日期'],
  ['en', 'September 3, 2024', 'Published', 'Event date'],
] as const)('the %s demo release, published by the ministry in 2024, gives that date on the page and in its structured data', async (locale, day, publishedLabel, eventLabel) => {
  const html = await (await fetch(`${site.url}/${locale}/press-releases/${demoRelease.slug}`)).text()
  const dates = /<dl class="publication-dates[^"]*">(.*?)<\/dl>/s.exec(html)?.[1] ?? ''
  expect(dates.replace(/<[^>]+>/g, ' ')).toContain(day)
  // The workshop was held the day it was announced: the two dates are told apart by their labels,
  // not shown twice under "Date" and "Published".
  const facts = /<dl class="facts">(.*?)<\/dl>/s.exec(html)?.[1] ?? ''
  expect(/<dt>([^<]*)<\/dt>/.exec(dates)?.[1]).toBe(publishedLabel)
  expect(/<dt>([^<]*)<\/dt>/.exec(facts)?.[1]).toBe(eventLabel)
  // Known only to the day: no "00:00" is made up.
  expect(dates.replace(/<[^>]+>/g, ' ')).not.toMatch(/00[:.]00/)
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as { datePublished?: string }
  expect(jsonLd.datePublished).toBe(demoRelease.originalPublishedAt)
  expect(html).toContain(`<meta property="article:published_time" content="${demoRelease.originalPublishedAt}"`)
})

test('every page carries its icon in its head: nothing more to fetch', async () => {
  for (const address of ['/zh', `/en/press-releases/${demoRelease.slug}`, '/id/search?q=ai']) {
    const html = await (await fetch(`${site.url}${address}`)).text()
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? ''
    expect({ address, scheme: href.slice(0, href.indexOf(',') + 1) }).toEqual({ address, scheme: 'data:image/svg+xml,' })
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toMatch(/^<svg [^>]*viewBox="0 0 64 64".*<\/svg>$/)
  }
})

test('a printed document carries its address and date, without the header’s controls', async () => {
  const page = await phone()
  await page.goto(`${site.url}/en/briefings/${demoBriefing.slug}`)
  await page.emulateMedia({ media: 'print' })
  const address = page.locator('.print-address')
  expect(await address.isVisible()).toBe(true)
  expect(await address.textContent()).toContain(`/en/briefings/${demoBriefing.slug}`)
  expect(await page.locator('.publication-dates').isVisible()).toBe(true)
  expect(await page.locator('.site-header .languages').isVisible()).toBe(false)
  await page.screenshot({ path: screenshotPath('reader-print-en'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  expect(await address.isVisible()).toBe(false)
  await page.context().close()
})
