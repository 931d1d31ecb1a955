import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { waitForHydration } from '@/tests/helpers/story'

/**
 * The admin in Chinese and in Indonesian, as the newsroom's staff use it (issue 12, item 3): with
 * the admin language set, Warta's own screens (list column headers, field labels, workflow panel,
 * audit trail, to-do, import) speak that language too, not only Payload's buttons; Payload's dates
 * carry the year and read naturally ("28 November 2026 pukul 14.05", not "November ke-28 2026").
 */
let site: RunningSite
let browser: Browser
let releaseId: number

const transcript = fs.readFileSync(path.resolve('tests/fixtures/import/briefing-2024-10-15.en.txt'), 'utf8')
const thisYear = String(new Date().getFullYear())

const expected = {
  zh: {
    titleColumn: '标题',
    languagesColumn: '语言',
    cell: 'id ● 已上线 · zh ● 已上线 · en ● 已上线',
    eventDate: '2024年9月3日',
    titleLabel: '标题',
    workflowHeading: '工作流程',
    sourceState: '印尼文 （原文） ● 已发布',
    auditHeading: '操作记录',
    navTodo: '待办事项',
    todoHeading: '待办事项',
    todoColumns: ['文件', '语言', '原因'],
    todoDraft: '草稿待完成并提交',
    todoType: '(新闻稿)',
    importHeading: '导入文本',
    importText: '文本',
    preview: '预览',
    confirm: '导入为草稿',
    card: '例行记者会 2024-10-15 — 将新建（en）',
    count: '2 个问题',
    dateShape: /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} \(UTC\+07:00\)$/,
    untitled: (title: string) => `英文尚无标题 · 印尼文原题：${title}`,
    requiredChoice: '开场发布或答记者问',
    sideBySideTab: '并排对照',
    sideBySideHeading: '印尼文与中文并排对照',
    sideBySideColumns: ['部分', '印尼文（原文）', '中文'],
  },
  id: {
    titleColumn: 'Judul',
    languagesColumn: 'Bahasa',
    cell: 'id ● tayang · zh ● tayang · en ● tayang',
    eventDate: '3 September 2024',
    titleLabel: 'Judul',
    workflowHeading: 'Alur kerja',
    sourceState: 'Bahasa Indonesia (sumber) ● diterbitkan',
    auditHeading: 'Jejak audit',
    navTodo: 'Daftar tugas',
    todoHeading: 'Daftar tugas',
    todoColumns: ['Dokumen', 'Bahasa', 'Keterangan'],
    todoDraft: 'draf untuk diselesaikan dan diajukan',
    todoType: '(siaran pers)',
    importHeading: 'Impor teks',
    importText: 'Teks',
    preview: 'Pratinjau',
    confirm: 'Impor sebagai draf',
    card: 'Konferensi pers 2024-10-15 — akan dibuat (en)',
    count: '2 pertanyaan',
    dateShape: /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}\.\d{2} \(UTC\+07:00\)$/,
    untitled: (title: string) => `Belum berjudul dalam bahasa Inggris · judul bahasa Indonesia: ${title}`,
    requiredChoice: 'Pernyataan Pembuka atau Tanya jawab',
    sideBySideTab: 'Berdampingan',
    sideBySideHeading: 'Bahasa Indonesia dan bahasa Tionghoa berdampingan',
    sideBySideColumns: ['Bagian', 'Bahasa Indonesia (sumber)', 'Bahasa Tionghoa'],
  },
} as const

