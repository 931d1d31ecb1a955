import type { Browser, Page } from 'playwright-core'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { openDocument, saveDraft, signIn, startEditing, waitForHydration, workflowRow } from '@/tests/helpers/story'

/**
 * What a QA walk through the demo found in the admin: the workflow panel and status line kept the
 * state from before a Save Draft, the amber "stale" edge marked the Answer when only the Question
 * was stale, republishing without a change note was refused only after the confirmation, and the
 * Chinese admin named languages in English or by code.
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

type Collection = 'press-releases' | 'briefings'

const workflow = (page: Page, collection: Collection, id: number, body: Record<string, unknown>) =>
  page.request.post(`${site.url}/api/${collection}/${id}/workflow`, { data: body, headers: { origin: site.url } })

const expectOk = async (response: { status(): number; text(): Promise<string> }, expected = 200) =>
  expect({ status: response.status(), body: response.status() === expected ? '' : await response.text() }).toEqual({ status: expected, body: '' })

/** Runs the steps as one person, over REST with their session (as the admin's own fetches do). */
const as = async (email: string, steps: (page: Page) => Promise<void>) => {
  const page = await signIn(browser, site.url, email)
  try {
    await steps(page)
  } finally {
    await page.context().close()
  }
}

/** An Indonesian release, submitted, approved and published (readers see it). */
const publishedRelease = async (title: string): Promise<number> => {
  let id = 0
  await as('editor@example.com', async (editor) => {
    const created = await editor.request.post(`${site.url}/api/press-releases?draft=true&locale=id`, {
      data: { title, slug: `e2e-walk-${Date.now()}`, body: paragraphsToRichText([`${title}: isi siaran.`]) },
      headers: { origin: site.url },
    })
    await expectOk(created, 201)
    id = ((await created.json()) as { doc: { id: number } }).doc.id
    await expectOk(await workflow(editor, 'press-releases', id, { action: 'submit', locale: 'id' }))
  })
  await as('reviewer@example.com', async (reviewer) => {
    await expectOk(await workflow(reviewer, 'press-releases', id, { action: 'approve', locale: 'id' }))
    await expectOk(await workflow(reviewer, 'press-releases', id, { action: 'publish', locale: 'id' }))
  })
  return id
}

/** Bounded wait for a locator to exist, with what the page showed instead when it never does. */
const expectVisible = async (page: Page, selector: string, what: string, timeout = 15_000) => {
  const found = await page
    .locator(selector)
    .first()
    .waitFor({ timeout })
    .then(() => true)
    .catch(() => false)
  if (!found) {
    const status = await page.locator('.warta-locale-status').innerText().catch(() => '')
    const panel = await page.locator('.warta-workflow').innerText().catch(() => '')
    throw new Error(`${what}: ${selector} not shown. Status line: "${status}". Panel: "${panel.replace(/\s+/g, ' ')}"`)
  }
}

/** Marks the page so a later check can tell the panel changed without a reload. */
const markPage = (page: Page) => page.evaluate(() => void ((window as unknown as { wartaMark?: boolean }).wartaMark = true))
const pageWasNotReloaded = (page: Page) => page.evaluate(() => (window as unknown as { wartaMark?: boolean }).wartaMark === true)

test('after an editor’s Save Draft on a published release, the status line and the panel say draft and offer Submit without a reload', async () => {
  const id = await publishedRelease('Siaran disimpan ulang')
  const editor = await signIn(browser, site.url, 'editor@example.com')
  await openDocument(editor, site.url, 'press-releases', id, 'id')
  expect(await editor.locator('.warta-locale-status').getAttribute('data-state')).toBe('published')
  expect(await workflowRow(editor, 'id').locator('button[data-action="submit"]').count()).toBe(0)

  await startEditing(editor, editor.locator('#field-title'))
  await editor.locator('#field-title').fill('Siaran disimpan ulang (revisi)')
  await markPage(editor)
  await saveDraft(editor)

  await expectVisible(editor, '.warta-locale-status[data-state="draft"][data-publication="live"]', 'status line after the save')
  await expectVisible(editor, '.warta-workflow-locale[data-locale="id"][data-state="draft"] button[data-action="submit"]', 'panel after the save')
  expect(await workflowRow(editor, 'id').locator('button[data-action]').allTextContents()).toEqual(['Submit Indonesian for review'])
  expect(await pageWasNotReloaded(editor)).toBe(true)
  await editor.screenshot({ path: screenshotPath('walk-editor-after-save') })
  await editor.context().close()
}, 300_000)

