import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createWriterTurns, databaseFileOf, FRESH_MS, MAX_YIELD_MS } from '@/lib/db/writerTurns'

/** The hand-raising protocol between processes writing one SQLite file (lib/db/writerTurns.ts). */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-turns-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

test('the database file is found in each URL form; an in-memory database has nobody to take turns with', () => {
  expect(databaseFileOf('file:/data/warta.db')).toBe('/data/warta.db')
  expect(databaseFileOf('file:./data/warta.db?mode=rwc')).toBe('./data/warta.db')
  expect(databaseFileOf('file:///data/warta%20x.db')).toBe('/data/warta x.db')
  expect(databaseFileOf('file::memory:')).toBeNull()
  expect(databaseFileOf(':memory:')).toBeNull()
})

test('a refused process raises its hand; others step aside until it lowers it, and never for their own or a stale hand', async () => {
  const url = `file:${path.join(folder, 'a.db')}`
  const waiter = createWriterTurns(url, 111)
  const writer = createWriterTurns(url, 222)
  waiter.refused()
  expect(fs.readFileSync(path.join(folder, 'a.db-wait'), 'utf8')).toBe('111')
  // The waiter itself does not wait for its own hand.
  expect(await waiter.yieldToWaiter()).toBe(false)
  // The other writer waits while the hand is up, and goes once it is lowered.
  let lowered = false
  setTimeout(() => {
    waiter.finished()
    lowered = true
  }, 60)
  expect(await writer.yieldToWaiter()).toBe(true)
  expect(lowered).toBe(true)
  expect(fs.existsSync(path.join(folder, 'a.db-wait'))).toBe(false)
  expect(await writer.yieldToWaiter()).toBe(false)
  // A hand left by a process that died is ignored once stale.
  waiter.refused()
  const old = new Date(Date.now() - FRESH_MS - 100)
  fs.utimesSync(path.join(folder, 'a.db-wait'), old, old)
  expect(await writer.yieldToWaiter()).toBe(false)
})

test('a writer steps aside for a waiter at most MAX_YIELD_MS per transaction', async () => {
  const url = `file:${path.join(folder, 'b.db')}`
  createWriterTurns(url, 333).refused()
  // The waiter never lowers its hand here (it is stuck): the writer goes anyway.
  const started = Date.now()
  expect(await createWriterTurns(url, 444).yieldToWaiter()).toBe(true)
  expect(Date.now() - started).toBeGreaterThanOrEqual(MAX_YIELD_MS - 5)
})