type Language = keyof typeof expected

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  const lookup = await fetch(`${site.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)
  releaseId = ((await lookup.json()) as { docs: { id: number }[] }).docs[0]!.id
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/**
 * An editor whose admin language is `language`: Payload keeps the choice in the `payload-lng`
 * cookie (what the Account page's language switch sets); the browser asks for it as well.
 */
const signIn = async (language: Language): Promise<Page> => {
  // In Jakarta, as the newsroom is: Payload's own dates are the browser's, Warta's the newsroom's.
  const context = await browser.newContext({
    locale: language === 'zh' ? 'zh-CN' : 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1400, height: 1000 },
  })
  await context.addCookies([{ name: 'payload-lng', value: language, url: site.url }])
  const page = await context.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

describe.each(['zh', 'id'] as const)('the admin in %s', (language) => {
  const want = expected[language]
  let page: Page

  beforeAll(async () => {
    page = await signIn(language)
  }, 120_000)

  afterAll(async () => {
    await page?.context().close()
  })

  test('the list’s column headers, the workflow column and its dates are in the admin language, with the year', async () => {
    // The list in Indonesian content (Payload remembers the last content language a person chose).
    await page.goto(`${site.url}/admin/collections/press-releases?locale=id`)
    const cell = page.locator('.warta-workflow-cell').first()
    await cell.waitFor()
    expect(await page.locator('th#heading-title').textContent()).toBe(want.titleColumn)
    expect(await page.locator('th#heading-workflow').textContent()).toBe(want.languagesColumn)
    const seeded = page.locator('tr', { has: page.getByRole('link', { name: demoRelease.title.id }) })
    expect(await seeded.locator('.warta-workflow-cell').textContent()).toBe(want.cell)
    // A day-only date is a day: with its year, without a time.
    expect(await seeded.locator('td.cell-eventDate').textContent()).toBe(want.eventDate)
    // Saved times are the newsroom's, with its offset, in the admin language (NewsroomTimeCell).
    await page.waitForFunction(() => /\d{4}/.test(document.querySelector('td.cell-updatedAt')?.textContent ?? ''))
    const updated = (await page.locator('td.cell-updatedAt').first().textContent())?.trim() ?? ''
    expect({ updated, hasYear: updated.includes(thisYear), ordinal: /ke-\d/.test(updated) }).toEqual({
      updated: expect.stringMatching(want.dateShape),
      hasYear: true,
      ordinal: false,
    })
    expect(await page.locator('.warta-nav-links a').textContent()).toBe(want.navTodo)
    await page.screenshot({ path: screenshotPath(`admin-${language}-list`), fullPage: true })
  })

  test('the edit view’s field labels, workflow panel and audit trail are in the admin language', async () => {
    await page.goto(`${site.url}/admin/collections/press-releases/${releaseId}?locale=id`)
    const panel = page.locator('.warta-workflow')
    await panel.waitFor()
    expect(await page.locator('label[for="field-title"]').first().textContent()).toContain(want.titleLabel)
    expect(await panel.locator('h4').textContent()).toBe(want.workflowHeading)
    const sourceRow = (await panel.locator('.warta-workflow-locale[data-locale="id"] > div').first().textContent()) ?? ''
    expect(sourceRow.slice(0, want.sourceState.length)).toBe(want.sourceState)
    const audit = page.locator('.warta-audit')
    expect(await audit.locator('h4').textContent()).toBe(want.auditHeading)
    const time = (await audit.locator('time').first().textContent()) ?? ''
    expect(time).toContain(thisYear)
    expect(time).toContain('(UTC+07:00)')
    // Payload's date picker loads lazily: the screenshot waits for it.
    await page.locator('#field-eventDate input').waitFor()
    await page.screenshot({ path: screenshotPath(`admin-${language}-edit`), fullPage: true })
  })

  test('the to-do view is in the admin language', async () => {
    const title = `Draf ${language} ${Date.now()}`
    const created = await page.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
      data: { title, slug: `e2e-admin-${language}-${Date.now()}`, sourceLocale: 'id' },
      headers: { origin: site.url },
    })
    expect(created.status()).toBe(201)
    await page.goto(`${site.url}/admin/todo`)
    await page.getByRole('heading', { level: 1, name: want.todoHeading }).waitFor()
    expect(await page.locator('table.warta-todo th').allTextContents()).toEqual(want.todoColumns)
    const row = page.locator('table.warta-todo tr[data-reason="draft"]', { hasText: title })
    expect(await row.locator('td').first().textContent()).toBe(`${title} ${want.todoType}`)
    expect(await row.locator('td').last().textContent()).toBe(want.todoDraft)
    await page.screenshot({ path: screenshotPath(`admin-${language}-todo`), fullPage: true })
  })

  test('a language without a title yet is headed by what it is and the source’s title, not by the document’s id', async () => {
    // A briefing, so the press-release list the first test reads keeps its first page.
    const title = `Konferensi pers tanpa terjemahan ${language} ${Date.now()}`
    const created = await page.request.post(`${site.url}/api/briefings?draft=true&locale=id`, {
      data: { title, slug: `e2e-untitled-${language}-${Date.now()}`, sourceLocale: 'id' },
      headers: { origin: site.url },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await page.goto(`${site.url}/admin/collections/briefings/${id}?locale=en`)
    const heading = page.locator('h1.render-title')
    // Before hydration Payload's own heading is the bare id: it is not painted. Seen as a person
    // sees the page before its scripts run (they are held back here).
    const unhydrated = await page.context().newPage()
    await unhydrated.route('**/_next/static/chunks/**', (route) => route.abort())
    await unhydrated.goto(`${site.url}/admin/collections/briefings/${id}?locale=en`)
    const bare = unhydrated.locator('h1.render-title')
    expect(await bare.textContent()).toBe(String(id))
    expect(await bare.evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden')
    await unhydrated.close()
    await page.waitForFunction((text) => document.querySelector('h1.render-title')?.textContent === text, want.untitled(title))
    // From then on the id never heads the page, not even between two of Payload's own updates.
    const headingsSince = async (ms: number) =>
      page.evaluate(
        (wait) =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = []
            const observer = new MutationObserver(() => seen.push(document.querySelector('h1.render-title')?.textContent ?? ''))
            observer.observe(document.querySelector('h1.render-title')!.parentElement!, { subtree: true, childList: true, characterData: true })
            setTimeout(() => {
              observer.disconnect()
              resolve(seen)
            }, wait)
          }),
        ms,
      )
    expect(await headingsSince(1500)).not.toContain(String(id))
    expect(await heading.textContent()).toBe(want.untitled(title))
    // Hydrated, the heading is shown again.
    expect(await heading.isVisible()).toBe(true)
    // Nothing saved in English yet: the status line gives no save time (the document's is Indonesian's).
    const savedTime = page.locator('.warta-locale-status .warta-saved-time')
    expect(await page.locator('.warta-locale-status').getAttribute('data-state')).toBe('missing')
    expect(await savedTime.count()).toBe(0)
    // A save gives Payload new document data, from which it heads the page with the id again.
    const summary = page.locator('#field-summary')
    await waitForHydration(summary)
    await summary.fill('A summary saved before the title.')
    const saveButton = page.locator('#action-save-draft:not([disabled])')
    await saveButton.waitFor()
    const duringSave = headingsSince(2500)
    const saved = page.waitForResponse((response) => response.url().includes(`/api/briefings/${id}`) && response.request().method() === 'PATCH')
    await saveButton.click()
    expect((await saved).status()).toBe(200)
    expect(await duringSave).not.toContain(String(id))
    expect(await heading.textContent()).toBe(want.untitled(title))
    await savedTime.waitFor()
    // What the source still needs names the required choice in words, not as a key.
    const missing = (await page.locator('.warta-workflow-locale[data-locale="id"] .warta-missing').textContent()) ?? ''
    expect({ named: missing.includes(want.requiredChoice), key: missing.includes('warta:') }).toEqual({ named: true, key: false })
    await page.screenshot({ path: screenshotPath(`admin-${language}-untitled-translation`), fullPage: true })
    // Once the translation has a title, that is the heading.
    const field = page.locator('#field-title')
    await waitForHydration(field)
    await field.fill('Briefing awaiting its English title')
    await page.waitForFunction(() => document.querySelector('h1.render-title')?.textContent === 'Briefing awaiting its English title')
    // Cleared again, it is untitled again (Payload sets the id a frame later; it is put back before it is painted).
    const watching = headingsSince(1500)
    await field.fill('')
    const headings = await watching
    expect(headings).not.toContain(String(id))
    expect(await heading.textContent()).toBe(want.untitled(title))
  })

  test('the side-by-side view of the seeded release is in the admin language', async () => {
    await page.goto(`${site.url}/admin/collections/press-releases/${releaseId}?locale=zh`)
    const tab = page.getByRole('link', { name: want.sideBySideTab })
    await tab.waitFor()
    await tab.click()
    const view = page.locator('.warta-side-by-side')
    await view.waitFor()
    expect(await view.locator('h2').textContent()).toBe(want.sideBySideHeading)
    expect(await view.locator('thead th').allTextContents()).toEqual(want.sideBySideColumns)
    // The seeded Chinese translation is whole: every source part has its Chinese beside it.
    expect(await view.locator('.warta-side-by-side__missing').count()).toBe(0)
    expect(await view.locator('tbody tr').count()).toBeGreaterThan(3)
    await page.screenshot({ path: screenshotPath(`admin-${language}-side-by-side`), fullPage: true })
  })

  test('the import view and its preview are in the admin language', async () => {
    await page.goto(`${site.url}/admin/import`)
    await page.getByRole('heading', { level: 1, name: want.importHeading }).waitFor()
    const text = page.getByLabel(want.importText, { exact: true })
    await waitForHydration(text)
    await text.fill(transcript)
    await page.getByRole('button', { name: want.preview }).click()
    const card = page.locator('.warta-import__document')
    await card.waitFor()
    expect(await card.locator('h3').textContent()).toBe(want.card)
    expect(await card.locator('.warta-import__count').textContent()).toBe(want.count)
    expect(await page.getByRole('button', { name: want.confirm }).count()).toBe(1)
    await page.screenshot({ path: screenshotPath(`admin-${language}-import`), fullPage: true })
  })
})

/**
 * The translator and the reviewer in each admin language, on the seeded release's Chinese
 * translation: what each of them reads (status line, source text, panel, side-by-side tab) is in
 * their admin language, not English.
 */
const roleExpectations = {
  zh: { status: '中文：', source: '原文（印尼文）：', panel: '工作流程', tab: '并排对照', originalPublication: '2024-09-03 00:00' },
  id: { status: 'Bahasa Tionghoa: ', source: 'Sumber (bahasa Indonesia):', panel: 'Alur kerja', tab: 'Berdampingan', originalPublication: '3 Sep 2024 00:00' },
} as const

describe.each([
  ['translator.zh@example.com', 'zh'],
  ['translator.zh@example.com', 'id'],
  ['reviewer@example.com', 'zh'],
  ['reviewer@example.com', 'id'],
] as const)('%s with the admin in %s', (email, language) => {
  test('reads the Chinese translation’s edit view in the admin language', async () => {
    const want = roleExpectations[language]
    const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1400, height: 1000 } })
    await context.addCookies([{ name: 'payload-lng', value: language, url: site.url }])
    const page = await context.newPage()
    await page.goto(`${site.url}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill('warta-demo')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.goto(`${site.url}/admin/collections/press-releases/${releaseId}?locale=zh`)
    const panel = page.locator('.warta-workflow')
    await panel.waitFor()
    expect(await panel.locator('h4').textContent()).toBe(want.panel)
    expect(await page.locator('.warta-locale-status span').first().textContent()).toBe(want.status)
    expect(await page.locator('.warta-source-text[data-source-for="title"] .warta-source-label').textContent()).toBe(want.source)
    expect(await page.getByRole('link', { name: want.tab }).count()).toBe(1)
    // A date and time field reads as the admin language writes dates, not "Sep 3, 2024 12:00 AM",
    // read-only (the translator's) or not. The admin language's date-fns locale loads after the page.
    const input = page.locator('#field-originalPublishedAt input').first()
    await page
      .waitForFunction((value) => (document.querySelector('#field-originalPublishedAt input') as HTMLInputElement | null)?.value === value, want.originalPublication, { timeout: 15_000 })
      .catch(() => undefined)
    expect(await input.inputValue()).toBe(want.originalPublication)
    // Every button in the panel speaks the admin language: none carries an English action word.
    const buttons = await panel.locator('button').allTextContents()
    expect(buttons.filter((text) => /\b(Submit|Approve|Reject|Publish|Schedule|Unpublish|Withdraw)\b/.test(text))).toEqual([])
    await page.screenshot({ path: screenshotPath(`admin-${language}-${email.split('@')[0]}-edit`), fullPage: true })
    await context.close()
  })
})
