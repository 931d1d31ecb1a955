import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { createSiteData, startServer, startSite, type RunningSite } from '@/tests/helpers/server'
import { confirmGoLive, readDraft, saveDraft, settle, startEditing, waitForHydration } from '@/tests/helpers/story'

/**
 * The workflow controls in the admin, in a real browser against the production build: the list
 * shows each language's state, buttons appear only for those allowed to use them, and a translator
 * sees the source text beside the field they translate.
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

const signIn = async (email: string, base = site.url): Promise<Page> => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** A fresh draft by the editor, through the REST API with the editor's browser session. */
const createDraft = async (page: Page, title: string) => {
  const response = await page.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: { title, slug: `e2e-${Date.now()}`, sourceLocale: 'id' },
    headers: { origin: site.url },
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** A release the editor wrote and submitted and a reviewer approved, over REST; the reviewer stays signed in. */
const approvedRelease = async (slug: string, title: string, text: string) => {
  const editor = await signIn('editor@example.com')
  const created = await editor.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: { title, slug, body: paragraphsToRichText([text]) },
    headers: { origin: site.url },
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const workflow = (page: Page, body: Record<string, unknown>) =>
    page.request.post(`${site.url}/api/press-releases/${id}/workflow`, { data: body, headers: { origin: site.url } })
  expect((await workflow(editor, { action: 'submit', locale: 'id' })).status()).toBe(200)
  await editor.context().close()
  const reviewer = await signIn('reviewer@example.com')
  expect((await workflow(reviewer, { action: 'approve', locale: 'id' })).status()).toBe(200)
  return { id, reviewer, workflow }
}

test('the list shows every language’s state of the seeded release', async () => {
  const page = await signIn('reviewer@example.com')
  await page.goto(`${site.url}/admin/collections/press-releases`)
  const cell = page.locator('.warta-workflow-cell').first()
  await cell.waitFor()
  expect(await cell.textContent()).toBe('id ● live · zh ● live · en ● live')
  await page.screenshot({ path: screenshotPath('workflow-list'), fullPage: true })
  await page.context().close()
})

test('an editor sees only the submit control, and submitting an incomplete draft names the empty field', async () => {
  const page = await signIn('editor@example.com')
  const id = await createDraft(page, 'Siaran pers uji coba')
  await page.goto(`${site.url}/admin/collections/press-releases/${id}`)
  const idRow = page.locator('.warta-workflow-locale[data-locale="id"]')
  await idRow.waitFor()
  expect(await page.locator('.warta-workflow button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')))).toEqual([
    'submit',
  ])
  expect(await idRow.locator('.warta-missing').textContent()).toBe('Still empty: Body')
  // Pressed once the panel is interactive: a click on the server-rendered button before hydration does nothing.
  await waitForHydration(idRow.locator('button[data-action="submit"]'))
  await idRow.locator('button[data-action="submit"]').click()
  const alert = page.locator('.warta-workflow [role="alert"]')
  await alert.waitFor()
  // The server's 422 names the field by path in English; the panel says it in the admin's language.
  expect(await alert.textContent()).toBe('Indonesian cannot go on yet: fill in Body.')
  await page.screenshot({ path: screenshotPath('workflow-editor-draft'), fullPage: true })
  await page.context().close()
})

test('with changes on the page unsaved, the workflow buttons wait for Save Draft and say so; after it, the audit trail shows the save and submit sends the saved text', async () => {
  const page = await signIn('editor@example.com')
  const created = await page.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: { title: 'Judul tersimpan', slug: `e2e-unsaved-${Date.now()}`, sourceLocale: 'id', body: paragraphsToRichText(['Isi siaran pers.']) },
    headers: { origin: site.url },
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  await page.goto(`${site.url}/admin/collections/press-releases/${id}?locale=id`)
  await settle(page)
  const submit = page.locator('.warta-workflow-locale[data-locale="id"] button[data-action="submit"]')
  await waitForHydration(submit)
  expect(await submit.isEnabled()).toBe(true)
  await startEditing(page, page.locator('#field-title'))
  await page.locator('#field-title').fill('Judul yang belum disimpan')
  const notice = page.locator('.warta-workflow-unsaved')
  await notice.waitFor()
  expect(await notice.textContent()).toBe('Your changes on this page are not saved yet. Press Save Draft first: these buttons act on the saved text.')
  expect(await submit.isDisabled()).toBe(true)
  await page.screenshot({ path: screenshotPath('workflow-unsaved-changes'), fullPage: true })
  const edits = page.locator('.warta-audit li[data-action="edit"]')
  const editsBefore = await edits.count()
  await saveDraft(page)
  await notice.waitFor({ state: 'detached' })
  // The save is in the audit trail at once, without a reload, with who made it.
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length === count, ['.warta-audit li[data-action="edit"]', editsBefore + 1] as const)
  expect(await edits.first().textContent()).toContain('Editor')
  expect(await submit.isEnabled()).toBe(true)
  await submit.click()
  await page.locator('.warta-workflow-locale[data-locale="id"][data-state="submitted"]').waitFor()
  expect((await readDraft(page, site.url, 'press-releases', id, 'id')).title).toBe('Judul yang belum disimpan')
  await page.context().close()
})

