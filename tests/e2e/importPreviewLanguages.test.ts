import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'

/**
 * The Import view's preview in the Indonesian and Chinese admin (the QA walk's e19/e20): the
 * summary line and the lines set aside are said in the admin's language, a "SIARAN PERS" label is
 * not the title, and the preview shows what went into the body, language by language.
 */
let site: RunningSite
let browser: Browser

const siaranPers = [
  'SIARAN PERS',
  'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
  'Jakarta, 12 November 2026',
  '',
  'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Gedung Pancasila, Jakarta.',
  '',
  'Kedua pihak membahas peningkatan kerja sama ekonomi, pendidikan, dan kecerdasan buatan.',
  '',
  'Kementerian Luar Negeri Republik Indonesia',
].join('\n')

/** An editor signed in with the admin in `language` (Payload keeps the choice in `payload-lng`). */
const editorIn = async (language: 'id' | 'zh'): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ locale: language === 'id' ? 'id-ID' : 'zh-CN', viewport: { width: 1366, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: language, url: site.url }])
  const page = await context.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('warta-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return { context, page }
}

const preview = async (page: Page, text: string, button: string, heading: string) => {
  await page.goto(`${site.url}/admin/import`)
  const box = page.locator('#warta-import-text')
  await box.waitFor()
  await box.fill(text)
  await page.getByRole('button', { name: button }).click()
  await page.getByRole('heading', { name: heading }).waitFor()
  return page.locator('.warta-import__document')
}

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

test('Indonesian admin: the title is the headline, the summary and the set-aside lines are Indonesian, the body is shown by its first words', async () => {
  const { context, page } = await editorIn('id')
  const card = await preview(page, siaranPers, 'Pratinjau', 'Pratinjau')
  expect(await page.locator('.warta-import__summary').textContent()).toBe(
    'Uji coba: 1 dokumen dari 1 berkas: 1 akan dibuat, 0 akan diperbarui, 0 tidak berubah, 0 gagal; 0 berkas gagal.',
  )
  expect(await card.locator('.warta-import__title').allTextContents()).toEqual(['id Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang'])
  expect(await card.locator('.warta-import__date').textContent()).toBe('2026-11-12')
  const body = card.locator('.warta-import__language[data-locale="id"]')
  expect(await body.locator('summary').textContent()).toBe('Bahasa Indonesia: 2 paragraf')
  expect(await body.locator('li').allTextContents()).toEqual([
    'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di…',
    'Kedua pihak membahas peningkatan kerja sama ekonomi, pendidikan, dan kecerdasan buatan.',
  ])
  expect(await card.locator('.warta-import__warnings li').allTextContents()).toEqual([
    'teks tempelan, baris 1: disisihkan sebagai bagian halaman (label jenis dokumen): “SIARAN PERS”',
    'teks tempelan, baris 9: dibuang sebagai bagian situs (nama situs): “Kementerian Luar Negeri Republik Indonesia”',
  ])
  const setAside = card.locator('.warta-import__set-aside')
  await setAside.locator('summary').click()
  expect(await setAside.locator('li').allTextContents()).toEqual([
    'teks tempelan, baris 1 (label jenis dokumen): SIARAN PERS',
    'teks tempelan, baris 9 (nama situs): Kementerian Luar Negeri Republik Indonesia',
  ])
  await page.screenshot({ path: screenshotPath('import-preview-id-siaran-pers'), fullPage: true })
  await context.close()
})

test('Chinese admin: the summary is Chinese; a long release is folded, each paragraph by its first words', async () => {
  const { context, page } = await editorIn('zh')
  const paragraphs = Array.from({ length: 8 }, (_, index) => `2026年11月12日，第${index + 1}段：外交部长会见日本驻华大使，双方就经济、教育和人工智能合作交换了意见。`)
  const card = await preview(page, ['新闻稿', '外交部长会见日本驻华大使', ...paragraphs].join('\n'), '预览', '预览')
  expect(await page.locator('.warta-import__summary').textContent()).toBe(
    '试运行：1 个文件中共 1 篇文档：将新建 1 篇，将更新 0 篇，0 篇无变化，0 篇失败；0 个文件失败。',
  )
  expect(await card.locator('.warta-import__title').allTextContents()).toEqual(['zh 外交部长会见日本驻华大使'])
  const body = card.locator('.warta-import__language[data-locale="zh"]')
  expect(await body.getAttribute('open')).toBeNull()
  expect(await body.locator('summary').textContent()).toBe('中文：8 段')
  await body.locator('summary').click()
  expect(await body.locator('li').count()).toBe(8)
  expect(await card.locator('.warta-import__warnings li').allTextContents()).toEqual(['粘贴的文本 第 1 行：已作为网页附属内容剔除（文稿类型标签）：“新闻稿”'])
  await page.screenshot({ path: screenshotPath('import-preview-zh-folded'), fullPage: true })
  await context.close()
})
