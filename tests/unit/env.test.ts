import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { allowedOrigins, editLockSeconds, resolvePayloadSecret, SECRET_FILE_NAME } from '@/lib/env'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'warta-env-'))

test('production without PAYLOAD_SECRET refuses to start and names the variable', () => {
  expect(() => resolvePayloadSecret({ NODE_ENV: 'production', WARTA_DATA_DIR: tempDir() })).toThrow(/PAYLOAD_SECRET/)
})

test('an explicit PAYLOAD_SECRET wins in every environment', () => {
  expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'from-env' })).toBe('from-env')
})

test('a local run generates a secret once under the data folder and reuses it', () => {
  const dir = tempDir()
  const first = resolvePayloadSecret({ NODE_ENV: 'development', WARTA_DATA_DIR: dir })
  expect(first).toMatch(/^[0-9a-f]{64}$/)
  expect(fs.readFileSync(path.join(dir, SECRET_FILE_NAME), 'utf8')).toBe(first)
  expect(resolvePayloadSecret({ NODE_ENV: 'development', WARTA_DATA_DIR: dir })).toBe(first)
})

describe('origins allowed to use a staff session', () => {
  test('a public site accepts its own origin only, even when the server could be reached on the machine itself', () => {
    expect(allowedOrigins({ NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: 'https://press.kemlu.example/' })).toEqual([
      'https://press.kemlu.example',
    ])
  })

  test('a site served on this machine (the demo) accepts localhost, 127.0.0.1 and [::1] on its port', () => {
    expect(allowedOrigins({ NODE_ENV: 'production', PORT: '4100' }).sort()).toEqual(
      ['http://127.0.0.1:4100', 'http://[::1]:4100', 'http://localhost:4100'].sort(),
    )
  })

  test('development adds the loopback origins to a configured public URL, on that URL’s port', () => {
    expect(allowedOrigins({ NODE_ENV: 'development', NEXT_PUBLIC_SERVER_URL: 'http://press.test:8080' })).toEqual([
      'http://press.test:8080',
      'http://localhost:8080',
      'http://127.0.0.1:8080',
      'http://[::1]:8080',
    ])
  })
})

test('edit locks last 90 s unless WARTA_EDIT_LOCK_SECONDS says otherwise; a nonsense value stops the server with the variable named', () => {
  expect(editLockSeconds({ NODE_ENV: 'production' })).toBe(90)
  expect(editLockSeconds({ NODE_ENV: 'production', WARTA_EDIT_LOCK_SECONDS: '30' })).toBe(30)
  expect(() => editLockSeconds({ NODE_ENV: 'production', WARTA_EDIT_LOCK_SECONDS: '2' })).toThrow(/WARTA_EDIT_LOCK_SECONDS .*at least 5; got "2"/)
  expect(() => editLockSeconds({ NODE_ENV: 'production', WARTA_EDIT_LOCK_SECONDS: 'soon' })).toThrow(/WARTA_EDIT_LOCK_SECONDS/)
})

test('the server starts with a heap limit of 768 MB unless WARTA_SERVER_HEAP_MB says otherwise, a young generation of 2 × 8 MB and two malloc arenas unless MALLOC_ARENA_MAX says otherwise, the same in npm start and in the commands that spawn it', async () => {
  const { DEFAULT_SERVER_HEAP_MB, serverHeapMegabytes } = await import('@/lib/env')
  const { DEFAULT_MALLOC_ARENA_MAX, productionServer, SEMI_SPACE_MB } = await import('@/lib/cli/processes')
  expect(serverHeapMegabytes({ NODE_ENV: 'production' })).toBe(768)
  expect(serverHeapMegabytes({ NODE_ENV: 'production', WARTA_SERVER_HEAP_MB: '1536' })).toBe(1536)
  expect(() => serverHeapMegabytes({ NODE_ENV: 'production', WARTA_SERVER_HEAP_MB: '100' })).toThrow(/WARTA_SERVER_HEAP_MB .*at least 256; got "100"/)
  expect(() => serverHeapMegabytes({ NODE_ENV: 'production', WARTA_SERVER_HEAP_MB: 'lots' })).toThrow(/WARTA_SERVER_HEAP_MB/)

  const standard = productionServer({ port: 3000, env: { NODE_ENV: 'production', PATH: '/usr/bin' } })
  expect(standard.args.slice(0, 2)).toEqual(['--max-old-space-size=768', '--max-semi-space-size=8'])
  expect(standard.args).toEqual(expect.arrayContaining(['server.ts', '-p', '3000']))
  // The environment given is passed on whole, with the allocator's setting added.
  expect(standard.env).toEqual({ NODE_ENV: 'production', PATH: '/usr/bin', MALLOC_ARENA_MAX: '2' })
  const chosen = productionServer({ port: 3000, hostname: '127.0.0.1', env: { NODE_ENV: 'production', WARTA_SERVER_HEAP_MB: '1024', MALLOC_ARENA_MAX: '4' } })
  expect(chosen.args).toContain('--max-old-space-size=1024')
  expect(chosen.args).toEqual(expect.arrayContaining(['-H', '127.0.0.1']))
  expect(chosen.env.MALLOC_ARENA_MAX).toBe('4')

  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
  expect(scripts.start).toContain(`--max-old-space-size=\${WARTA_SERVER_HEAP_MB:-${DEFAULT_SERVER_HEAP_MB}}`)
  expect(scripts.start).toContain(`--max-semi-space-size=${SEMI_SPACE_MB}`)
  expect(scripts.start).toMatch(new RegExp(`^MALLOC_ARENA_MAX=\\$\\{MALLOC_ARENA_MAX:-${DEFAULT_MALLOC_ARENA_MAX}\\} node `))
})
