import type { Browser, Page } from 'playwright-core'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { openDocument, signIn, waitForHydration, workflowRow } from '@/tests/helpers/story'

/**
 * The workflow panel and the dashboard as each role meets them (issue 12, items 2, 7 and 8):
 * Schedule and Publish now are different actions, buttons name languages in words, what is not
 * possible yet is shown disabled with the reason, every action is confirmed on screen, the list
 * says what readers see, and the dashboard lists each person's work.
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

const workflow = (page: Page, id: number, body: Record<string, unknown>) =>
  page.request.post(`${site.url}/api/press-releases/${id}/workflow`, { data: body, headers: { origin: site.url } })

const expectOk = async (response: { status(): number; text(): Promise<string> }) =>
  expect({ status: response.status(), body: response.status() === 200 ? '' : await response.text() }).toEqual({ status: 200, body: '' })

/**
 * A release written in Indonesian by the editor and, when asked, translated into Chinese by the zh
 * translator, moved over REST to the states the test starts from.
 */
const release = async (
  title: string,
  { id: idState, zh }: { id: 'submitted' | 'approved' | 'published'; zh: 'none' | 'draft' | 'approved' },
): Promise<number> => {
  const editor = await signIn(browser, site.url, 'editor@example.com')
  const created = await editor.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: { title, slug: `e2e-panel-${Date.now()}`, body: paragraphsToRichText([`${title}: isi siaran.`]) },
    headers: { origin: site.url },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  await expectOk(await workflow(editor, id, { action: 'submit', locale: 'id' }))
  await editor.context().close()
  const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
  if (idState !== 'submitted') await expectOk(await workflow(reviewer, id, { action: 'approve', locale: 'id' }))
  if (idState === 'published') await expectOk(await workflow(reviewer, id, { action: 'publish', locale: 'id' }))
  if (zh !== 'none') {
    const translator = await signIn(browser, site.url, 'translator.zh@example.com')
    const saved = await translator.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=zh`, {
      data: { title: `${title}（中文）`, body: paragraphsToRichText(['新闻稿正文。']) },
      headers: { origin: site.url },
    })
    expect(saved.status()).toBe(200)
    if (zh === 'approved') await expectOk(await workflow(translator, id, { action: 'submit', locale: 'zh' }))
    await translator.context().close()
    if (zh === 'approved') await expectOk(await workflow(reviewer, id, { action: 'approve', locale: 'zh' }))
  }
  await reviewer.context().close()
  return id
}

const status = (page: Page) => page.locator('.warta-workflow [role="status"]')

/** Clicks a panel button once the panel is interactive and waits for the confirmation the reload shows. */
const pressAndConfirm = async (page: Page, locale: string, action: string, confirmation: string) => {
  const button = workflowRow(page, locale).locator(`button[data-action="${action}"]`)
  await waitForHydration(button)
  await button.click()
  if (action === 'publish' || action === 'withdraw' || action === 'unpublish') {
    const yes = workflowRow(page, locale).locator('.warta-confirm button[data-confirm="yes"]')
    await yes.waitFor()
    await yes.click()
  }
  await status(page).waitFor({ timeout: 30_000 })
  expect(await status(page).textContent()).toBe(confirmation)
}

test('a reviewer schedules with the time field’s own button, cancels the schedule, publishes now after a question naming the language, and sees why a translation cannot go first', async () => {
  const id = await release('Siaran panel peninjau', { id: 'approved', zh: 'approved' })
  const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
  await openDocument(reviewer, site.url, 'press-releases', id, 'id')
  expect(await reviewer.locator('.warta-workflow .warta-timezone').textContent()).toBe('Times in the newsroom’s time zone: Asia/Jakarta (UTC+07:00)')

  // Chinese cannot go first: the button is there, disabled, with the reason.
  const zhPublish = workflowRow(reviewer, 'zh').locator('button[data-action="publish"]')
  expect({ text: await zhPublish.textContent(), disabled: await zhPublish.isDisabled() }).toEqual({ text: 'Publish Chinese now', disabled: true })
  expect(await workflowRow(reviewer, 'zh').locator('.warta-blocked-reason').allTextContents()).toEqual([
    'Not possible yet: publish the source (Indonesian) first; a translation cannot go live before it.',
    // Scheduling the source is enough to schedule the translation: not an order to publish it now.
    'Not possible yet: schedule or publish the source (Indonesian) first; a translation cannot go live before it.',
  ])

  // The time belongs to Schedule; Publish now says it ignores it.
  const idRow = workflowRow(reviewer, 'id')
  const time = reviewer.getByLabel('Publication time for Indonesian (Asia/Jakarta)', { exact: true })
  await waitForHydration(time)
  await time.fill('2030-01-02T09:00')
  const schedule = idRow.locator('button[data-action="schedule"]')
  expect(await schedule.textContent()).toBe('Schedule Indonesian for 2 Jan 2030, 09:00 (UTC+07:00)')
  await idRow.locator('button[data-action="publish"]').click()
  const question = idRow.locator('.warta-confirm')
  await question.waitFor()
  expect(await question.locator('p').textContent()).toBe(
    'Publish Indonesian now? Every reader sees it at once. The time you entered (2 Jan 2030, 09:00 (UTC+07:00)) is only for scheduling: publishing now ignores it. To publish Indonesian at that time, press Cancel, then “Schedule Indonesian”.',
  )
  expect(await question.locator('button[data-confirm="yes"]').textContent()).toBe('Yes, publish Indonesian now')
  await question.scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-publish-now-question'), fullPage: true })
  await question.locator('button[data-confirm="no"]').click()
  await question.waitFor({ state: 'detached' })

  await schedule.click()
  await status(reviewer).waitFor({ timeout: 30_000 })
  expect(await status(reviewer).textContent()).toBe('Indonesian scheduled for 2 Jan 2030, 09:00 (UTC+07:00).')
  const scheduled = workflowRow(reviewer, 'id').locator('.warta-scheduled')
  expect(await scheduled.textContent()).toBe('Scheduled for 2 Jan 2030, 09:00 (UTC+07:00)Cancel schedule for Indonesian')
  await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-scheduled'), fullPage: true })
  // With the source scheduled, Chinese may be scheduled with it.
  expect(await workflowRow(reviewer, 'zh').locator('button[data-action="schedule"]').isDisabled()).toBe(false)

  // Publishing a scheduled language now ends its embargo early: the question says so, with the time.
  await workflowRow(reviewer, 'id').locator('button[data-action="publish"]').click()
  const early = workflowRow(reviewer, 'id').locator('.warta-confirm')
  await early.waitFor()
  expect(await early.locator('p').textContent()).toBe(
    'Indonesian is scheduled for 2 Jan 2030, 09:00 (UTC+07:00). Publish it now instead? Every reader sees it at once, before that time, and the schedule is cancelled. To keep the embargo, press Cancel.',
  )
  await early.scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-publish-now-while-scheduled'), fullPage: true })
  await early.locator('button[data-confirm="no"]').click()
  await early.waitFor({ state: 'detached' })

  await pressAndConfirm(reviewer, 'id', 'unschedule', 'Schedule for Indonesian cancelled: it stays approved and unpublished.')
  expect(await workflowRow(reviewer, 'id').getAttribute('data-state')).toBe('approved')
  expect((await fetch(`${site.url}/api/press-releases/${id}?locale=id`)).status).not.toBe(200)

  await pressAndConfirm(reviewer, 'id', 'publish', 'Indonesian published: readers see it now.')
  expect((await fetch(`${site.url}/api/press-releases/${id}?locale=id`)).status).toBe(200)
  const zhNow = workflowRow(reviewer, 'zh').locator('button[data-action="publish"]')
  expect({ text: await zhNow.textContent(), disabled: await zhNow.isDisabled() }).toEqual({ text: 'Publish Chinese now', disabled: false })
  await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-published'), fullPage: true })

  // Taking a live language down is asked first too, and says what readers lose.
  await reviewer.getByLabel('Note for Indonesian', { exact: true }).fill('Superseded by a later statement')
  await workflowRow(reviewer, 'id').locator('button[data-action="withdraw"]').click()
  const takeDown = workflowRow(reviewer, 'id').locator('.warta-confirm')
  await takeDown.waitFor()
  expect(await takeDown.locator('p').textContent()).toBe(
    'Withdraw Indonesian? Its text stays at its address with your reason shown, but it leaves every list, the home page, the feeds and search at once.',
  )
  expect(await takeDown.locator('button[data-confirm="yes"]').textContent()).toBe('Yes, withdraw Indonesian')
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-withdraw-question'), fullPage: true })
  // Not withdrawn by the first click.
  expect(await workflowRow(reviewer, 'id').getAttribute('data-state')).toBe('published')
  await takeDown.locator('button[data-confirm="no"]').click()
  await takeDown.waitFor({ state: 'detached' })
  await pressAndConfirm(reviewer, 'id', 'withdraw', 'Indonesian withdrawn.')
  expect(await workflowRow(reviewer, 'id').getAttribute('data-state')).toBe('withdrawn')
  await reviewer.context().close()
}, 300_000)

test('a translator submits with a button naming the language, is told it worked, and finds the work on the dashboard without an Import link', async () => {
  const translated = await release('Siaran untuk diterjemahkan', { id: 'published', zh: 'draft' })
  const untranslated = await release('Siaran belum diterjemahkan', { id: 'published', zh: 'none' })
  const translator = await signIn(browser, site.url, 'translator.zh@example.com')

  const dashboard = translator.locator('.warta-dashboard')
  await dashboard.waitFor()
  const toTranslate = dashboard.locator('.warta-dashboard-section[data-reason="missing"]')
  expect(await toTranslate.locator('h3').textContent()).toMatch(/^To translate \(\d+\)$/)
  const link = toTranslate.getByRole('link', { name: 'Untitled (Chinese) — Siaran belum diterjemahkan' })
  expect(await link.getAttribute('href')).toBe(`/admin/collections/press-releases/${untranslated}?locale=zh`)
  expect(await translator.locator('a[href="/admin/import"]').count()).toBe(0)
  await translator.screenshot({ path: screenshotPath('panel-translator-dashboard'), fullPage: true })

  await openDocument(translator, site.url, 'press-releases', translated, 'zh')
  expect(await workflowRow(translator, 'zh').locator('button[data-action]').allTextContents()).toEqual(['Submit Chinese for review'])
  await pressAndConfirm(translator, 'zh', 'submit', 'Chinese submitted for review.')
  expect(await workflowRow(translator, 'zh').getAttribute('data-state')).toBe('submitted')
  // No button left for the translator: the panel says whose step it is.
  expect(await workflowRow(translator, 'zh').locator('.warta-next-step').textContent()).toBe('Next step: a reviewer approves Chinese or sends it back.')
  await translator.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await translator.screenshot({ path: screenshotPath('panel-translator-submitted'), fullPage: true })
  await translator.context().close()

  const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
  const review = reviewer.locator('.warta-dashboard-section[data-reason="submitted"]')
  await review.waitFor()
  expect(await review.locator('h3').textContent()).toMatch(/^Awaiting your review \(\d+\)$/)
  expect(await review.getByRole('link', { name: 'Siaran untuk diterjemahkan（中文）' }).getAttribute('href')).toBe(
    `/admin/collections/press-releases/${translated}?locale=zh`,
  )
  expect(await reviewer.locator('a[href="/admin/import"]').count()).toBe(0)
  await reviewer.screenshot({ path: screenshotPath('panel-reviewer-dashboard'), fullPage: true })
  await reviewer.context().close()
}, 300_000)

test('an editor finds drafts on the dashboard, has the Import link, and the list tells a live language from its new draft', async () => {
  const id = await release('Siaran diedit ulang', { id: 'published', zh: 'none' })
  const editor = await signIn(browser, site.url, 'editor@example.com')
  const edited = await editor.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=id`, {
    data: { title: 'Siaran diedit ulang (revisi)' },
    headers: { origin: site.url },
  })
  expect(edited.status()).toBe(200)
  await editor.goto(`${site.url}/admin`)
  const drafts = editor.locator('.warta-dashboard-section[data-reason="draft"]')
  await drafts.waitFor()
  expect(await drafts.getByRole('link', { name: 'Siaran diedit ulang (revisi)' }).count()).toBe(1)
  expect(await editor.locator('a[href="/admin/import"]').count()).toBe(1)
  await editor.screenshot({ path: screenshotPath('panel-editor-dashboard'), fullPage: true })

  await editor.goto(`${site.url}/admin/collections/press-releases`)
  const row = editor.locator('tr', { has: editor.getByRole('link', { name: 'Siaran diedit ulang (revisi)' }) })
  const cell = row.locator('.warta-workflow-cell')
  await cell.waitFor()
  expect(await cell.textContent()).toBe('id ● live (draft) · zh ○ missing · en ○ missing')
  await editor.screenshot({ path: screenshotPath('panel-editor-list'), fullPage: true })
  await editor.context().close()
}, 300_000)