/**
 * A briefing whose English translation was approved, after which the editor changed only the
 * Indonesian question of its one Q&A item: English is stale in `items.q1.question` alone.
 */
const briefingWithStaleQuestion = async (): Promise<number> => {
  let id = 0
  const slug = `e2e-walk-briefing-${Date.now()}`
  await as('editor@example.com', async (editor) => {
    const created = await editor.request.post(`${site.url}/api/briefings?draft=true&locale=id`, {
      data: {
        title: 'Keterangan pers uji',
        slug,
        date: '2026-11-30T00:00:00.000Z',
        sourceLocale: 'id',
        items: [{ key: 'q1', question: 'Apa kabar seminar itu?', answer: paragraphsToRichText(['Seminar berjalan baik.']) }],
      },
      headers: { origin: site.url },
    })
    await expectOk(created, 201)
    id = ((await created.json()) as { doc: { id: number } }).doc.id
    await expectOk(await workflow(editor, 'briefings', id, { action: 'submit', locale: 'id' }))
  })
  await as('reviewer@example.com', async (reviewer) => {
    await expectOk(await workflow(reviewer, 'briefings', id, { action: 'approve', locale: 'id' }))
    await expectOk(await workflow(reviewer, 'briefings', id, { action: 'publish', locale: 'id' }))
  })
  const rows = async (page: Page, locale: string) => {
    const response = await page.request.get(`${site.url}/api/briefings/${id}?draft=true&locale=${locale}&depth=0`, { headers: { origin: site.url } })
    return ((await response.json()) as { items: { id: string; key: string }[] }).items
  }
  await as('translator.en@example.com', async (translator) => {
    const [row] = await rows(translator, 'en')
    const saved = await translator.request.patch(`${site.url}/api/briefings/${id}?draft=true&locale=en`, {
      data: {
        title: 'Test briefing',
        items: [{ id: row!.id, key: 'q1', question: 'How is the workshop going?', answer: paragraphsToRichText(['The workshop is going well.']) }],
      },
      headers: { origin: site.url },
    })
    await expectOk(saved)
    await expectOk(await workflow(translator, 'briefings', id, { action: 'submit', locale: 'en' }))
  })
  await as('reviewer@example.com', async (reviewer) => {
    await expectOk(await workflow(reviewer, 'briefings', id, { action: 'approve', locale: 'en' }))
  })
  await as('editor@example.com', async (editor) => {
    const [row] = await rows(editor, 'id')
    const saved = await editor.request.patch(`${site.url}/api/briefings/${id}?draft=true&locale=id`, {
      data: { items: [{ id: row!.id, key: 'q1', question: 'Apa kabar seminar itu? Terima kasih.', answer: paragraphsToRichText(['Seminar berjalan baik.']) }] },
      headers: { origin: site.url },
    })
    await expectOk(saved)
  })
  return id
}

const leftEdge = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element)
      return `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`
    })

const AMBER_EDGE = '4px solid rgb(220, 104, 3)'

