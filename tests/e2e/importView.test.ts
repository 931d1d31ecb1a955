import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'

/**
 * An editor imports a pasted transcript through the admin's Import view: the preview shows how the
 * text was read (questions, outlets as written, a warning about an unknown outlet) before anything
 * is written, and the result links to the created draft.
 */
let site: RunningSite
let browser: Browser
let page: Page

const transcript = fs.readFileSync(path.resolve('tests/fixtures/import/briefing-2024-10-15.en.txt'), 'utf8')

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } })
  page = await context.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

test('the Import view offers a text box and file upload', async () => {
  await page.goto(`${site.url}/admin/import`)
  await page.getByRole('heading', { level: 1, name: 'Import text' }).waitFor()
  await page.getByLabel('Text', { exact: true }).waitFor()
  expect(await page.getByLabel('Files (.txt, .html)').getAttribute('type')).toBe('file')
})

test('the preview shows the questions, their outlets as written and a warning, before anything is saved', async () => {
  await page.getByLabel('Text', { exact: true }).fill(transcript)
  await page.getByRole('button', { name: 'Preview' }).click()
  await page.getByRole('heading', { name: 'Preview' }).waitFor()
  const card = page.locator('.warta-import__document')
  expect(await card.locator('h3').textContent()).toBe('Briefing 2024-10-15 — will be created (en)')
  expect(await card.locator('.warta-import__count').textContent()).toBe('2 questions')
  expect(await card.locator('.warta-import__outlet').allTextContents()).toEqual(['CCTV', 'Kyodo News'])
  expect(await card.locator('.warta-import__warnings li').allTextContents()).toEqual([
    "pasted text: line 6: unknown outlet 'Kyodo News'; it is kept as written with no matching outlet.",
  ])
  await page.screenshot({ path: screenshotPath('import-view-preview'), fullPage: true })
})

test('confirming creates the draft and links to it', async () => {
  await page.getByRole('button', { name: 'Import as drafts' }).click()
  await page.getByRole('heading', { name: 'Result' }).waitFor()
  expect(await page.locator('.warta-import__document h3').textContent()).toBe('Briefing 2024-10-15 — created (en)')
  await page.screenshot({ path: screenshotPath('import-view-result'), fullPage: true })
  await page.getByRole('link', { name: 'Open the draft' }).click()
  await page.waitForURL(/\/admin\/collections\/briefings\/\d+/)
  await page.locator('#field-title').waitFor()
  expect(await page.locator('#field-title').inputValue()).toBe(
    'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on October 15, 2024',
  )
  await page.screenshot({ path: screenshotPath('import-view-draft'), fullPage: true })
})

/** The transcript as a web page carries it: a menu, a language bar, share buttons around the article. */
const transcriptPage = (() => {
  const [title, ...lines] = transcript.trim().split('\n')
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title!)}</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/press">Press Conferences</a></li></ul></nav>
<div class="languages">عربي Español Русский Français 简体中文</div>
<article><h1>${escape(title!)}</h1>${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</article>
<div class="share">Suggest to a friend | Print</div>
<footer>Copyright Ministry of Foreign Affairs</footer></body></html>`
})()

test('a copy of a whole web page is read as HTML: the page around the transcript is set aside and listed', async () => {
  await page.goto(`${site.url}/admin/import`)
  const text = page.getByLabel('Text', { exact: true })
  await text.waitFor()
  // A browser's copy puts both forms on the clipboard; the view takes the HTML.
  await text.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', html.replace(/<[^>]+>/g, ' '))
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, transcriptPage)
  await page.locator('.warta-import-html').waitFor()
  await page.getByRole('button', { name: 'Preview' }).click()
  await page.getByRole('heading', { name: 'Preview' }).waitFor()
  const card = page.locator('.warta-import__document')
  // The same transcript as the plain-text copy imported above: read the same, so nothing changes.
  expect(await card.locator('h3').textContent()).toBe('Briefing 2024-10-15 — already imported: nothing changes')
  expect(await card.locator('.warta-import__count').textContent()).toBe('2 questions')
  // Nothing is dropped silently: the page's own text is listed as set aside.
  const setAside = card.locator('.warta-import__set-aside')
  await setAside.locator('summary').click()
  const lines = (await setAside.locator('li').allTextContents()).join('\n')
  expect(lines).toContain('Suggest to a friend')
  expect(lines).toContain('Español')
  expect(await card.locator('h3').textContent()).not.toContain('Español')
  await page.screenshot({ path: screenshotPath('import-view-html-preview'), fullPage: true })
})
