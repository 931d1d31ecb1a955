import { createClient, type Client } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { migrations } from '@/migrations'

/**
 * The migration that makes `search_entries.document_id` text (MongoDB ids are strings) keeps what
 * is there: run on a database built by the migrations before it, with foreign keys on and inside a
 * transaction as Payload runs it, an entry's id becomes the same digits as text and its topics in
 * `search_entries_rels` survive (a table rebuild would have cascade-deleted them). Down restores
 * numbers. SQLite only: it is a SQLite migration.
 */
const target = migrations.findIndex((migration) => migration.name.endsWith('_search_document_id_text'))
let dir: string
let client: Client

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-migration-'))
  client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  await client.execute('PRAGMA foreign_keys = ON')
  const db = drizzle(client)
  for (const migration of migrations.slice(0, target)) await migration.up({ db, payload: null, req: null } as never)
  await client.execute("INSERT INTO topics (id, slug, updated_at, created_at) VALUES (7, 'climate', '2024-01-01', '2024-01-01')")
  await client.execute(
    "INSERT INTO search_entries (id, kind, locale, source_collection, document_id, slug) VALUES (1, 'release', 'en', 'press-releases', 12, 'ai-workshop')",
  )
  await client.execute("INSERT INTO search_entries_rels (id, \"order\", parent_id, path, topics_id) VALUES (1, 1, 1, 'topics', 7)")
})
afterAll(() => {
  client?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const inTransaction = async (run: (db: ReturnType<typeof drizzle>) => Promise<void>) => {
  const tx = await client.transaction('write')
  try {
    await run(drizzle(tx as unknown as Client))
    await tx.commit()
  } finally {
    tx.close()
  }
}

const snapshot = async () => ({
  entry: (await client.execute('SELECT id, typeof(document_id) AS type, document_id FROM search_entries')).rows.map((row) => ({ ...row })),
  topics: (await client.execute('SELECT parent_id, topics_id FROM search_entries_rels')).rows.map((row) => ({ ...row })),
  indexed: (await client.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'search_entries_document_id_idx'")).rows.length,
})

test('up: the id becomes text, the entry keeps its topics and its index', async () => {
  expect(target).toBeGreaterThan(0)
  await inTransaction((db) => migrations[target]!.up({ db, payload: null, req: null } as never))
  expect(await snapshot()).toEqual({
    entry: [{ id: 1, type: 'text', document_id: '12' }],
    topics: [{ parent_id: 1, topics_id: 7 }],
    indexed: 1,
  })
})

test('down: back to a number, still with its topics', async () => {
  await inTransaction((db) => migrations[target]!.down({ db, payload: null, req: null } as never))
  expect(await snapshot()).toEqual({
    entry: [{ id: 1, type: 'integer', document_id: 12 }],
    topics: [{ parent_id: 1, topics_id: 7 }],
    indexed: 1,
  })
})
