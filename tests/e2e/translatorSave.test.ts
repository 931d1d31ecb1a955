import type { Browser } from 'playwright-core'

import { richTextToPlainText } from '@/lib/richText/paragraphs'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { loginToken } from '@/tests/helpers/siteHttp'
import { openDocument, readDraft, saveDraft, settle, signIn, startEditing, typeRichText } from '@/tests/helpers/story'

/**
 * A translator's save is never lost to the slug (issue: an editor created a briefing in the admin
 * with an ordinary long title; the generated slug was 89 characters; every later admin save sent
 * it back and the server cut it to 80, so the zh translator's Save Draft counted as changing a
 * shared field: "An unknown error occurred." (403), the Chinese text gone — and publishing moved
 * the address shown before it). Everything goes through the admin form, as people use it.
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

const longTitle =
  'Keterangan Pers Juru Bicara Kementerian Luar Negeri tentang Perkembangan Terkini Kerja Sama Regional di Kawasan Asia Tenggara'
const chineseTitle = '外交部发言人关于东南亚地区合作最新进展的答记者问'

const translatorSavesInAdmin = async (id: number) => {
  const zh = await signIn(browser, site.url, 'translator.zh@example.com')
  await openDocument(zh, site.url, 'briefings', id, 'zh')
  await startEditing(zh, zh.locator('#field-title'))
  await zh.locator('#field-title').fill(chineseTitle)
  await saveDraft(zh)
  await zh.screenshot({ path: screenshotPath(`translator-save-long-slug-${id}`) })
  const saved = await readDraft(zh, site.url, 'briefings', id, 'zh')
  await zh.context().close()
  return saved
}

test('an editor creates a briefing with a long title in the admin; the zh translator’s Save Draft keeps the Chinese text and the address', async () => {
  const editor = await signIn(browser, site.url, 'editor@example.com')
  await editor.goto(`${site.url}/admin/collections/briefings/create?locale=id`)
  await settle(editor)
  await editor.locator('#field-title').fill(longTitle)
  await editor.locator('#field-date input').fill('Nov 27')
  await editor.locator('#field-date input').press('Enter')
  await typeRichText(editor, 'openingStatements', 'Juru bicara membuka keterangan pers.')
  await saveDraft(editor)
  await editor.waitForURL(/\/admin\/collections\/briefings\/\d+/)
  const id = Number(/briefings\/(\d+)/.exec(editor.url())![1])
  const created = await readDraft(editor, site.url, 'briefings', id, 'id')
  const slug = created.slug as string
  expect(richTextToPlainText(created.openingStatements)).toBe('Juru bicara membuka keterangan pers.')
  expect(slug).toMatch(/^\d{4}-11-27-keterangan-pers-juru-bicara-/)
  await editor.context().close()

  const saved = await translatorSavesInAdmin(id)
  expect({ title: saved.title, slug: saved.slug }).toEqual({ title: chineseTitle, slug })

  // The address shown before publishing is the one readers get after it.
  const admin = await loginToken(site.url, 'admin@example.com')
  const published = await fetch(`${site.url}/api/briefings/${id}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
    body: JSON.stringify({ action: 'force-publish', locale: 'id', note: 'translator save test' }),
  })
  expect({ status: published.status, body: published.ok ? '' : await published.text() }).toEqual({ status: 200, body: '' })
  expect((await fetch(`${site.url}/id/briefings/${slug}`)).status).toBe(200)
}, 300_000)

test('a briefing whose stored slug is longer than 80 characters keeps it through a translator’s admin save', async () => {
  const editorToken = await loginToken(site.url, 'editor@example.com')
  const slug = '2026-11-28-keterangan-pers-juru-bicara-kementerian-luar-negeri-kerja-sama-regional-asean'
  expect(slug.length).toBeGreaterThan(80)
  const response = await fetch(`${site.url}/api/briefings?locale=id&draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify({ slug, date: '2026-11-28T00:00:00.000Z', sourceLocale: 'id', title: longTitle }),
  })
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
  expect(doc.slug).toBe(slug)
  const saved = await translatorSavesInAdmin(doc.id)
  expect({ title: saved.title, slug: saved.slug }).toEqual({ title: chineseTitle, slug })
}, 300_000)

test('the admin works at the other loopback address: signed in at localhost (the site says 127.0.0.1), an editor’s Save Draft is kept', async () => {
  const otherOrigin = site.url.replace('127.0.0.1', 'localhost')
  const editorToken = await loginToken(site.url, 'editor@example.com')
  const created = await fetch(`${site.url}/api/press-releases?locale=id&draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify({ slug: 'origin-check', eventDate: '2026-11-28T00:00:00.000Z', sourceLocale: 'id', title: 'Judul awal' }),
  })
  const { doc } = (await created.json()) as { doc: { id: number } }
  const editor = await signIn(browser, otherOrigin, 'editor@example.com')
  await openDocument(editor, otherOrigin, 'press-releases', doc.id, 'id')
  await startEditing(editor, editor.locator('#field-title'))
  await editor.locator('#field-title').fill('Judul disimpan dari localhost')
  await saveDraft(editor)
  await editor.screenshot({ path: screenshotPath('admin-other-loopback-origin') })
  expect((await readDraft(editor, otherOrigin, 'press-releases', doc.id, 'id')).title).toBe('Judul disimpan dari localhost')
  await editor.context().close()
}, 300_000)

test('rich text typed just before Save Draft is saved with it (Payload hands it to the form only when the browser is idle)', async () => {
  const editorToken = await loginToken(site.url, 'editor@example.com')
  const response = await fetch(`${site.url}/api/briefings?locale=id&draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify({ slug: 'typed-then-saved', date: '2026-11-29T00:00:00.000Z', sourceLocale: 'id', title: 'Judul awal' }),
  })
  const { doc } = (await response.json()) as { doc: { id: number } }
  const editor = await signIn(browser, site.url, 'editor@example.com')
  await openDocument(editor, site.url, 'briefings', doc.id, 'id')
  await startEditing(editor, editor.locator('#field-title'))
  await editor.locator('#field-title').fill('Judul baru')
  await editor.locator('#action-save-draft:not([disabled])').waitFor()
  const saved = editor.waitForResponse((answer) => answer.request().method() === 'PATCH' && answer.url().includes(`/api/briefings/${doc.id}`))
  // Typing and the click in one task, as a fast Ctrl+S after the last word does on a busy machine:
  // the editor's idle-time hand-over to the form cannot have run before the click.
  await editor.evaluate((text) => {
    const field = document.querySelector<HTMLElement>('.rich-text-lexical[data-field-path="openingStatements"] [data-lexical-editor="true"]')!
    field.focus()
    document.execCommand('insertText', false, text)
    document.querySelector<HTMLButtonElement>('#action-save-draft')!.click()
  }, 'Teks yang diketik tepat sebelum menyimpan.')
  expect((await saved).ok()).toBe(true)
  await editor.screenshot({ path: screenshotPath('rich-text-typed-then-saved') })
  const draft = await readDraft(editor, site.url, 'briefings', doc.id, 'id')
  expect({ title: draft.title, openingStatements: richTextToPlainText(draft.openingStatements) }).toEqual({
    title: 'Judul baru',
    openingStatements: 'Teks yang diketik tepat sebelum menyimpan.',
  })
  await editor.context().close()
}, 300_000)
