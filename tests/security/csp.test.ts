import type { Browser, Page } from 'playwright-core'

import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { settle, signIn } from '@/tests/helpers/story'

/**
 * The Content-Security-Policy is one the product works under: in real Chromium, the reader pages
 * and the admin views load, hydrate and raise no CSP violation (a blocked script or style would
 * show as a console error and a `securitypolicyviolation` event).
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

/** Records every CSP violation the page reports, from the console and from the DOM event. */
const watch = async (page: Page) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

test('the reader pages raise no CSP violation', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const violations = await watch(page)
  for (const path of ['/id', `/zh/press-releases/${demoRelease.slug}`, `/en/briefings/${demoBriefing.slug}#q1`, '/id/search?q=kecerdasan', '/zh/topics', '/en/press-releases']) {
    const response = await page.goto(`${site.url}${path}`)
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
    await page.waitForLoadState('networkidle')
  }
  expect(violations).toEqual([])
}, 180_000)

test('the admin views raise no CSP violation', async () => {
  const page = await signIn(browser, site.url, 'editor@example.com')
  const violations = await watch(page)
  for (const path of ['/admin', '/admin/collections/press-releases', '/admin/collections/briefings/1?locale=id', '/admin/todo', '/admin/import']) {
    await page.goto(`${site.url}${path}`)
    await page.waitForLoadState('networkidle').catch(() => undefined)
    if (path.includes('/briefings/1')) await settle(page)
  }
  await page.screenshot({ path: screenshotPath('csp-admin-edit-view') })
  expect(violations).toEqual([])
}, 180_000)