test('a reviewer sees approve and reject for a submitted source and can approve then publish it', async () => {
  const editor = await signIn('editor@example.com')
  const response = await editor.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: {
      title: 'Siaran untuk ditinjau',
      slug: `e2e-review-${Date.now()}`,
      body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'Isi siaran.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } },
    },
    headers: { origin: site.url },
  })
  const id = ((await response.json()) as { doc: { id: number } }).doc.id
  await editor.goto(`${site.url}/admin/collections/press-releases/${id}`)
  const submit = editor.locator('.warta-workflow-locale[data-locale="id"] button[data-action="submit"]')
  await waitForHydration(submit)
  await submit.click()
  await editor.locator('.warta-workflow-locale[data-locale="id"][data-state="submitted"]').waitFor()
  await editor.context().close()

  const reviewer = await signIn('reviewer@example.com')
  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}`)
  const row = reviewer.locator('.warta-workflow-locale[data-locale="id"]')
  await row.waitFor()
  expect(await row.locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')))).toEqual(
    expect.arrayContaining(['approve', 'reject']),
  )
  await waitForHydration(row.locator('button[data-action="approve"]'))
  await row.locator('button[data-action="approve"]').click()
  await reviewer.locator('.warta-workflow-locale[data-locale="id"][data-state="approved"]').waitFor()
  // The approval reloads the page: its Publish button is the new page's, pressed once hydrated.
  const publish = reviewer.locator('.warta-workflow-locale[data-locale="id"] button[data-action="publish"]')
  await waitForHydration(publish)
  await publish.click()
  await confirmGoLive(reviewer, 'id')
  await reviewer.locator('.warta-workflow-locale[data-locale="id"][data-state="published"]').waitFor()
  await reviewer.screenshot({ path: screenshotPath('workflow-reviewer-published'), fullPage: true })
  // The status line above the form agrees with the panel, and its time is in the newsroom's zone
  // (Payload's own status said "Changed" and its dates were in the browser's zone).
  expect(await reviewer.locator('.warta-locale-status').textContent()).toMatch(
    /^Indonesian: ● published · readers: live · saved \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(UTC\+07:00\)$/,
  )
  expect(await reviewer.getByText('Last Modified', { exact: false }).isVisible()).toBe(false)
  const audit = await reviewer.locator('.warta-audit li').allTextContents()
  expect(audit.slice(0, 3).map((line) => line.split(' · ')[1])).toEqual(['publish Indonesian (approved → published)', 'approve Indonesian (submitted → approved)', 'submit Indonesian (draft → submitted)'])
  await reviewer.context().close()

  const reader = await fetch(`${site.url}/api/press-releases/${id}?locale=id`)
  expect(reader.status).toBe(200)
})

test('a translator sees the source text beside each field, no publish control, and the work in their to-do list', async () => {
  const page = await signIn('translator.zh@example.com')
  await page.goto(`${site.url}/admin/collections/press-releases`)
  await page.locator('.warta-workflow-cell').first().waitFor()
  const lookup = await fetch(`${site.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)
  const { docs } = (await lookup.json()) as { docs: { id: number }[] }
  expect(docs).toHaveLength(1)
  await page.goto(`${site.url}/admin/collections/press-releases/${docs[0]!.id}?locale=zh`)
  const source = page.locator('.warta-source-text[data-source-for="title"]')
  await source.waitFor()
  expect(await source.textContent()).toContain(demoRelease.title.id)
  expect(await page.locator('.warta-workflow button').count()).toBe(0)
  await page.screenshot({ path: screenshotPath('workflow-translator-source'), fullPage: true })
  await page.goto(`${site.url}/admin/todo`)
  await page.getByRole('heading', { name: 'To do' }).waitFor()
  await page.screenshot({ path: screenshotPath('workflow-todo'), fullPage: true })
  await page.context().close()
})

