import type { Browser } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

/**
 * Debian's Chromium (the bundled Playwright download is blocked here). The flags keep it from
 * reaching for the network this machine does not have.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** Screenshots are test artifacts under test-results/ (git-ignored), to look at, not to compare. */
export const screenshotPath = (name: string): string => {
  const dir = path.resolve('test-results', 'screenshots')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}
