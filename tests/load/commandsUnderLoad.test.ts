import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { scriptCommand } from '@/lib/cli/processes'

/**
 * Runs on its own after the rest of the suite (`npm run test:load`): it keeps every core busy.
 *
 * Commands never die silently: with both cores kept busy by other processes, 60 importer dry-runs
 * (six at a time, on one shared database) and 5 seeds in a row all finish with their output and
 * exit 0. Before, a third to all of such runs exited 13 with no output (Lexical's top-level await
 * on Node.js 20; scripts/run.mjs), and the test helpers retried them.
 */
const DRY_RUNS = 60
const AT_ONCE = 6
const SEEDS = 5

let burners: ChildProcess[] = []
let dataDir: string

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-load-'))
  // Each burner stops by itself after 20 minutes, should this process die without killing it.
  const burn = 'const end = Date.now() + 20 * 60_000; while (Date.now() < end) {}'
  burners = Array.from({ length: os.availableParallelism() }, () => spawn(process.execPath, ['-e', burn], { stdio: 'ignore' }))
})
afterAll(() => {
  for (const burner of burners) burner.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const run = (script: string, args: string[], database: string) =>
  new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(...scriptCommand(script, args), {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        DATABASE_URI: `file:${path.join(dataDir, database)}`,
        WARTA_DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'load-test-secret',
        WARTA_SCHEDULER: 'off',
        LOG_LEVEL: 'warn',
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += String(chunk)))
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })

test(`${DRY_RUNS} importer dry-runs, ${AT_ONCE} at a time with both cores busy, all finish with their report`, async () => {
  const fixture = path.resolve('tests/fixtures/founding-document.id.txt')
  const outcomes: { status: number | null; documents: number | null; stderr: string }[] = []
  for (let started = 0; started < DRY_RUNS; started += AT_ONCE) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(AT_ONCE, DRY_RUNS - started) }, () => run('scripts/import.ts', ['--dry-run', '--json', fixture], 'imports.db')),
    )
    for (const result of batch) {
      let documents: number | null = null
      try {
        documents = (JSON.parse(result.stdout) as unknown[]).length
      } catch {
        documents = null
      }
      outcomes.push({ status: result.status, documents, stderr: result.status === 0 ? '' : result.stderr.slice(-500) })
    }
  }
  expect(outcomes.filter((outcome) => outcome.status !== 0 || outcome.documents !== 2)).toEqual([])
  expect(outcomes).toHaveLength(DRY_RUNS)
}, 1_200_000)

test(`${SEEDS} seeds in a row with both cores busy: the first creates the demo newsroom, the others find it`, async () => {
  const reports: string[] = []
  for (let attempt = 0; attempt < SEEDS; attempt++) {
    const result = await run('scripts/seed.ts', [], 'seed.db')
    expect({ attempt, status: result.status, signal: result.signal, stderr: result.status === 0 ? '' : result.stderr }).toEqual({ attempt, status: 0, signal: null, stderr: '' })
    reports.push(/^Seed: .*$/m.exec(result.stdout)?.[0] ?? result.stdout)
  }
  expect(reports[0]).toMatch(/^Seed: [1-9]\d* created, 0 already present\.$/)
  for (const report of reports.slice(1)) expect(report).toMatch(/^Seed: 0 created, [1-9]\d* already present\.$/)
}, 900_000)
