import type { Browser, Page } from 'playwright-core'

import type { Locale } from '@/lib/i18n/locales'

import { demoBriefing, demoPeople } from '@/lib/seed/demoContent'
import { launchBrowser, screenshotPath } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { createDraftReleaseOverHttp, forcePublishOverHttp, loginToken } from '@/tests/helpers/siteHttp'

/**
 * Search as a reader uses it, in real Chromium against the production build, in all three
 * languages: the result count in the language's plural forms, the query's words highlighted in
 * excerpts, Q&A hits titled with their question, and a spokesperson filter of spokespeople only.
 *
 * Each language gets two releases published through the workflow: both contain one made-up word
 * (2 results), only the first another (1 result).
 */
let site: RunningSite
let browser: Browser

const words: Record<Locale, { once: string; twice: string; counts: { one: string; two: string } }> = {
  en: { once: 'Quillwort', twice: 'Zephyrine', counts: { one: '1 result', two: '2 results' } },
  id: { once: 'Kelopakmawar', twice: 'Serambikaca', counts: { one: '1 hasil', two: '2 hasil' } },
  zh: { once: '翡翠湖畔', twice: '琉璃山麓', counts: { one: '1 条结果', two: '2 条结果' } },
}

const bodies: Record<Locale, (first: boolean) => string> = {
  en: (first) =>
    `The delegation visited the ${words.en.twice} research station on the northern coast, where scientists presented their work on coastal ecosystems and the protection of mangrove forests.${first ? ` The ${words.en.once} programme was also discussed.` : ''}`,
  id: (first) =>
    `Delegasi mengunjungi stasiun penelitian ${words.id.twice} di pantai utara, tempat para ilmuwan memaparkan hasil kerja mereka tentang ekosistem pesisir dan perlindungan hutan bakau.${first ? ` Program ${words.id.once} juga dibahas.` : ''}`,
  zh: (first) =>
    `代表团参观了北部海岸的${words.zh.twice}研究站，科学家们介绍了有关沿海生态系统和红树林保护的工作。${first ? `双方还讨论了${words.zh.once}项目。` : ''}`,
}

const titles: Record<Locale, (first: boolean) => string> = {
  en: (first) => (first ? 'Delegation visits coastal research station' : 'Mangrove protection talks continue'),
  id: (first) => (first ? 'Delegasi mengunjungi stasiun penelitian pesisir' : 'Pembicaraan perlindungan hutan bakau berlanjut'),
  zh: (first) => (first ? '代表团参观沿海研究站' : '红树林保护会谈继续进行'),
}

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  const token = await loginToken(site.url, 'admin@example.com')
  for (const locale of ['id', 'zh', 'en'] as const) {
    for (const first of [true, false]) {
      const id = await createDraftReleaseOverHttp(site.url, token, {
        slug: `e2e-search-${locale}-${first ? 'first' : 'second'}`,
        locale,
        title: titles[locale](first),
        body: bodies[locale](first),
      })
      await forcePublishOverHttp(site.url, token, id, locale)
    }
  }
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const openPage = async (): Promise<Page> => browser.newPage({ viewport: { width: 390, height: 844 } })

const searchFor = async (page: Page, locale: Locale, q: string, extra = '') => {
  await page.goto(`${site.url}/${locale}/search?q=${encodeURIComponent(q)}${extra}`)
  return (await page.locator('#results-title').textContent())?.trim()
}

test.each(['en', 'id', 'zh'] as const)('%s: the result count is in the language’s plural forms, and excerpts mark the query', async (locale) => {
  const page = await openPage()
  expect(await searchFor(page, locale, words[locale].twice)).toBe(words[locale].counts.two)
  expect(await page.locator('.search-results > li').count()).toBe(2)
  expect(await page.locator('.search-results .excerpt mark').allTextContents()).toEqual([words[locale].twice, words[locale].twice])

  expect(await searchFor(page, locale, words[locale].once)).toBe(words[locale].counts.one)
  const excerpt = page.locator('.search-results .excerpt')
  expect(await excerpt.locator('mark').allTextContents()).toEqual([words[locale].once])
  // A window of the release's text (title, then body) that starts and ends between words.
  const source = `${titles[locale](true)} ${bodies[locale](true)}`
  const shown = ((await excerpt.textContent()) ?? '').trim().replace(/^…|…$/g, '')
  const at = source.indexOf(shown)
  expect(at).toBeGreaterThanOrEqual(0)
  if (locale !== 'zh') expect([source[at - 1] ?? ' ', source[at + shown.length] ?? ' ']).toEqual([' ', ' '])
  // On a phone the first result's title is on the first screen, under the form (it began 890 px
  // down, below the 844-px screen, when every filter took a row of its own).
  const first = await page.locator('.search-results > li a').first().boundingBox()
  expect(first!.y + first!.height).toBeLessThan(844)
  await page.screenshot({ path: screenshotPath(`search-results-${locale}`), fullPage: true })
  await page.close()
})

test.each(['en', 'id', 'zh'] as const)('%s: a Q&A hit is titled with its question and names its briefing', async (locale) => {
  const page = await openPage()
  await searchFor(page, locale, locale === 'zh' ? '上海' : 'Shanghai', '&type=question')
  const hit = page.locator('.search-results > li').filter({ has: page.locator(`a[href$="/briefings/${demoBriefing.slug}#q1"]`) })
  const title = (await hit.locator('a').textContent())?.trim() ?? ''
  expect(title).not.toMatch(/·\s*\d+$/)
  expect(demoBriefing.items[0]!.question[locale].startsWith(title.replace(/…$/, ''))).toBe(true)
  expect(await hit.locator('.meta').textContent()).toContain(demoBriefing.title[locale])
  expect(await hit.locator('.excerpt mark').count()).toBeGreaterThan(0)
  await page.screenshot({ path: screenshotPath(`search-question-${locale}`), fullPage: true })
  await page.close()
})

test.each(['en', 'id', 'zh'] as const)('%s: the spokesperson filter lists the spokesperson, not the vice minister', async (locale) => {
  const page = await openPage()
  await page.goto(`${site.url}/${locale}/search`)
  const options = await page.locator('select[name="spokesperson"] option').evaluateAll((elements) =>
    elements.map((element) => (element as HTMLOptionElement).value).filter(Boolean),
  )
  expect(options).toEqual([demoBriefing.spokesperson])
  expect(options).not.toContain(demoPeople.find((person) => person.slug === 'ma-zhaoxu')?.slug)
  await page.close()
})