test('an editor who opens a translation only its translator can submit is told that is the next step, not left without a word', async () => {
  const id = await release('Siaran dengan terjemahan', { id: 'published', zh: 'draft' })
  const editor = await signIn(browser, site.url, 'editor@example.com')
  await openDocument(editor, site.url, 'press-releases', id, 'zh')
  const zh = workflowRow(editor, 'zh')
  await zh.waitFor()
  expect(await zh.locator('button[data-action]').count()).toBe(0)
  expect(await zh.locator('.warta-next-step').textContent()).toBe('Next step: the Chinese translator submits it for review.')
  // The live source has nothing waiting: no next step is named for it.
  expect(await workflowRow(editor, 'id').locator('.warta-next-step').count()).toBe(0)
  await editor.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await editor.screenshot({ path: screenshotPath('panel-editor-next-step'), fullPage: true })
  await editor.context().close()
}, 300_000)

test('in Chinese, the panel names languages in Chinese and says why Chinese cannot be published yet', async () => {
  const id = await release('Siaran panel dalam bahasa Tionghoa', { id: 'approved', zh: 'approved' })
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: 'zh', url: site.url }])
  const reviewer = await context.newPage()
  await reviewer.goto(`${site.url}/admin/login`)
  await reviewer.locator('#field-email').fill('reviewer@example.com')
  await reviewer.locator('#field-password').fill('warta-demo')
  await reviewer.locator('button[type="submit"]').click()
  await reviewer.waitForURL((url) => url.pathname === '/admin')
  await openDocument(reviewer, site.url, 'press-releases', id, 'zh')
  const zhRow = workflowRow(reviewer, 'zh')
  expect(await zhRow.locator('button[data-action="publish"]').textContent()).toBe('立即发布中文版')
  expect(await zhRow.locator('.warta-blocked-reason').first().textContent()).toBe('暂不可操作：请先发布原文（印尼文版），译文不能早于原文发布。')
  expect(await workflowRow(reviewer, 'id').locator('button[data-action]').allTextContents()).toEqual(['立即发布印尼文版', '定时发布印尼文版'])
  expect(await reviewer.locator('.warta-workflow .warta-timezone').textContent()).toBe('时间均为新闻办公室所在时区：Asia/Jakarta（UTC+07:00）')
  await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('panel-zh-reviewer'), fullPage: true })

  // Meanwhile a colleague publishes Indonesian: this page's button is out of date, and the
  // server's refusal reaches the reviewer in Chinese, not as the API's English sentence.
  const colleague = await signIn(browser, site.url, 'admin@example.com')
  await expectOk(await workflow(colleague, id, { action: 'publish', locale: 'id' }))
  await colleague.context().close()
  const publishId = workflowRow(reviewer, 'id').locator('button[data-action="publish"]')
  await waitForHydration(publishId)
  await publishId.click()
  await workflowRow(reviewer, 'id').locator('.warta-confirm button[data-confirm="yes"]').click()
  const refusal = reviewer.locator('.warta-workflow [role="alert"]')
  await refusal.waitFor({ timeout: 30_000 })
  expect(await refusal.textContent()).toBe('印尼文目前无法执行此步骤（发布）：当前状态为已发布，此步骤须从已批准或已定时开始。请刷新页面查看当前状态。')
  await reviewer.screenshot({ path: screenshotPath('panel-zh-refusal'), fullPage: true })
  await context.close()
}, 300_000)
