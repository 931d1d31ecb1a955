import type { Browser, Locator, Page } from 'playwright-core'

import { newsroomCollections, type NewsroomCollection } from '@/lib/newsroom/registry'
import enAdmin from '@/locales/en/admin.json' with { type: 'json' }
import type { WorkflowAction } from '@/lib/workflow/states'

import { screenshotPath } from './browser'

/**
 * What the people in the newsroom story do with the admin, as a browser does it: sign in, type into
 * fields (Lexical editors included), save drafts and press the workflow panel's buttons.
 */
export type StoryCollection = NewsroomCollection

const NEWSROOM_API = new RegExp(`/api/(${newsroomCollections.join('|')})`)

export const PASSWORD = 'warta-demo'

export const signIn = async (browser: Browser, siteUrl: string, email: string): Promise<Page> => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${siteUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** A reader: no session, a phone-sized window. */
export const openReader = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
  return context.newPage()
}

let shot = 0
/** Numbered screenshots, so test-results/screenshots/ reads in the order of the story. */
export const snap = async (page: Page, name: string, fullPage = false) => {
  shot += 1
  await page.screenshot({ path: screenshotPath(`story-${String(shot).padStart(2, '0')}-${name}`), fullPage })
}

/**
 * Server-rendered controls are visible before React attaches their handlers; a click in between is
 * lost. React marks a hydrated element with a `__reactProps$…` key. The locator is resolved again on
 * every poll: when React re-renders a subtree on the client it replaces the server's elements.
 */