test('a scheduled publish runs by itself in the server and the page shows it without a manual refresh of the cache', async () => {
  const slug = `e2e-scheduled-${Date.now()}`
  const { id, reviewer, workflow } = await approvedRelease(slug, 'Siaran terjadwal', 'Terbit sesuai jadwal.')
  // The reader asks before the publication time: a 404 that must not stick in the cache.
  expect((await fetch(`${site.url}/id/press-releases/${slug}`)).status).toBe(404)
  const at = new Date(Date.now() + 3000).toISOString()
  const scheduled = await workflow(reviewer, { action: 'schedule', locale: 'id', at })
  expect(scheduled.status()).toBe(200)
  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}`)
  expect(await reviewer.locator('.warta-workflow-locale[data-locale="id"]').textContent()).toContain('(UTC+07:00)')
  await reviewer.screenshot({ path: screenshotPath('workflow-scheduled'), fullPage: true })
  await reviewer.context().close()

  // The runner works the queue every 10 seconds; give it a bounded number of turns.
  let status = 0
  for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    status = (await fetch(`${site.url}/id/press-releases/${slug}`)).status
  }
  const api = await (await fetch(`${site.url}/api/press-releases?locale=id&where[slug][equals]=${slug}`)).json()
  expect({ status, apiDocs: (api as { docs: unknown[] }).docs.length, log: status === 200 ? '' : site.output().slice(-3000) }).toEqual({ status: 200, apiDocs: 1, log: '' })
  expect(await (await fetch(`${site.url}/id/press-releases/${slug}`)).text()).toContain('Terbit sesuai jadwal.')
})

test('a time in the schedule field never publishes now: Publish asks first, names the time it would ignore, and Cancel keeps the embargo', async () => {
  const { id, reviewer } = await approvedRelease(`e2e-embargo-${Date.now()}`, 'Siaran berembargo', 'Terbit hanya pada waktunya.')
  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}`)
  const row = reviewer.locator('.warta-workflow-locale[data-locale="id"]')
  // Typed only once the panel is interactive, as a person would (a value set before hydration is not React's).
  await waitForHydration(row.locator('button[data-action="publish"]'))
  await reviewer.getByLabel(/^Publication time for Indonesian/).fill('2030-01-02T09:00')
  await row.locator('button[data-action="publish"]').click()
  const question = row.locator('.warta-confirm')
  await question.waitFor()
  expect(await question.locator('p').textContent()).toBe(
    'Publish Indonesian now? Every reader sees it at once. The time you entered (2 Jan 2030, 09:00 (UTC+07:00)) is only for scheduling: publishing now ignores it. To publish Indonesian at that time, press Cancel, then “Schedule Indonesian”.',
  )
  await reviewer.screenshot({ path: screenshotPath('workflow-publish-now-confirm'), fullPage: true })
  await question.locator('button[data-confirm="no"]').click()
  await question.waitFor({ state: 'detached' })
  expect(await row.getAttribute('data-state')).toBe('approved')
  expect((await fetch(`${site.url}/api/press-releases/${id}?locale=id`)).status).not.toBe(200)
  await row.locator('button[data-action="schedule"]').click()
  await reviewer.locator('.warta-workflow-locale[data-locale="id"][data-state="scheduled"]').waitFor()
  expect(await reviewer.locator('.warta-workflow-locale[data-locale="id"]').textContent()).toContain('Scheduled for 2 Jan 2030, 09:00 (UTC+07:00)')
  expect((await fetch(`${site.url}/api/press-releases/${id}?locale=id`)).status).not.toBe(200)
  await reviewer.context().close()
})

