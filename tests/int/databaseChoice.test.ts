import { spawnSync } from 'node:child_process'

import { scriptCommand } from '@/lib/cli/processes'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('database-choice')
})
afterAll(async () => t?.stop())

const expectedAdapter = process.env.MONGODB_URI ? 'mongoose' : 'sqlite'

test(`the running instance uses the ${expectedAdapter} adapter chosen by DATABASE_URI`, () => {
  expect(t.payload.db.name).toBe(expectedAdapter)
})

test(
  expectedAdapter === 'sqlite'
    ? 'every committed migration is recorded as applied'
    : 'MongoDB runs without schema migrations: none are recorded',
  async () => {
    const { migrations } = await import('@/migrations')
    const applied = await t.payload.find({ collection: 'payload-migrations', limit: 0 })
    const expected = expectedAdapter === 'sqlite' ? migrations.map((migration) => migration.name).sort() : []
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(expected)
  },
)

test('npm run demo refuses an unusable DATABASE_URI before doing any work, naming the variable', () => {
  const result = spawnSync(...scriptCommand('scripts/demo.ts'), {
    env: { ...process.env, DATABASE_URI: 'foo://x', NODE_OPTIONS: '' },
    encoding: 'utf8',
    timeout: 60_000,
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/DATABASE_URI is not usable \(got foo:…\)/)
})
