import { spawn } from 'node:child_process'
import { createClient, LibsqlError, type Client } from '@libsql/client'
import Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createSerializedClient } from '@/lib/db/sqliteClient'
import { openConnection, type Connection } from '@/lib/db/sqliteConnection'

/**
 * The SQLite connection under Payload's adapter (lib/db/sqliteConnection.ts) answers exactly as
 * the libsql client it replaces (drizzle reads rows by name and by index, Payload reads error
 * codes), without libsql's native memory leak of ~4 KiB per statement.
 */
let folder: string
let url: string
let ours: Connection
let libsql: Client

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-sqlite-'))
  url = `file:${path.join(folder, 'test.db')}`
  ours = openConnection(url)
  // As sqliteClient.ts sets it: readers and the writer do not wait for each other.
  ours.execute('PRAGMA journal_mode = WAL')
  ours.executeMultiple(`
    CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT UNIQUE, score REAL, flag INTEGER, data BLOB, big INTEGER);
    CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES items(id) ON DELETE CASCADE);
  `)
  libsql = createClient({ url })
})

afterAll(() => {
  ours.close()
  libsql.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

/** What drizzle sees of a result: enumerable keys, values by index, counts. */
const seen = (result: { columns: string[]; rows: ArrayLike<unknown>[]; rowsAffected: number; lastInsertRowid?: bigint }) => ({
  columns: result.columns,
  byName: result.rows.map((row) => ({ ...row })),
  byIndex: result.rows.map((row) => Array.prototype.slice.call(row)),
  rowsAffected: result.rowsAffected,
  lastInsertRowid: result.lastInsertRowid,
})

test('writes, reads, RETURNING, named and boolean arguments answer as libsql does', async () => {
  const insert = { sql: 'INSERT INTO items (title, score, flag, data, big) VALUES (?, ?, ?, ?, ?)', args: ['first', 1.5, true, new Uint8Array([1, 2, 3]).buffer, 2 ** 40] }
  const mine = seen(ours.execute(insert))
  const theirs = seen(await libsql.execute({ ...insert, args: ['second', 1.5, true, new Uint8Array([1, 2, 3]).buffer, 2 ** 40] }))
  expect(mine).toEqual({ ...theirs, lastInsertRowid: 1n })
  expect(theirs.lastInsertRowid).toBe(2n)

  const select = { sql: 'SELECT id, title, score, flag, big, data FROM items WHERE score > :min ORDER BY id', args: { ':min': 1 } }
  const read = ours.execute(select)
  expect(seen(read)).toEqual(seen(await libsql.execute(select)))
  expect(seen(read).byName[0]).toEqual({ id: 1, title: 'first', score: 1.5, flag: 1, big: 2 ** 40, data: expect.any(ArrayBuffer) })
  expect([...new Uint8Array((seen(read).byName[0] as Record<string, unknown>).data as ArrayBuffer)]).toEqual([1, 2, 3])
  // libsql's row: the length and the indices are not enumerable (drizzle copies enumerable keys).
  expect(Object.keys(read.rows[0]!)).toEqual(['id', 'title', 'score', 'flag', 'big', 'data'])

  const returning = { sql: 'UPDATE items SET score = score + 1 WHERE title = ? RETURNING id, score', args: ['first'] }
  expect(seen(ours.execute(returning))).toEqual({ columns: ['id', 'score'], byName: [{ id: 1, score: 2.5 }], byIndex: [[1, 2.5]], rowsAffected: 0, lastInsertRowid: undefined })
  expect(seen(await libsql.execute({ ...returning, args: ['second'] }))).toEqual({ columns: ['id', 'score'], byName: [{ id: 2, score: 2.5 }], byIndex: [[2, 2.5]], rowsAffected: 0, lastInsertRowid: undefined })
})

test('rows of one statement share a shape, and repeated or awkward column names read as in libsql', async () => {
  ours.executeMultiple(`CREATE TABLE shapes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO shapes (title) VALUES ('one'), ('two');`)
  const select = `SELECT id, title, id AS "title", 7 AS "length", 8 AS "__proto__", 9 AS "0", 10 AS "zz" FROM shapes ORDER BY id`
  const mine = ours.execute(select)
  expect(seen(mine)).toEqual(seen(await libsql.execute(select)))
  const [first, second] = mine.rows as unknown as Record<string, unknown>[]
  expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second))
  expect(first!.__proto__).toBe(8)
  expect(Object.keys(first!)).toEqual(['id', 'title', '__proto__', 'zz'])
  expect(seen(mine).byIndex).toEqual([
    [1, 'one', 1, 7, 8, 9, 10],
    [2, 'two', 2, 7, 8, 9, 10],
  ])
})

test('the same SQL after the table gained a column gives rows with the new column, by name and by index', () => {
  const select = 'SELECT * FROM shapes ORDER BY id'
  expect(seen(ours.execute(select)).byName).toEqual([
    { id: 1, title: 'one' },
    { id: 2, title: 'two' },
  ])
  ours.execute("ALTER TABLE shapes ADD COLUMN note TEXT DEFAULT 'n'")
  const after = seen(ours.execute(select))
  expect(after.columns).toEqual(['id', 'title', 'note'])
  expect(after.byName).toEqual([
    { id: 1, title: 'one', note: 'n' },
    { id: 2, title: 'two', note: 'n' },
  ])
  expect(after.byIndex).toEqual([
    [1, 'one', 'n'],
    [2, 'two', 'n'],
  ])
})

