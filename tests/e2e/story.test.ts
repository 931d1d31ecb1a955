import type { Browser, Locator, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { launchBrowser } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import {
  expectText,
  offeredActions,
  openDocument,
  openReader,
  pressWorkflowButton,
  readDraft,
  richTextOf,
  saveDraft,
  settle,
  startEditing,
  signIn,
  snap,
  targetText,
  typeRichText,
  waitForHydration,
  workflowRow,
} from '@/tests/helpers/story'
import {
  briefingFixture,
  briefingTitle,
  changeNotes,
  chineseSearchPhrase,
  correctedAnswerQ2,
  correctedTranslationQ2,
  fixedAnswerQ3,
  importedAnswerQ2,
  importedQuestions,
  release,
  translatedItems,
  typoAnswer,
} from '@/tests/helpers/storyTexts'
import { richTextToPlainText } from '@/lib/richText/paragraphs'

/**
 * The whole newsroom story in one browser, the way its people live it: an editor imports a
 * transcript and writes a release, a reviewer sends one back, translators work beside the source
 * text, the reviewer publishes language by language, a reader finds it all in three languages, and
 * a correction to the source travels to exactly the translated answers it touches.
 * Each step depends on the one before it; screenshots land in test-results/screenshots/story-*.
 */
let site: RunningSite
let browser: Browser
let briefingId = 0
let releaseId = 0
let briefingSlug = ''

const STEP_TIMEOUT = 300_000

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** Closes a person's browser after leaving the edit view, so Payload releases its document lock. */
const signOut = async (page: Page) => {
  await page.goto(`${site.url}/admin`)
  await page.context().close()
}

const answerText = (doc: Record<string, unknown>, index: number) =>
  richTextToPlainText((doc.items as { answer?: unknown }[])[index]?.answer)

test(
  'an editor imports an Indonesian briefing, fixes an answer, writes a release and submits both',
  async () => {
    const editor = await signIn(browser, site.url, 'editor@example.com')

    await editor.goto(`${site.url}/admin/import`)
    await editor.getByRole('heading', { level: 1, name: 'Import text' }).waitFor()
    const text = editor.getByLabel('Text', { exact: true })
    await waitForHydration(text)
    await text.fill(fs.readFileSync(path.resolve(briefingFixture), 'utf8'))
    await editor.getByRole('button', { name: 'Preview' }).click()
    await editor.getByRole('heading', { name: 'Preview' }).waitFor()
    const card = editor.locator('.warta-import__document')
    expect(await card.locator('h3').textContent()).toBe('Briefing 2024-11-12 — will be created (id)')
    expect(await card.locator('.warta-import__count').textContent()).toBe('3 questions')
    expect(await card.locator('.warta-import__outlet').allTextContents()).toEqual(['CCTV', 'Reuters', 'Kantor Berita Xinhua'])
    expect(await editor.locator('.warta-import__warnings').count()).toBe(0)
    await snap(editor, 'editor-import-preview', true)

    await editor.getByRole('button', { name: 'Import as drafts' }).click()
    await editor.getByRole('heading', { name: 'Result' }).waitFor()
    expect(await card.locator('h3').textContent()).toBe('Briefing 2024-11-12 — created (id)')
    await editor.getByRole('link', { name: 'Open the draft' }).click()
    await editor.waitForURL(/\/admin\/collections\/briefings\/\d+/)
    briefingId = Number(/briefings\/(\d+)/.exec(editor.url())![1])
    await settle(editor)
    expect(await editor.locator('#field-title').inputValue()).toBe(briefingTitle.id)
    expect(await editor.locator('#field-items__1__question').inputValue()).toContain('kedua menteri luar negeri')
    expect(await richTextOf(editor, 'items.2.answer')).toContain(typoAnswer)

    // The typo in the third answer, fixed in the form.
    await startEditing(editor, editor.locator('#field-title'))
    await typeRichText(editor, 'items.2.answer', fixedAnswerQ3)
    await saveDraft(editor)
    const stored = await readDraft(editor, site.url, 'briefings', briefingId, 'id')
    expect(answerText(stored, 2)).toBe(fixedAnswerQ3)
    briefingSlug = String(stored.slug)
    expect(briefingSlug).toMatch(/^2024-11-12-/)

    await openDocument(editor, site.url, 'briefings', briefingId, 'id')
    expect(await offeredActions(editor, 'id')).toEqual(['submit'])
    await pressWorkflowButton(editor, { locale: 'id', action: 'submit', expectState: 'submitted' })
    await snap(editor, 'editor-briefing-submitted')

    // A new release, written in the admin's own "Create new" form.
    await editor.goto(`${site.url}/admin/collections/press-releases/create`)
    await settle(editor)
    await editor.locator('#field-title').fill(release.title.id)
    await editor.locator('#field-slug').fill(release.slug)
    await typeRichText(editor, 'body', release.firstBody)
    await snap(editor, 'editor-release-new')
    await saveDraft(editor)
    await editor.waitForURL(/\/admin\/collections\/press-releases\/\d+/)
    releaseId = Number(/press-releases\/(\d+)/.exec(editor.url())![1])
    await openDocument(editor, site.url, 'press-releases', releaseId, 'id')
    expect(await editor.locator('#field-title').inputValue()).toBe(release.title.id)
    await pressWorkflowButton(editor, { locale: 'id', action: 'submit', expectState: 'submitted' })
    expect(await workflowRow(editor, 'id').locator('.warta-state').textContent()).toBe('submitted')
    await snap(editor, 'editor-release-submitted')
    await signOut(editor)
  },
  STEP_TIMEOUT,
)

test(
  'a reviewer rejects the release with a note, the editor fixes and resubmits it, and both sources are approved',
  async () => {
    const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
    await reviewer.goto(`${site.url}/admin/todo`)
    const waiting = reviewer.locator('tr[data-reason="submitted"][data-locale="id"]')
    await waiting.first().waitFor()
    const waitingTitles = await waiting.locator('a').allTextContents()
    expect(waitingTitles).toEqual(expect.arrayContaining([release.title.id, briefingTitle.id]))
    await snap(reviewer, 'reviewer-todo')

    await openDocument(reviewer, site.url, 'press-releases', releaseId, 'id')
    expect(await offeredActions(reviewer, 'id')).toEqual(expect.arrayContaining(['approve', 'reject']))
    await pressWorkflowButton(reviewer, { locale: 'id', action: 'reject', note: release.rejectionNote, expectState: 'rejected' })
    await snap(reviewer, 'reviewer-rejected')
    await signOut(reviewer)

    const editor = await signIn(browser, site.url, 'editor@example.com')
    await editor.goto(`${site.url}/admin/todo`)
    const rejected = editor.locator('tr[data-reason="rejected"][data-locale="id"]')
    await rejected.waitFor()
    expect(await rejected.textContent()).toContain(release.rejectionNote)
    await rejected.locator('a').click()
    await editor.waitForURL(new RegExp(`/admin/collections/press-releases/${releaseId}`))
    await settle(editor)
    expect(await workflowRow(editor, 'id').locator('.warta-review-note').textContent()).toBe(
      `Reviewer’s note: ${release.rejectionNote}`,
    )
    await snap(editor, 'editor-sees-note')
    await startEditing(editor, editor.locator('#field-title'))
    await typeRichText(editor, 'body', release.fixedBody)
    await saveDraft(editor)
    expect(richTextToPlainText((await readDraft(editor, site.url, 'press-releases', releaseId, 'id')).body)).toBe(release.fixedBody)
    await openDocument(editor, site.url, 'press-releases', releaseId, 'id')
    await pressWorkflowButton(editor, { locale: 'id', action: 'submit', expectState: 'submitted' })
    await signOut(editor)

    const again = await signIn(browser, site.url, 'reviewer@example.com')
    for (const [collection, id] of [
      ['press-releases', releaseId],
      ['briefings', briefingId],
    ] as const) {
      await openDocument(again, site.url, collection, id, 'id')
      await pressWorkflowButton(again, { locale: 'id', action: 'approve', expectState: 'approved' })
    }
    await snap(again, 'reviewer-approved-briefing-source')
    await signOut(again)
  },
  STEP_TIMEOUT,
)

test(
  'the translators find the work in their to-do lists and translate beside the Indonesian source',
  async () => {
    const zh = await signIn(browser, site.url, 'translator.zh@example.com')
    await zh.goto(`${site.url}/admin/todo`)
    const todo = zh.locator('tr[data-reason="missing"][data-locale="zh"] a')
    await todo.first().waitFor()
    // Not yet titled in Chinese: named as such, with the Indonesian title to recognise it by.
    expect(await todo.allTextContents()).toEqual(
      expect.arrayContaining([`Untitled (Chinese) — ${release.title.id}`, `Untitled (Chinese) — ${briefingTitle.id}`]),
    )
    await snap(zh, 'translator-zh-todo')

    await todo.filter({ hasText: release.title.id }).click()
    await zh.waitForURL(new RegExp(`/admin/collections/press-releases/${releaseId}\\?locale=zh`))
    await settle(zh)
    await expectText(zh.locator('.warta-source-text[data-source-for="title"]'), release.title.id)
    await expectText(zh.locator('.warta-source-text[data-source-for="body"]'), release.fixedBody)
    await startEditing(zh, zh.locator('#field-title'))
    await zh.locator('#field-title').fill(release.title.zh)
    await typeRichText(zh, 'body', release.zhBody)
    await saveDraft(zh)
    await openDocument(zh, site.url, 'press-releases', releaseId, 'zh')
    // No publish control of any kind: not the workflow's, not Payload's own.
    expect(await offeredActions(zh, 'zh')).toEqual(['submit'])
    expect(await zh.locator('button[data-action="publish"]').count()).toBe(0)
    expect(await zh.locator('#action-save').count()).toBe(0)
    expect(await zh.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await pressWorkflowButton(zh, { locale: 'zh', action: 'submit', expectState: 'submitted' })

    await openDocument(zh, site.url, 'briefings', briefingId, 'zh')
    await expectText(zh.locator('.warta-source-text[data-source-for="title"]'), briefingTitle.id)
    await expectText(zh.locator('.warta-source-text[data-source-for="items.2.answer"]'), fixedAnswerQ3)
    await expectText(zh.locator('.warta-source-text[data-source-for="items.1.answer"]'), importedAnswerQ2)
    await startEditing(zh, zh.locator('#field-title'))
    await zh.locator('#field-title').fill(briefingTitle.zh)
    for (const [index, item] of translatedItems.zh.entries()) {
      await expectText(zh.locator(`.warta-source-text[data-source-for="items.${index}.question"]`), importedQuestions[index]!)
      await zh.locator(`#field-items__${index}__question`).fill(item.question)
      await typeRichText(zh, `items.${index}.answer`, item.answer)
    }
    await zh.locator('.rich-text-lexical[data-field-path="items.0.answer"]').scrollIntoViewIfNeeded()
    await snap(zh, 'translator-zh-beside-source')
    await saveDraft(zh)
    await openDocument(zh, site.url, 'briefings', briefingId, 'zh')
    expect(await zh.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await pressWorkflowButton(zh, { locale: 'zh', action: 'submit', expectState: 'submitted' })
    await signOut(zh)

    const en = await signIn(browser, site.url, 'translator.en@example.com')
    await en.goto(`${site.url}/admin/todo`)
    const enTodo = en.locator('tr[data-reason="missing"][data-locale="en"] a')
    await enTodo.first().waitFor()
    expect(await enTodo.allTextContents()).toEqual(
      expect.arrayContaining([`Untitled (English) — ${release.title.id}`, `Untitled (English) — ${briefingTitle.id}`]),
    )
    await enTodo.filter({ hasText: briefingTitle.id }).click()
    await en.waitForURL(new RegExp(`/admin/collections/briefings/${briefingId}\\?locale=en`))
    await settle(en)
    await expectText(en.locator('.warta-source-text[data-source-for="items.0.answer"]'), 'Tiongkok berharap')
    await startEditing(en, en.locator('#field-title'))
    await en.locator('#field-title').fill(briefingTitle.en)
    for (const [index, item] of translatedItems.en.entries()) {
      await en.locator(`#field-items__${index}__question`).fill(item.question)
      await typeRichText(en, `items.${index}.answer`, item.answer)
    }
    await saveDraft(en)
    await openDocument(en, site.url, 'briefings', briefingId, 'en')
    expect(await offeredActions(en, 'en')).toEqual(['submit'])
    await pressWorkflowButton(en, { locale: 'en', action: 'submit', expectState: 'submitted' })
    await snap(en, 'translator-en-submitted')
    await signOut(en)
  },
  STEP_TIMEOUT,
)

test(
  'the reviewer approves the translations and publishes id and zh of both, en of the briefing',
  async () => {
    const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
    await openDocument(reviewer, site.url, 'press-releases', releaseId, 'id')
    await pressWorkflowButton(reviewer, { locale: 'zh', action: 'approve', expectState: 'approved' })
    await pressWorkflowButton(reviewer, { locale: 'id', action: 'publish', expectState: 'published' })
    await pressWorkflowButton(reviewer, { locale: 'zh', action: 'publish', expectState: 'published' })
    expect(await workflowRow(reviewer, 'en').getAttribute('data-state')).toBe('missing')

    await openDocument(reviewer, site.url, 'briefings', briefingId, 'id')
    await pressWorkflowButton(reviewer, { locale: 'zh', action: 'approve', expectState: 'approved' })
    await pressWorkflowButton(reviewer, { locale: 'en', action: 'approve', expectState: 'approved' })
    for (const locale of ['id', 'zh', 'en']) {
      await pressWorkflowButton(reviewer, { locale, action: 'publish', expectState: 'published' })
    }
    await reviewer.locator('.warta-workflow').scrollIntoViewIfNeeded()
    await snap(reviewer, 'reviewer-published-briefing')
    await signOut(reviewer)

    // A translator, on the published briefing: still no publish control anywhere.
    const zh = await signIn(browser, site.url, 'translator.zh@example.com')
    await openDocument(zh, site.url, 'briefings', briefingId, 'zh')
    expect(await zh.locator('.warta-workflow-locale[data-state="published"]').count()).toBe(3)
    expect(await zh.locator('button[data-action]').count()).toBe(0)
    expect(await zh.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await signOut(zh)
  },
  STEP_TIMEOUT,
)

test(
  'a reader finds the release in Chinese, is told English is not there yet, follows #q2 across three languages, searches and subscribes',
  async () => {
    const reader = await openReader(browser)
    await reader.goto(`${site.url}/zh`)
    await reader.getByRole('link', { name: release.title.zh }).click()
    await reader.waitForURL(`**/zh/press-releases/${release.slug}`)
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(release.title.zh)
    await expectText(reader.locator('article .body'), release.zhBody)
    const english = reader.locator('.site-header .languages .unavailable[data-locale="en"]')
    expect(await english.textContent()).toBe('English (暂无译文)')
    await snap(reader, 'reader-release-zh')

    const response = await reader.goto(`${site.url}/en/press-releases/${release.slug}`)
    expect(response?.status()).toBe(404)
    expect(await reader.locator('#not-translated-title').textContent()).toBe('Not available in English yet')
    expect(
      await reader.locator('.available-languages a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
    ).toEqual([`/id/press-releases/${release.slug}`, `/zh/press-releases/${release.slug}`])
    expect(await reader.locator('main').textContent()).not.toContain(release.title.id)
    await snap(reader, 'reader-release-en-not-yet')

    await reader.goto(`${site.url}/zh`)
    await reader.getByRole('link', { name: briefingTitle.zh }).first().click()
    await reader.waitForURL(`**/zh/briefings/${briefingSlug}`)
    // The reader copies the link to question 2 and opens it, as whoever they send it to would.
    const copyLink = reader.getByRole('button', { name: '复制第2问的链接' })
    await waitForHydration(copyLink)
    await copyLink.click()
    await reader.waitForURL(`**/zh/briefings/${briefingSlug}#q2`)
    const linked = await reader.context().newPage()
    await linked.goto(reader.url())
    expect(await targetText(linked)).toEqual({ id: 'q2', text: expect.stringContaining(translatedItems.zh[1].question) })
    await snap(linked, 'reader-briefing-zh-q2')
    for (const [from, to, question] of [
      ['zh', 'en', translatedItems.en[1].question],
      ['en', 'id', 'Apakah kedua menteri luar negeri akan bertemu'],
    ] as const) {
      // The switcher carries the fragment once it has read it from the address bar.
      const switchTo = linked.locator(`.site-header .languages a[data-locale="${to}"][href="/${to}/briefings/${briefingSlug}#q2"]`)
      await waitForHydration(switchTo)
      await switchTo.click()
      await linked.waitForURL(`**/${to}/briefings/${briefingSlug}#q2`)
      expect({ from, to, target: await targetText(linked) }).toEqual({
        from,
        to,
        target: { id: 'q2', text: expect.stringContaining(question) },
      })
      await snap(linked, `reader-briefing-${to}-q2`)
    }

    await reader.goto(`${site.url}/zh/search`)
    const query = reader.getByLabel('搜索内容')
    await query.fill(chineseSearchPhrase)
    await reader.getByRole('button', { name: '搜索' }).click()
    await reader.waitForURL('**/zh/search?**')
    const hit = reader.locator(`.search-results a[href*="${briefingSlug}#q3"]`)
    await hit.first().waitFor()
    await snap(reader, 'reader-search-zh')
    await hit.first().click()
    await reader.waitForURL(`**/zh/briefings/${briefingSlug}#q3`)
    expect(await targetText(reader)).toEqual({ id: 'q3', text: expect.stringContaining(chineseSearchPhrase) })

    const feedHref = await reader.locator(`footer a[href$="/zh/press-releases/feed.xml"]`).getAttribute('href')
    const feed = await reader.evaluate(async (href) => {
      const response = await fetch(href)
      const xml = new DOMParser().parseFromString(await response.text(), 'application/xml')
      return {
        status: response.status,
        errors: xml.getElementsByTagName('parsererror').length,
        root: xml.documentElement.localName,
        titles: [...xml.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('title')[0]?.textContent ?? ''),
      }
    }, feedHref!)
    expect(feed).toEqual({ status: 200, errors: 0, root: 'feed', titles: expect.arrayContaining([release.title.zh]) })
    await reader.context().close()
  },
  STEP_TIMEOUT,
)

/** What a reader sees of answer q2 in one language. */
const readerAnswerQ2 = async (reader: Page, locale: string) => {
  await reader.goto(`${site.url}/${locale}/briefings/${briefingSlug}#q2`)
  return (await reader.locator('li#q2 .answer').textContent()) ?? ''
}

/** Both sides of a word-level diff as the page shows it, and whether any words were left unmarked. */
const diffSides = (locator: Locator) =>
  locator
    .locator('.warta-diff')
    .first()
    .evaluate((diff) => {
      const without = (tag: string) => {
        const copy = diff.cloneNode(true) as HTMLElement
        copy.querySelectorAll(tag).forEach((node) => node.remove())
        return copy.textContent
      }
      const unchanged = Array.from(diff.children).filter((child) => child.tagName === 'SPAN').map((child) => child.textContent ?? '')
      return { before: without('ins'), after: without('del'), keepsUnchangedWords: unchanged.join('').trim().length > 0 }
    })
const expectedQ2Diff = { before: importedAnswerQ2, after: correctedAnswerQ2, keepsUnchangedWords: true }

test(
  'a correction to the source answer q2 marks only q2 stale in zh and en, and reaches readers with a change note once republished',
  async () => {
    const editor = await signIn(browser, site.url, 'editor@example.com')
    await openDocument(editor, site.url, 'briefings', briefingId, 'id')
    await startEditing(editor, editor.locator('#field-title'))
    await typeRichText(editor, 'items.1.answer', correctedAnswerQ2)
    await saveDraft(editor)
    await openDocument(editor, site.url, 'briefings', briefingId, 'id')
    expect(await workflowRow(editor, 'id').getAttribute('data-state')).toBe('draft')
    for (const locale of ['zh', 'en']) {
      const stale = workflowRow(editor, locale).locator('.warta-stale li')
      expect({
        locale,
        fields: await stale.evaluateAll((items) => items.map((item) => item.getAttribute('data-path'))),
        names: await stale.locator('strong').allTextContents(),
        diff: await diffSides(stale),
      }).toEqual({ locale, fields: ['items.q2.answer'], names: ['Q&A item 2 · Answer'], diff: expectedQ2Diff })
    }
    await snap(editor, 'editor-correction-stale')
    await pressWorkflowButton(editor, { locale: 'id', action: 'submit', expectState: 'submitted' })
    await signOut(editor)

    const reader = await openReader(browser)
    expect(await readerAnswerQ2(reader, 'id')).toContain(importedAnswerQ2)
    expect(await readerAnswerQ2(reader, 'zh')).toContain(translatedItems.zh[1].answer)
    expect(await readerAnswerQ2(reader, 'en')).toContain(translatedItems.en[1].answer)

    const reviewer = await signIn(browser, site.url, 'reviewer@example.com')
    await openDocument(reviewer, site.url, 'briefings', briefingId, 'id')
    await pressWorkflowButton(reviewer, { locale: 'id', action: 'approve', expectState: 'approved' })
    await signOut(reviewer)

    for (const locale of ['zh', 'en'] as const) {
      const translator = await signIn(browser, site.url, `translator.${locale}@example.com`)
      await translator.goto(`${site.url}/admin/todo`)
      const stale = translator.locator(`tr[data-reason="stale"][data-locale="${locale}"] a`)
      await stale.first().waitFor()
      expect(await stale.allTextContents()).toEqual([briefingTitle[locale]])
      await stale.click()
      await translator.waitForURL(new RegExp(`/admin/collections/briefings/${briefingId}\\?locale=${locale}`))
      await settle(translator)
      await expectText(translator.locator('.warta-source-text[data-source-for="items.1.answer"]'), correctedAnswerQ2)
      // The stale answer is marked in the form itself, with the change word by word; nothing else is.
      const marked = translator.locator('.warta-source-text[data-stale="true"]')
      expect({
        fields: await marked.evaluateAll((notes) => notes.map((note) => note.getAttribute('data-source-for'))),
        diff: await diffSides(marked.locator('.warta-stale-field')),
      }).toEqual({ fields: ['items.1.answer'], diff: expectedQ2Diff })
      if (locale === 'zh') await marked.scrollIntoViewIfNeeded().then(() => snap(translator, 'translator-stale-field'))
      await startEditing(translator, translator.locator('#field-title'))
      await typeRichText(translator, 'items.1.answer', correctedTranslationQ2[locale])
      await saveDraft(translator)
      await openDocument(translator, site.url, 'briefings', briefingId, locale)
      expect(await workflowRow(translator, locale).locator('.warta-stale').count()).toBe(0)
      await pressWorkflowButton(translator, { locale, action: 'submit', expectState: 'submitted' })
      await signOut(translator)
    }
    // Updated and submitted, but not republished: readers still get the published answer.
    expect(await readerAnswerQ2(reader, 'zh')).toContain(translatedItems.zh[1].answer)

    const republisher = await signIn(browser, site.url, 'reviewer@example.com')
    await openDocument(republisher, site.url, 'briefings', briefingId, 'id')
    for (const locale of ['zh', 'en']) {
      await pressWorkflowButton(republisher, { locale, action: 'approve', expectState: 'approved' })
    }
    for (const locale of ['id', 'zh', 'en'] as const) {
      await pressWorkflowButton(republisher, { locale, action: 'publish', changeNote: changeNotes[locale], expectState: 'published' })
    }
    await snap(republisher, 'reviewer-republished')
    await signOut(republisher)

    for (const [locale, answer] of [
      ['id', correctedAnswerQ2],
      ['zh', correctedTranslationQ2.zh],
      ['en', correctedTranslationQ2.en],
    ] as const) {
      expect({ locale, answer: await readerAnswerQ2(reader, locale) }).toEqual({ locale, answer: expect.stringContaining(answer) })
      const notes = reader.locator('details.change-notes')
      await notes.locator('summary').click()
      await expectText(notes, changeNotes[locale])
      await snap(reader, `reader-change-note-${locale}`)
    }
    await reader.context().close()
  },
  STEP_TIMEOUT,
)
