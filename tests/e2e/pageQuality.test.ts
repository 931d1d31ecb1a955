import type { Browser } from 'playwright-core'

import fs from 'node:fs'
import { createRequire } from 'node:module'

import { HtmlValidate } from 'html-validate'

import { demoBriefing, demoRelease } from '@/lib/seed/demoContent'
import { launchBrowser } from '@/tests/helpers/browser'
import { startSite, type RunningSite } from '@/tests/helpers/server'
import { createDraftReleaseOverHttp, forcePublishOverHttp, loginToken } from '@/tests/helpers/siteHttp'

/**
 * Every page type of the reader site, in all three languages: axe-core (run in Chromium on the
 * rendered page) finds no accessibility violation, and the HTML the server sends passes
 * html-validate's standard preset. A page type added to the site belongs in this list.
 */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

let site: RunningSite
let browser: Browser
const idOnlySlug = 'e2e-quality-id-only'

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  const token = await loginToken(site.url, 'admin@example.com')
  const id = await createDraftReleaseOverHttp(site.url, token, { slug: idOnlySlug, locale: 'id', title: 'Hanya bahasa Indonesia', body: 'Isi.' })
  await forcePublishOverHttp(site.url, token, id, 'id')
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const pageTypes = (locale: string): [string, string][] => [
  ['home', `/${locale}`],
  ['release list', `/${locale}/press-releases`],
  ['release', `/${locale}/press-releases/${demoRelease.slug}`],
  ['briefing list', `/${locale}/briefings`],
  ['briefing', `/${locale}/briefings/${demoBriefing.slug}`],
  ['briefing archive', `/${locale}/briefings/archive/2024-09`],
  ['statement list', `/${locale}/statements`],
  ['topics', `/${locale}/topics`],
  ['topic', `/${locale}/topics/artificial-intelligence`],
  ['spokespeople', `/${locale}/spokespeople`],
  ['spokesperson', `/${locale}/spokespeople/mao-ning`],
  ['search', `/${locale}/search?q=AI`],
  ['404', `/${locale}/no-such-page`],
  ['document not in this language', `/${locale === 'id' ? 'en' : locale}/press-releases/${idOnlySlug}`],
]

type AxeResult = { passes: unknown[]; violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

describe.each(['id', 'zh', 'en'] as const)('%s', (locale) => {
  test.each(pageTypes(locale))('%s (%s): no axe-core violations, no html-validate errors', async (_name, address) => {
    const response = await fetch(`${site.url}${address}`)
    const html = await response.text()
    const report = await validator.validateString(html, address)
    const errors = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} line ${message.line}: ${message.message}`))
    expect(errors).toEqual([])

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${site.url}${address}`)
    await page.evaluate(axeSource)
    const result = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as AxeResult
    await context.close()
    expect(result.passes.length).toBeGreaterThan(0)
    expect(result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