test('a translator sees the shared fields read-only and the Q&A rows fixed, translates a question and saves it; an editor still adds rows', async () => {
  const { docs } = (await (await fetch(`${site.url}/api/briefings?where[slug][equals]=${demoBriefing.slug}&depth=0`)).json()) as { docs: { id: number }[] }
  const id = docs[0]!.id
  const shared = async (page: Page) => {
    // Payload renders the Q&A rows and the sidebar's pickers after the form state arrives.
    for (const selector of ['#field-date input', '#field-items__0__outlet', '#field-items__0__question']) await page.locator(selector).first().waitFor()
    return page.evaluate(() => ({
      date: (document.querySelector('#field-date input') as HTMLInputElement | null)?.disabled,
      slug: (document.querySelector('#field-slug') as HTMLInputElement | null)?.disabled,
      spokesperson: document.querySelector('#field-spokesperson')?.classList.contains('relationship--read-only'),
      outlet: document.querySelector('#field-items__0__outlet')?.classList.contains('relationship--read-only'),
      question: (document.querySelector('#field-items__0__question') as HTMLTextAreaElement | null)?.disabled,
    }))
  }

  const translator = await signIn('translator.zh@example.com')
  await translator.goto(`${site.url}/admin/collections/briefings/${id}?locale=zh`)
  await settle(translator)
  expect(await shared(translator)).toEqual({ date: true, slug: true, spokesperson: true, outlet: true, question: false })
  // The day the ministry first published it, in the newsroom's zone (the browser here runs in UTC,
  // where Jakarta's midnight of 3 September is still 2 September).
  expect(await translator.locator('#field-originalPublishedAt input').first().inputValue()).toMatch(/^Sep 3, 2024/)
  expect(await translator.locator('.array-field__add-row').count()).toBe(0)
  expect(await translator.locator('.array-actions').first().isVisible()).toBe(false)
  expect(await translator.getByText('The rows are the editor’s: translate the text in each one.', { exact: false }).count()).toBe(1)
  const question = translator.locator('#field-items__0__question')
  await startEditing(translator, question)
  await question.fill('据了解，首届人工智能能力建设研讨班在上海举办。请介绍有关情况。')
  await translator.screenshot({ path: screenshotPath('workflow-translator-shared-read-only'), fullPage: true })
  await saveDraft(translator)
  const saved = await readDraft(translator, site.url, 'briefings', id, 'zh')
  expect((saved.items as { question: string }[])[0]!.question).toBe('据了解，首届人工智能能力建设研讨班在上海举办。请介绍有关情况。')
  await translator.context().close()

  const editor = await signIn('editor@example.com')
  await editor.goto(`${site.url}/admin/collections/briefings/${id}?locale=id`)
  await settle(editor)
  expect(await shared(editor)).toEqual({ date: false, slug: false, spokesperson: false, outlet: false, question: false })
  expect(await editor.locator('.array-field__add-row').isVisible()).toBe(true)
  await editor.context().close()
})

