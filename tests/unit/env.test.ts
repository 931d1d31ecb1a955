import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { resolvePayloadSecret, SECRET_FILE_NAME } from '@/lib/env'

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