export const waitForHydration = async (locator: Locator, timeout = 30_000) => {
  const started = Date.now()
  for (;;) {
    await locator.waitFor({ state: 'attached', timeout })
    const isHydrated = await locator
      .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps')))
      .catch(() => false)
    if (isHydrated) return
    if (Date.now() - started > timeout) throw new Error(`${String(locator)} never hydrated`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const openDocument = async (page: Page, siteUrl: string, collection: StoryCollection, id: number, locale: string) => {
  await page.goto(`${siteUrl}/admin/collections/${collection}/${id}?locale=${locale}`)
  await settle(page)
  await page.locator('.warta-workflow').waitFor()
}

/** The edit view is usable: Save Draft hydrated and the form's state requests answered. */
export const settle = async (page: Page) => {
  await waitForHydration(page.locator('#action-save-draft'))
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
  await takeOverIfLocked(page)
}

/**
 * Payload keeps a document locked for its `lockDocuments` duration (5 minutes) after the last
 * person who typed in it has saved and gone; the next person in the workflow meets the
 * "currently editing" dialog. They take over, as a newsroom colleague would.
 */
export const takeOverIfLocked = async (page: Page) => {
  const dialog = page.locator('dialog#document-locked')
  if (!(await dialog.isVisible())) return
  await dialog.getByRole('button', { name: 'Take over' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

/** How the English admin names a language on buttons and fields ("Chinese", not "zh"). */
export const languageName = (locale: string): string => enAdmin.languages[locale as keyof typeof enAdmin.languages] ?? locale

export const workflowRow = (page: Page, locale: string) => page.locator(`.warta-workflow-locale[data-locale="${locale}"]`)

/** The buttons the workflow panel offers this person for one language, in order. */
export const offeredActions = (page: Page, locale: string) =>
  workflowRow(page, locale)
    .locator('button[data-action]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')))

/** Answers the panel's question ("publish now?", "withdraw?", "unpublish?") with yes. */
export const confirmGoLive = async (page: Page, locale: string) => {
  const yes = workflowRow(page, locale).locator('.warta-confirm button[data-confirm="yes"]')
  await yes.waitFor()
  await yes.click()
}

/**
 * Presses one workflow button (with its note or change note typed first) and waits for the panel
 * to show the new state after the reload the action triggers.
 */
export const pressWorkflowButton = async (
  page: Page,
  {
    locale,
    action,
    expectState,
    note,
    changeNote,
  }: { locale: string; action: WorkflowAction; expectState: string; note?: string; changeNote?: string },
) => {
  const row = workflowRow(page, locale)
  const button = row.locator(`button[data-action="${action}"]`)
  await waitForHydration(button)
  await takeOverIfLocked(page)
  if (note !== undefined) await page.getByLabel(`Note for ${languageName(locale)}`, { exact: true }).fill(note)
  if (changeNote !== undefined) await page.getByLabel(`Change note for readers of ${languageName(locale)} (shown with the text)`, { exact: true }).fill(changeNote)
  await button.click()
  // Going live and taking down are asked twice (the panel names the language, and what changes for readers).
  if (['publish', 'force-publish', 'withdraw', 'unpublish'].includes(action)) await confirmGoLive(page, locale)
  const alert = page.locator('.warta-workflow [role="alert"]')
  const done = page.locator(`.warta-workflow-locale[data-locale="${locale}"][data-state="${expectState}"]`)
  await done.or(alert).first().waitFor({ timeout: 30_000 })
  if (await alert.isVisible()) throw new Error(`${action} ${locale} refused: ${await alert.textContent()}`)
  // The reload has rendered the new state; let the next control hydrate before anyone uses it.
  await settle(page)
}

/**
 * The first change in an edit view makes Payload compare the document's `updatedAt` with the one
 * it loaded ("This document was recently updated by another user"). Nobody else is editing in the
 * story, so the check must answer "not stale" in every language (lib/admin/staleData.ts does it in
 * the edited locale); a harmless first change to `input` (typed, then undone) triggers it.
 */
export const startEditing = async (page: Page, input: Locator) => {
  // The check rides on the first form-state request after a change; it may already have happened
  // (Payload checks once per edit session), so its absence is fine, a "stale" answer is not.
  const check = page
    .waitForResponse(
      async (response) =>
        response.request().method() === 'POST' &&
        Boolean(response.request().headers()['next-action']) &&
        (await response.text().catch(() => '')).includes('staleDataState'),
      { timeout: 10_000 },
    )
    .catch(() => null)
  const value = await input.inputValue()
  await input.fill(`${value} `)
  await input.fill(value)
  const response = await check
  // The same first change takes the document's lock: a colleague's lock from minutes ago shows the
  // "currently editing" dialog only now, after the page settled. Take over, as the newsroom does.
  await page.locator('dialog#document-locked').waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined)
  await takeOverIfLocked(page)
  const answeredStale = response ? /"isStale":true/.test(await response.text()) : false
  const dialog = page.locator('dialog#document-stale-data')
  if (answeredStale || (await dialog.isVisible())) {
    await page.screenshot({ path: screenshotPath('story-stale-data-dialog') })
    throw new Error(`"document was recently updated by another user" on ${page.url()} though nobody else edited it`)
  }
}

const lexical = (page: Page, fieldPath: string) =>
  page.locator(`.rich-text-lexical[data-field-path="${fieldPath}"] [data-lexical-editor="true"]`)

/**
 * Replaces a rich-text field's whole text the way a person does: click in, select all, type. The
 * admin may still be loading the form's state when the editor first appears and then resets the
 * editor, so the typing is checked and, within a bound, repeated.
 */
export const typeRichText = async (page: Page, fieldPath: string, text: string) => {
  const editor = lexical(page, fieldPath)
  await waitForHydration(editor)
  let seen = ''
  for (let attempt = 0; attempt < 4; attempt++) {
    await takeOverIfLocked(page)
    await editor.click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Backspace')
    await page.keyboard.insertText(text)
    for (let poll = 0; poll < 20; poll++) {
      seen = (await editor.innerText()).trim()
      if (seen === text) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`the ${fieldPath} editor shows "${seen}" after typing "${text}"`)
}

export const richTextOf = (page: Page, fieldPath: string) => lexical(page, fieldPath).innerText()

/** Bounded polling for a locator's text (innerText, whitespace collapsed) to contain `text`. */
export const expectText = async (locator: Locator, text: string, timeout = 15_000) => {
  const started = Date.now()
  let seen = ''
  while (Date.now() - started < timeout) {
    seen = (await locator.innerText().catch(() => '')).replace(/\s+/g, ' ')
    if (seen.includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`expected text "${text}", saw "${seen}"`)
}

/** Presses Payload's Save Draft and waits for the server's answer and the success toast. */
export const saveDraft = async (page: Page) => {
  const response = await pressSaveDraft(page)
  if (!response.ok()) throw new Error(`Save Draft answered ${response.status()}: ${await response.text()}`)
  await page.locator('.payload-toast-container').getByText(/successfully/i).first().waitFor()
}

const pressSaveDraft = async (page: Page) => {
  const button = page.locator('#action-save-draft')
  await waitForHydration(button)
  const saved = page.waitForResponse(
    (response) => response.request().method() !== 'GET' && NEWSROOM_API.test(response.url()),
  )
  await button.click()
  return saved
}

/** A document's draft as its staff user sees it over REST (the browser session, same origin). */
export const readDraft = async (page: Page, siteUrl: string, collection: StoryCollection, id: number, locale: string) => {
  const response = await page.request.get(`${siteUrl}/api/${collection}/${id}?draft=true&locale=${locale}&depth=0`, {
    headers: { origin: siteUrl },
  })
  if (!response.ok()) throw new Error(`reading ${collection}/${id} (${locale}) answered ${response.status()}`)
  return (await response.json()) as Record<string, unknown>
}

/** The text of the element the URL's #fragment points at. */
export const targetText = (page: Page) =>
  page.evaluate(() => ({ id: document.querySelector(':target')?.id ?? null, text: document.querySelector(':target')?.textContent ?? '' }))