test('closing the tab gives up the edit lock: the reviewer who opens the document next is not told a departed translator is editing', async () => {
  const { docs } = (await (await fetch(`${site.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)).json()) as { docs: { id: number }[] }
  const id = docs[0]!.id
  const locks = async (page: Page) => {
    const response = await page.request.get(
      `${site.url}/api/payload-locked-documents?where[document.relationTo][equals]=press-releases&where[document.value][equals]=${id}&depth=0`,
      { headers: { origin: site.url } },
    )
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  const translator = await signIn('translator.zh@example.com')
  await translator.goto(`${site.url}/admin/collections/press-releases/${id}?locale=zh`)
  await settle(translator)
  const title = translator.locator('#field-title')
  await startEditing(translator, title)
  await title.fill(`${await title.inputValue()}（草稿）`)
  // Payload takes the lock with the form-state request that follows a change.
  for (let attempt = 0; attempt < 50 && (await locks(translator)) === 0; attempt++) await translator.waitForTimeout(200)
  expect(await locks(translator)).toBe(1)
  const context = translator.context()
  translator.on('dialog', (dialog) => void dialog.accept()) // "leave without saving?": yes, as a person closing the tab
  // The tab closes and its browser stays up, as when a person closes one tab: the page's last
  // request (keepalive) is not cut off by tearing the whole browser context down at once.
  await Promise.all([translator.waitForEvent('close'), translator.close({ runBeforeUnload: true })])

  const reviewer = await signIn('reviewer@example.com')
  let remaining = 1
  for (let attempt = 0; attempt < 50 && remaining > 0; attempt++) {
    remaining = await locks(reviewer)
    if (remaining > 0) await reviewer.waitForTimeout(200)
  }
  expect(remaining).toBe(0)
  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}?locale=id`)
  await waitForHydration(reviewer.locator('#action-save-draft'))
  await reviewer.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
  expect(await reviewer.locator('dialog#document-locked').isVisible()).toBe(false)
  await reviewer.context().close()
  await context.close()
})

test('locks are short and renewed while their holder is active; a crashed browser’s lock frees the document within the lock time', async () => {
  // A server of its own whose locks last 6 s (90 s in production), so the test waits seconds.
  const data = await createSiteData()
  const server = await startServer(data, { env: { WARTA_EDIT_LOCK_SECONDS: '6' } })
  try {
    const { docs } = (await (await fetch(`${server.url}/api/press-releases?where[slug][equals]=${demoRelease.slug}&depth=0`)).json()) as { docs: { id: number }[] }
    const id = docs[0]!.id
    const lockAge = async (page: Page) => {
      const response = await page.request.get(
        `${server.url}/api/payload-locked-documents?where[document.relationTo][equals]=press-releases&where[document.value][equals]=${id}&depth=0`,
        { headers: { origin: server.url } },
      )
      const { docs: locks } = (await response.json()) as { docs: { updatedAt: string }[] }
      return locks[0] ? Date.now() - Date.parse(locks[0].updatedAt) : null
    }
    const translator = await signIn('translator.zh@example.com', server.url)
    await translator.goto(`${server.url}/admin/collections/press-releases/${id}?locale=zh`)
    await settle(translator)
    const title = translator.locator('#field-title')
    await startEditing(translator, title)
    await title.fill(`${await title.inputValue()}（译稿）`)
    for (let attempt = 0; attempt < 50 && (await lockAge(translator)) === null; attempt++) await translator.waitForTimeout(200)
    // Two lock lifetimes of reading and clicking, no typing (typing renews through Payload's own
    // form-state requests): the view's renewals alone keep the lock fresh.
    for (let round = 0; round < 8; round++) {
      await translator.locator('h1.render-title').click()
      await translator.waitForTimeout(1_500)
    }
    const age = await lockAge(translator)
    expect({ held: age !== null, fresh: age !== null && age < 6_000 }).toEqual({ held: true, fresh: true })

    // The browser dies: no goodbye reaches the server.
    await translator.route('**/lock', (route) => route.abort())
    translator.on('dialog', (dialog) => void dialog.accept())
    await translator.context().close()
    const reviewer = await signIn('reviewer@example.com', server.url)
    await reviewer.waitForTimeout(7_000)
    await reviewer.goto(`${server.url}/admin/collections/press-releases/${id}?locale=id`)
    await waitForHydration(reviewer.locator('#action-save-draft'))
    await reviewer.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
    expect(await reviewer.locator('dialog#document-locked').isVisible()).toBe(false)
    await reviewer.context().close()
  } finally {
    await server.stop()
    fs.rmSync(data.dataDir, { recursive: true, force: true })
  }
}, 300_000)

test('a translator whose title went stale sees the change in the field, says “Still correct”, and the translation is whole again', async () => {
  const { id, reviewer, workflow } = await approvedRelease(`e2e-still-correct-${Date.now()}`, 'Siaran awal', 'Isi siaran.')
  const translator = await signIn('translator.zh@example.com')
  const zh = await translator.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=zh`, {
    data: { title: '初稿新闻稿', body: paragraphsToRichText(['新闻稿内容。']) },
    headers: { origin: site.url },
  })
  expect(zh.status()).toBe(200)
  expect((await workflow(translator, { action: 'submit', locale: 'zh' })).status()).toBe(200)
  expect((await workflow(reviewer, { action: 'approve', locale: 'zh' })).status()).toBe(200)
  await reviewer.context().close()
  const editor = await signIn('editor@example.com')
  const edit = await editor.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=id`, {
    data: { title: 'Siaran awal yang diperbarui' },
    headers: { origin: site.url },
  })
  expect(edit.status()).toBe(200)
  await editor.context().close()

  await translator.goto(`${site.url}/admin/collections/press-releases/${id}?locale=zh`)
  await settle(translator)
  const note = translator.locator('.warta-source-text[data-source-for="title"] .warta-stale-field')
  expect(await note.locator('ins').allTextContents()).toEqual([' yang diperbarui'])
  expect(await translator.locator('.warta-workflow-locale[data-locale="zh"] .warta-progress').textContent()).toBe(' · translated: 1 of 2')
  const stillCorrect = translator.locator('.warta-workflow-locale[data-locale="zh"] button[data-confirm-part="title"]')
  await waitForHydration(stillCorrect)
  await stillCorrect.click()
  await translator.locator('.warta-workflow [role="status"]').waitFor()
  expect(await translator.locator('.warta-workflow [role="status"]').textContent()).toBe('Title: the translation still holds.')
  expect(await translator.locator('.warta-workflow-locale[data-locale="zh"]').getAttribute('data-state')).toBe('approved')
  expect(await translator.locator('.warta-stale-field').count()).toBe(0)
  expect(await translator.locator('.warta-workflow-locale[data-locale="zh"] .warta-progress').textContent()).toBe(' · translated: 2 of 2')
  await translator.screenshot({ path: screenshotPath('workflow-still-correct'), fullPage: true })
  await translator.context().close()
})

test('side by side: source and translation paragraph by paragraph, the drifted paragraph count and the stale part marked, reached from a tab', async () => {
  const editor = await signIn('editor@example.com')
  const body = ['Paragraf pertama siaran.', 'Paragraf kedua siaran.', 'Paragraf ketiga siaran.']
  const created = await editor.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
    data: { title: 'Siaran berdampingan', slug: `e2e-side-${Date.now()}`, body: paragraphsToRichText(body) },
    headers: { origin: site.url },
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const workflow = (page: Page, data: Record<string, unknown>) =>
    page.request.post(`${site.url}/api/press-releases/${id}/workflow`, { data, headers: { origin: site.url } })
  expect((await workflow(editor, { action: 'submit', locale: 'id' })).status()).toBe(200)
  const reviewer = await signIn('reviewer@example.com')
  expect((await workflow(reviewer, { action: 'approve', locale: 'id' })).status()).toBe(200)
  const translator = await signIn('translator.zh@example.com')
  // The translator merged the first two paragraphs into one.
  const zh = await translator.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=zh`, {
    data: { title: '并排对照的新闻稿', body: paragraphsToRichText(['新闻稿第一段和第二段。', '新闻稿第三段。']) },
    headers: { origin: site.url },
  })
  expect(zh.status()).toBe(200)
  expect((await workflow(translator, { action: 'submit', locale: 'zh' })).status()).toBe(200)
  expect((await workflow(reviewer, { action: 'approve', locale: 'zh' })).status()).toBe(200)
  // The editor then changes the source's third paragraph: the Chinese body is stale.
  const changed = await editor.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=id`, {
    data: { body: paragraphsToRichText([body[0]!, body[1]!, 'Paragraf ketiga yang diperbarui.']) },
    headers: { origin: site.url },
  })
  expect(changed.status()).toBe(200)
  await Promise.all([editor.context().close(), reviewer.context().close()])

  await translator.goto(`${site.url}/admin/collections/press-releases/${id}?locale=zh`)
  const tab = translator.getByRole('link', { name: 'Side by side' })
  await tab.waitFor()
  await tab.click()
  const view = translator.locator('.warta-side-by-side')
  await view.waitFor()
  expect(await view.locator('h2').textContent()).toBe('Indonesian and Chinese, side by side')
  expect(await view.locator('.warta-side-by-side__progress').textContent()).toBe('translated: 1 of 2')
  const rows = await view.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.lastChild?.textContent ?? '')]),
  )
  expect(rows.map(([part]) => part)).toEqual(['Title', 'Body ¶1', 'Body ¶2', 'Body ¶3'])
  const cells = await view.locator('tbody tr[data-path="body"]').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.cloneNode(true) as HTMLElement).map((td) => {
      td.querySelectorAll('[role="note"]').forEach((note) => note.remove())
      return td.textContent
    })),
  )
  expect(cells).toEqual([
    ['Paragraf pertama siaran.', '新闻稿第一段和第二段。'],
    ['Paragraf kedua siaran.', '新闻稿第三段。'],
    ['Paragraf ketiga yang diperbarui.', 'Not translated yet'],
  ])
  expect(await view.locator('.warta-side-by-side__mismatch').textContent()).toBe('⚠ Chinese has 2 paragraphs here, Indonesian 3: check that they line up.')
  // Only the paragraph the editor changed is marked, with the change word by word.
  const stale = view.locator('tr[data-stale="true"]')
  expect(await stale.getAttribute('data-paragraph')).toBe('3')
  expect({ removed: await stale.locator('del').allTextContents(), added: await stale.locator('ins').allTextContents() }).toEqual({ removed: ['siaran'], added: ['yang diperbarui'] })
  await translator.screenshot({ path: screenshotPath('workflow-side-by-side'), fullPage: true })
  await translator.context().close()
})

