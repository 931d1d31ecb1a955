import type { Browser } from 'playwright-core'

import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'

/**
 * The quick start's promise, in a real browser against the production build: the demo content
 * reads in all three languages and the admin accepts a printed demo login.
 */
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

test.each(['id', 'zh', 'en'] as const)('the %s home page lists the founding release and opens it', async (locale) => {
  const page = await browser.newPage()
  await page.goto(`${site.url}/${locale}`)
  expect(await page.getAttribute('html', 'lang')).toMatch(new RegExp(`^${locale}`))
  await page.getByRole('link', { name: demoRelease.title[locale] }).click()
  await page.waitForURL(`**/${locale}/press-releases/${demoRelease.slug}`)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(demoRelease.title[locale])
  expect(await page.locator('article').textContent()).toContain(demoRelease.body[locale][4])
  await page.screenshot({ path: screenshotPath(`quickstart-release-${locale}`), fullPage: true })
  await page.close()
})

test('a briefing’s Q&A item has the same #q1 anchor in every language', async () => {
  const page = await browser.newPage()
  for (const locale of ['id', 'zh', 'en'] as const) {
    await page.goto(`${site.url}/${locale}/briefings/${demoBriefing.slug}#q1`)
    const item = page.locator('li#q1')
    expect(await item.locator('.question').textContent()).toContain(demoBriefing.items[0]!.question[locale])
    expect(await item.locator('.answer').textContent()).toContain(demoBriefing.items[0]!.answer[locale][1])
  }
  await page.screenshot({ path: screenshotPath('quickstart-briefing-en'), fullPage: true })
  await page.close()
})

test('the admin accepts a demo login and shows the newsroom collections', async () => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto(`${site.url}/admin`)
  await page.waitForURL('**/admin/login**')
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  await page.getByRole('link', { name: /Press Releases/ }).first().waitFor()
  await page.getByRole('link', { name: /Briefings/ }).first().waitFor()
  await page.screenshot({ path: screenshotPath('quickstart-admin-dashboard') })
  await context.close()
})

test('a locale in the URL that Warta does not have is a 404', async () => {
  const response = await fetch(`${site.url}/fr`)
  expect(response.status).toBe(404)
})