test('a duplicate is a LibsqlError with SQLite’s code, as Payload’s unique-field check expects; foreign keys cascade', async () => {
  let error: unknown
  try {
    ours.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['first'] })
  } catch (caught) {
    error = caught
  }
  const theirs = await libsql.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['first'] }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(LibsqlError)
  expect({ code: (error as LibsqlError).code, message: (error as Error).message }).toEqual({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: items.title' })
  expect({ code: (theirs as LibsqlError).code, message: (theirs as Error).message }).toEqual({ code: (error as LibsqlError).code, message: (error as Error).message })
  ours.execute({ sql: 'INSERT INTO children (parent) VALUES (?)', args: [1] })
  ours.execute({ sql: 'DELETE FROM items WHERE id = ?', args: [1] })
  expect(ours.execute('SELECT count(*) AS n FROM children').rows[0]!.n).toBe(0)
})

test('a read transaction sees one snapshot while the other connection writes', async () => {
  const writer = openConnection(url)
  const snapshot = ours.readTransaction()
  const before = (await snapshot.execute('SELECT count(*) AS n FROM items')).rows[0]!.n
  writer.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['during'] })
  expect((await snapshot.execute('SELECT count(*) AS n FROM items')).rows[0]!.n).toBe(before)
  await snapshot.commit()
  expect(ours.execute('SELECT count(*) AS n FROM items').rows[0]!.n).toBe(Number(before) + 1)
  writer.close()
})

const residentMiB = () => process.memoryUsage().rss / 1048576

/**
 * The reason for this module. The same 30,000 reads cost libsql's client ~120 MiB of resident
 * memory that is never given back (a server grows by gigabytes a day; the corpus writer reached
 * 11 GiB); here the prepared statement is reused and memory stays flat.
 */
test('thirty thousand queries leave resident memory where it was', async () => {
  const query = (index: number) => ({ sql: 'SELECT id, title FROM items WHERE id > ? LIMIT 2', args: [index % 3] })
  for (let index = 0; index < 2000; index++) ours.execute(query(index))
  const start = residentMiB()
  for (let index = 0; index < 30_000; index++) ours.execute(query(index))
  const oursGrowth = residentMiB() - start

  const libsqlStart = residentMiB()
  for (let index = 0; index < 30_000; index++) await libsql.execute(query(index))
  const libsqlGrowth = residentMiB() - libsqlStart
  // The comparison shows the measurement can see the leak on this machine.
  expect({ oursBelow20MiB: oursGrowth < 20, libsqlAbove60MiB: libsqlGrowth > 60 }).toEqual({ oursBelow20MiB: true, libsqlAbove60MiB: true })
}, 120_000)

/**
 * A process that starts while another holds the database (six importers starting at once, a
 * checkpoint): the client's own setup statements wait their turn like every other statement. One
 * of them (a pragma that reads the schema) was not retried, and an importer died at start with
 * SQLITE_BUSY under load.
 */
test('a client opened while another process holds the database waits for it instead of failing', async () => {
  const file = path.join(folder, 'held.db')
  const holder = new Database(file)
  holder.pragma('journal_mode = WAL')
  holder.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)')
  // Exclusive locking mode: after a write, nobody else may even read until it is released.
  holder.pragma('locking_mode = EXCLUSIVE')
  holder.exec("INSERT INTO notes (text) VALUES ('held')")
  const client = createSerializedClient({ url: `file:${file}`, busyTimeoutMs: 10_000 })
  const release = setTimeout(() => {
    holder.pragma('locking_mode = NORMAL')
    // The exclusive lock goes with the next access in normal mode.
    holder.prepare('SELECT count(*) FROM notes').get()
  }, 400)
  try {
    const result = await client.execute('SELECT text FROM notes')
    expect(result.rows.map((row) => row.text)).toEqual(['held'])
  } finally {
    clearTimeout(release)
    client.close()
    holder.close()
  }
})

/**
 * SQLite keeps no queue for its write lock: a process writing one transaction after another (an
 * import, a second server) took it again within microseconds, and another process's retries
 * never landed in a gap — a second writer on the benchmark's database gave up after 20 s. With
 * turns (lib/db/writerTurns.ts) the busy writer steps aside for a process that was refused.
 */
test('a process refused the write lock gets its turn while another process writes without pause', async () => {
  const file = path.join(folder, 'turns.db')
  const setup = new Database(file)
  setup.pragma('journal_mode = WAL')
  setup.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)')
  setup.close()
  const hog = spawn(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'tests/helpers/sqliteWriteHog.ts', file, '6000'], {
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  let output = ''
  hog.stdout.on('data', (chunk) => (output += String(chunk)))
  hog.stderr.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise<number | null>((resolve) => hog.on('close', resolve))
  while (!output.includes('started')) await new Promise((resolve) => setTimeout(resolve, 20))
  await new Promise((resolve) => setTimeout(resolve, 300))
  const client = createSerializedClient({ url: `file:${file}`, busyTimeoutMs: 1_500 })
  try {
    for (let index = 0; index < 20; index++) {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`turn ${index}`] })
      await tx.commit()
    }
    const waiting = await client.execute("SELECT count(*) AS n FROM notes WHERE text LIKE 'turn %'")
    expect(waiting.rows[0]!.n).toBe(20)
  } finally {
    client.close()
  }
  expect(await exited).toBe(0)
  // The other process kept writing meanwhile: turns slowed it, they did not stop it.
  expect(Number(output.trim().split('\n').pop())).toBeGreaterThan(50)
}, 60_000)
