import { spawn } from 'node:child_process'
import path from 'node:path'

import { scriptCommand } from '@/lib/cli/processes'

import { countWrites, createReferenceData } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/** A spawned CLI boots Payload in a fresh process: tens of seconds on a busy test machine. */
const SPAWN_TIMEOUT = 180_000

/**
 * `npm run import` as people and scripts use it: a separate process (scripts/run.mjs scripts/import.ts) on the
 * test's database, checked by its exit status, its output and what it left in the database.
 */
let t: TestPayload

const fixtures = (relative: string) => path.join('tests/fixtures', relative)

/**
 * Asynchronous on purpose: a synchronous spawn freezes this process's event loop, and with it any
 * database work still settling here, while the child waits on the same SQLite file.
 */
const runCli = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(...scriptCommand('scripts/import.ts', args), {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', WARTA_SCHEDULER: 'off', PAYLOAD_SECRET: 'warta-test-secret' },
      timeout: SPAWN_TIMEOUT,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += String(chunk)))
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })

beforeAll(async () => {
  t = await startTestPayload('import-cli')
  await createReferenceData(t.payload)
})
afterAll(async () => t?.stop())

describe('--dry-run --json', () => {
  let run: Awaited<ReturnType<typeof runCli>>
  let before: Awaited<ReturnType<typeof countWrites>>

  beforeAll(async () => {
    before = await countWrites(t.payload)
    run = await runCli('--dry-run', '--json', fixtures('founding-document.id.txt'))
  }, SPAWN_TIMEOUT)

  test('exits 0', () => {
    expect([run.status, run.stderr]).toEqual([0, expect.stringContaining('Dry run: 2 documents from 1 file: 2 to create')])
  })

  test('prints only a JSON array with one object per document, in the documented shape', () => {
    const documents = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(documents.map((document) => Object.keys(document))).toEqual([
      ['files', 'kind', 'date', 'publishedAt', 'locales', 'title', 'body', 'setAside', 'warnings', 'errors'],
      ['files', 'kind', 'date', 'publishedAt', 'locales', 'title', 'spokesperson', 'openingStatements', 'items', 'setAside', 'warnings', 'errors'],
    ])
  })

  test('describes the briefing’s Q&A item with its text per language and the answer’s paragraphs joined', () => {
    const [, briefing] = JSON.parse(run.stdout) as { items?: Record<string, unknown>[]; spokesperson?: string }[]
    expect(briefing?.spokesperson).toBe('Mao Ning')
    expect(briefing?.items).toEqual([
      {
        key: 'q1',
        outlet: {},
        question: { id: expect.stringMatching(/^Diketahui bahwa seminar/) },
        answer: { id: expect.stringMatching(/umat manusia\.$/) },
        followUp: false,
      },
    ])
    expect((briefing?.items?.[0]?.answer as { id: string }).id.split('\n\n')).toHaveLength(2)
  })

  test('writes nothing', async () => {
    expect(await countWrites(t.payload)).toEqual(before)
  })
})

test(
  'imports the texts of a folder as one merged draft and exits 0 with a summary line',
  async () => {
    const before = await countWrites(t.payload)
    const run = await runCli(fixtures('import/translations'))
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '1 document from 3 files: 1 created, 0 updated, 0 unchanged, 0 failed; 0 files failed.',
    )
    expect((await countWrites(t.payload)).documents).toBe(before.documents + 1)
  },
  SPAWN_TIMEOUT,
)

describe('malformed files', () => {
  let run: Awaited<ReturnType<typeof runCli>>
  let before: Awaited<ReturnType<typeof countWrites>>

  beforeAll(async () => {
    before = await countWrites(t.payload)
    run = await runCli('--json', fixtures('import/malformed'))
  }, SPAWN_TIMEOUT)

  test('exit 1', () => {
    expect(run.status).toBe(1)
  })

  test('name each file and its problem on stderr, ending with the summary line', () => {
    const lines = run.stderr.trim().split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/binary\.txt: Input looks like a binary file/),
        expect.stringMatching(/invalid-utf8\.txt: Input is not valid UTF-8/),
        expect.stringMatching(/only-labels\.txt: lines 1–3: only speaker labels/),
      ]),
    )
    expect(lines.at(-1)).toBe('0 documents from 3 files: 0 created, 0 updated, 0 unchanged, 0 failed; 3 files failed.')
  })

  test('print an empty JSON array and write nothing', async () => {
    expect(JSON.parse(run.stdout)).toEqual([])
    expect(await countWrites(t.payload)).toEqual(before)
  })
})

test(
  'exits 1 for a path that does not exist',
  async () => {
    const run = await runCli('--dry-run', fixtures('import/no-such-file.txt'))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('no such file or folder')
  },
  SPAWN_TIMEOUT,
)

test(
  'exits 1 with the usage when given no file',
  async () => {
    const run = await runCli('--json')
    expect([run.status, run.stderr.trim()]).toEqual([1, 'Usage: npm run import -- [--dry-run] [--json] <files or folders…>'])
  },
  SPAWN_TIMEOUT,
)