test('only the stale Question of a Q&A item gets the amber edge, not its Answer', async () => {
  const id = await briefingWithStaleQuestion()
  const translator = await signIn(browser, site.url, 'translator.en@example.com')
  await openDocument(translator, site.url, 'briefings', id, 'en')
  await expectVisible(translator, '.warta-source-text[data-source-for="items.0.question"][data-stale]', 'stale note under the question')
  expect(await translator.locator('.warta-source-text[data-stale]').count()).toBe(1)
  expect(await leftEdge(translator, '#field-items__0__question')).toBe(AMBER_EDGE)
  const answerEditor = '.rich-text-lexical[data-field-path="items.0.answer"] .editor-container'
  await translator.locator(answerEditor).first().waitFor()
  expect(await leftEdge(translator, answerEditor)).not.toMatch(/^4px/)
  await translator.locator('.warta-source-text[data-stale]').scrollIntoViewIfNeeded()
  await translator.screenshot({ path: screenshotPath('walk-stale-question-only') })
  await translator.context().close()
}, 300_000)

test('a translator who updates the stale question and saves is offered Submit, not “Still correct”, without a reload', async () => {
  const id = await briefingWithStaleQuestion()
  const translator = await signIn(browser, site.url, 'translator.en@example.com')
  await openDocument(translator, site.url, 'briefings', id, 'en')
  const row = workflowRow(translator, 'en')
  expect(await row.locator('button[data-confirm-part]').count()).toBe(1)
  expect(await translator.locator('.warta-locale-status').getAttribute('data-state')).toBe('stale')

  const question = translator.locator('#field-items__0__question')
  await startEditing(translator, question)
  await question.fill('How is the workshop going? Thank you.')
  await markPage(translator)
  await saveDraft(translator)

  await expectVisible(translator, '.warta-workflow-locale[data-locale="en"][data-state="draft"] button[data-action="submit"]', 'panel after the save')
  expect(await row.locator('button[data-confirm-part]').count()).toBe(0)
  expect(await row.locator('button[data-action]').allTextContents()).toEqual(['Submit English for review'])
  await expectVisible(translator, '.warta-locale-status[data-state="draft"]', 'status line after the save')
  expect(await pageWasNotReloaded(translator)).toBe(true)
  await translator.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await translator.screenshot({ path: screenshotPath('walk-translator-after-save') })
  await translator.context().close()
}, 300_000)