test('official names: the translator sees beside the field which official form is missing, and the reviewer sees it before approving', async () => {
  const { id, reviewer, workflow } = await approvedRelease(
    `e2e-glossary-${Date.now()}`,
    'Kementerian Luar Negeri dan Global Selatan',
    'Kementerian Luar Negeri menyambut baik kerja sama negara-negara Global Selatan.',
  )
  const translator = await signIn('translator.zh@example.com')
  const saved = await translator.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=zh`, {
    data: { title: '外交部与南方国家', body: paragraphsToRichText(['外交部欢迎发展中国家开展合作。']) },
    headers: { origin: site.url },
  })
  expect(saved.status()).toBe(200)
  await translator.goto(`${site.url}/admin/collections/press-releases/${id}?locale=zh`)
  await settle(translator)
  const bodyNotes = translator.locator('.warta-source-text[data-source-for="body"] .warta-glossary li')
  // The body's rich-text field (and the notes under it) renders after the rest of the form.
  await bodyNotes.first().waitFor()
  expect(await bodyNotes.allTextContents()).toEqual([
    'Official names:',
    'Kementerian Luar Negeri → 外交部 ✓',
    '⚠ Not in your text: 全球南方 (official Chinese form of “Global Selatan”).',
  ])
  await translator.locator('.warta-source-text[data-source-for="body"]').scrollIntoViewIfNeeded()
  await translator.screenshot({ path: screenshotPath('glossary-translator-warning') })
  expect((await workflow(translator, { action: 'submit', locale: 'zh' })).status()).toBe(200)
  await translator.context().close()

  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}?locale=zh`)
  await settle(reviewer)
  const unresolved = reviewer.locator('.warta-workflow-locale[data-locale="zh"] .warta-glossary-unresolved')
  expect({
    summary: await unresolved.locator('summary').textContent(),
    items: await unresolved.locator('li').allTextContents(),
    approve: await reviewer.locator('.warta-workflow-locale[data-locale="zh"] button[data-action="approve"]').count(),
  }).toEqual({
    summary: '⚠ Official names not used (2)',
    items: ['Title: 全球南方 for “Global Selatan”', 'Body: 全球南方 for “Global Selatan”'],
    approve: 1,
  })
  await reviewer.screenshot({ path: screenshotPath('glossary-reviewer-panel'), fullPage: true })
  await reviewer.context().close()
})

