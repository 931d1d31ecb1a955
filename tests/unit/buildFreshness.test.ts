import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { isBuildFresh } from '@/lib/cli/build'

/**
 * Browser tests and the benchmark reuse `.next` while it is newer than every source of the build.
 * A source left out of that list is a change they never see: proxy.ts (Next.js's middleware) was
 * one, so its changes reached neither until something else changed.
 */
let root: string
const write = (file: string, at: Date) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), 'x')
  fs.utimesSync(path.join(root, file), at, at)
}
const [before, built, after] = [new Date('2026-01-01T00:00:00Z'), new Date('2026-01-02T00:00:00Z'), new Date('2026-01-03T00:00:00Z')]

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-build-'))
  for (const file of ['app/page.tsx', 'lib/a.ts', 'proxy.ts', 'tsconfig.json', 'next.config.mjs']) write(file, before)
  write('.next/BUILD_ID', built)
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

test('a build newer than every source is fresh', () => {
  expect(isBuildFresh(root)).toBe(true)
})

test.each(['proxy.ts', 'tsconfig.json', 'tsconfig.next.json', 'next.config.mjs', 'lib/a.ts', 'components/x.tsx', 'locales/en/common.json'])('a change to %s makes it stale', (file) => {
  write(file, after)
  expect(isBuildFresh(root)).toBe(false)
})

test('server.ts and the tests are not in the build: changing them keeps it', () => {
  write('server.ts', after)
  write('tests/unit/x.test.ts', after)
  expect(isBuildFresh(root)).toBe(true)
})

test('every top-level TypeScript file but the server, generated types and tests is a source of the build', () => {
  const outside = new Set(['server.ts', 'payload-types.ts', 'next-env.d.ts'])
  const topLevel = fs.readdirSync(process.cwd()).filter((file) => /\.tsx?$/.test(file) && !outside.has(file))
  expect(topLevel).toContain('proxy.ts')
  for (const file of topLevel) {
    write(file, after)
    expect({ file, fresh: isBuildFresh(root) }).toEqual({ file, fresh: false })
    write(file, before)
  }
})