test('republishing asks for the change note for readers (or “minor change”) before the confirmation, for Publish and for Schedule', async () => {
  const id = await publishedRelease('Siaran diterbitkan ulang')
  await as('editor@example.com', async (editor) => {
    const edited = await editor.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=id`, {
      data: { title: 'Siaran diterbitkan ulang (revisi)' },
      headers: { origin: site.url },
    })
    await expectOk(edited)
    await expectOk(await workflow(editor, 'press-releases', id, { action: 'submit', locale: 'id' }))
  })
  await as('reviewer@example.com', async (reviewer) => {
    await expectOk(await workflow(reviewer, 'press-releases', id, { action: 'approve', locale: 'id' }))
  })

  const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
  await openDocument(reviewer, site.url, 'press-releases', id, 'id')
  const row = workflowRow(reviewer, 'id')
  const note = reviewer.getByLabel('Change note for readers of Indonesian (shown with the text)', { exact: true })
  const minor = reviewer.getByLabel('Minor change — no note for readers', { exact: true })
  expect({ note: await note.count(), minor: await minor.count() }).toEqual({ note: 1, minor: 1 })

  const alert = reviewer.locator('.warta-workflow [role="alert"]')
  const needNote = 'Indonesian was published before: write a change note for its readers, or tick “Minor change — no note for readers”.'
  const publish = row.locator('button[data-action="publish"]')
  await waitForHydration(publish)
  await publish.click()
  await alert.waitFor()
  expect(await alert.textContent()).toBe(needNote)
  expect(await row.locator('.warta-confirm').count()).toBe(0)
  await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('walk-republish-needs-note') })

  await reviewer.getByLabel('Publication time for Indonesian (Asia/Jakarta)', { exact: true }).fill('2030-01-02T09:00')
  await row.locator('button[data-action="schedule"]').click()
  await alert.waitFor()
  expect(await alert.textContent()).toBe(needNote)
  expect(await row.locator('.warta-scheduled').count()).toBe(0)

  await minor.check()
  await publish.click()
  await row.locator('.warta-confirm button[data-confirm="yes"]').click()
  await expectVisible(reviewer, '.warta-workflow-locale[data-locale="id"][data-state="published"]', 'published after the minor change', 30_000)
  await reviewer.context().close()
}, 300_000)

test('what was typed for one language survives publishing another (the panel reloads to show the result)', async () => {
  const id = await publishedRelease('Siaran dengan dua bahasa')
  await as('translator.en@example.com', async (translator) => {
    const english = await translator.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=en`, {
      data: { title: 'Release in two languages', body: paragraphsToRichText(['Release in two languages: the text.']) },
      headers: { origin: site.url },
    })
    await expectOk(english)
    await expectOk(await workflow(translator, 'press-releases', id, { action: 'submit', locale: 'en' }))
  })
  await as('editor@example.com', async (editor) => {
    const revised = await editor.request.patch(`${site.url}/api/press-releases/${id}?draft=true&locale=id`, {
      data: { title: 'Siaran dengan dua bahasa (revisi)' },
      headers: { origin: site.url },
    })
    await expectOk(revised)
    await expectOk(await workflow(editor, 'press-releases', id, { action: 'submit', locale: 'id' }))
  })
  await as('reviewer@example.com', async (reviewer) => {
    await expectOk(await workflow(reviewer, 'press-releases', id, { action: 'approve', locale: 'id' }))
  })

  const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
  await openDocument(reviewer, site.url, 'press-releases', id, 'id')
  const englishNote = reviewer.getByLabel('Note for English', { exact: true })
  await waitForHydration(englishNote)
  await englishNote.fill('Checked the English terms against the glossary.')
  const row = workflowRow(reviewer, 'id')
  await reviewer.getByLabel('Change note for readers of Indonesian (shown with the text)', { exact: true }).fill('Judul diperbaiki.')
  await row.locator('button[data-action="publish"]').click()
  await row.locator('.warta-confirm button[data-confirm="yes"]').click()
  await expectVisible(reviewer, '.warta-workflow-locale[data-locale="id"][data-state="published"]', 'Indonesian published', 30_000)
  // After the reload: the English note is still there, ready for the approval it was typed for.
  await waitForHydration(englishNote)
  await reviewer.waitForFunction(() => {
    const input = [...document.querySelectorAll('input')].find((each) => each.getAttribute('aria-label') === 'Note for English')
    return input?.value === 'Checked the English terms against the glossary.'
  })
  await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('walk-typed-note-kept') })
  await reviewer.context().close()
}, 300_000)

test('a translator finds the source language’s text read-only, and their own language’s writable', async () => {
  const id = await publishedRelease('Siaran sumber untuk penerjemah')
  const translator = await signIn(browser, site.url, 'translator.zh@example.com')
  await openDocument(translator, site.url, 'press-releases', id, 'id')
  const title = translator.locator('#field-title')
  await waitForHydration(title)
  // Before, the field took typing and the save was refused with 403, losing what was typed.
  expect(await title.isEditable()).toBe(false)
  expect(await title.inputValue()).toBe('Siaran sumber untuk penerjemah')
  await translator.screenshot({ path: screenshotPath('walk-translator-source-read-only') })
  await openDocument(translator, site.url, 'press-releases', id, 'zh')
  await waitForHydration(title)
  expect(await title.isEditable()).toBe(true)
  await translator.context().close()
}, 300_000)

/** Signed in with the admin in one language (Payload's language cookie), as in adminLanguages.test.ts. */
const signInSpeaking = async (email: string, language: 'zh' | 'id') => {
  const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'id-ID', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: language, url: site.url }])
  const page = await context.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