test('while a colleague edits, the lock dialog names them (not their record id) and gives the time in the newsroom’s zone', async () => {
  const { id, reviewer } = await approvedRelease(`e2e-lock-name-${Date.now()}`, 'Siaran terkunci', 'Isi siaran.')
  const editor = await signIn('editor@example.com')
  await editor.goto(`${site.url}/admin/collections/press-releases/${id}?locale=id`)
  await settle(editor)
  const title = editor.locator('#field-title')
  await startEditing(editor, title)
  await title.fill('Siaran terkunci, diedit')
  await editor.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']))
  await editor.waitForTimeout(500)

  await reviewer.goto(`${site.url}/admin/collections/press-releases/${id}?locale=id`)
  const dialog = reviewer.locator('dialog#document-locked')
  await dialog.waitFor()
  const holder = dialog.locator('.document-locked__content strong').first()
  for (let attempt = 0; attempt < 50 && (await holder.textContent()) !== 'Editor'; attempt++) await reviewer.waitForTimeout(200)
  expect(await holder.textContent()).toBe('Editor')
  // "Edited since" in the newsroom's zone, as every other time on the screen (the browser is in UTC).
  const since = dialog.locator('.document-locked__content strong').nth(1)
  for (let attempt = 0; attempt < 50 && !(await since.textContent())?.includes('UTC+07:00'); attempt++) await reviewer.waitForTimeout(200)
  expect(await since.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(UTC\+07:00\)$/)
  await reviewer.screenshot({ path: screenshotPath('workflow-lock-names-holder') })
  await reviewer.context().close()
  await editor.context().close()
})