test('the Chinese admin names languages in Chinese: the workflow states list, the source language and the audit trail', async () => {
  const id = await publishedRelease('Siaran untuk admin berbahasa Tionghoa')
  const reviewer = await signInSpeaking('reviewer@example.com', 'zh')

  await reviewer.goto(`${site.url}/admin/collections/workflow-states?limit=30`)
  const cells = reviewer.locator('td.cell-locale')
  await cells.first().waitFor()
  const languages = new Set((await cells.allInnerTexts()).map((text) => text.trim()))
  expect([...languages].sort()).toEqual(['中文', '印尼文', '英文'].sort())
  await reviewer.screenshot({ path: screenshotPath('walk-zh-workflow-states') })

  await openDocument(reviewer, site.url, 'press-releases', id, 'id')
  expect((await reviewer.locator('#field-sourceLocale .rs__single-value').innerText()).trim()).toBe('印尼文')
  const published = reviewer.locator('.warta-audit li[data-action="publish"]').first()
  await published.waitFor()
  const line = (await published.innerText()).replace(/\s+/g, ' ')
  expect(line).toContain('发布 印尼文')
  expect(line).not.toMatch(/ id /)
  await reviewer.locator('.warta-audit').scrollIntoViewIfNeeded()
  await reviewer.screenshot({ path: screenshotPath('walk-zh-audit') })
  await reviewer.context().close()
}, 300_000)

test('the seed’s audit entries name their author in the admin language, not by the internal label', async () => {
  const reviewer = await signInSpeaking('reviewer@example.com', 'zh')
  const found = await reviewer.request.get(`${site.url}/api/press-releases?where[slug][equals]=ai-capacity-building-workshop-opening&locale=id&depth=0`, {
    headers: { origin: site.url },
  })
  const [seeded] = ((await found.json()) as { docs: { id: number }[] }).docs
  await openDocument(reviewer, site.url, 'press-releases', seeded!.id, 'id')
  await reviewer.locator('.warta-audit li').first().waitFor({ timeout: 30_000 })
  const lines = (await reviewer.locator('.warta-audit li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))
  expect(lines.filter((text) => text.includes('初始数据（系统）')).length).toBeGreaterThan(0)
  expect(lines.filter((text) => / · seed$| · seed /.test(text))).toEqual([])
  expect(lines.filter((text) => / (id|zh|en) /.test(text))).toEqual([])
  await reviewer.context().close()
}, 300_000)

test('the Indonesian admin’s empty rich-text field has an Indonesian placeholder, not the key', async () => {
  const editor = await signInSpeaking('editor@example.com', 'id')
  await editor.goto(`${site.url}/admin/collections/briefings/create?locale=id`)
  const opening = editor.locator('.rich-text-lexical[data-field-path="openingStatements"] [data-lexical-editor="true"]')
  await waitForHydration(opening)
  expect(await opening.getAttribute('aria-placeholder')).toBe('Mulai mengetik, atau tekan "/" untuk perintah...')
  await editor.screenshot({ path: screenshotPath('walk-id-placeholder') })
  await editor.context().close()
}, 300_000)

test('list columns give times in the newsroom’s zone and name it, whatever the browser’s zone', async () => {
  // A browser in New York: Payload's own date cell would write New York times without saying so.
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: 'id', url: site.url }])
  const editor = await context.newPage()
  await editor.goto(`${site.url}/admin/login`)
  await editor.locator('#field-email').fill('editor@example.com')
  await editor.locator('#field-password').fill('warta-demo')
  await editor.locator('button[type="submit"]').click()
  await editor.waitForURL((url) => url.pathname === '/admin')

  await editor.goto(`${site.url}/admin/collections/press-releases`)
  const cells = editor.locator('td.cell-updatedAt')
  await cells.first().waitFor()
  for (const text of await cells.allInnerTexts()) expect(text.trim()).toMatch(/^\d{1,2} \S+ \d{4}, \d{2}\.\d{2} \(UTC\+07:00\)$/)
  await editor.screenshot({ path: screenshotPath('walk-list-newsroom-time') })
  await context.close()
}, 300_000)
