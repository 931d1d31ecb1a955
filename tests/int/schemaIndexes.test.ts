import { createClient } from '@libsql/client'
import path from 'node:path'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * Every table of a document's translations or array rows can be looked up by the row it belongs
 * to: the database the committed migrations build has, for each table with a `_parent_id` (or
 * `parent_id`) column, an index that starts with that column. A new localized field or array
 * whose table lacks one (Payload indexes `*_locales` only by locale first) fails here until a
 * migration adds it (lib/db/parentIndexes.ts, then `npm run migrate:create`). This inspects the
 * schema itself, read-only, on the test's own SQLite file.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('schema-indexes')
})
afterAll(async () => t?.stop())

const sqliteTest = process.env.MONGODB_URI ? test.skip : test

sqliteTest('every table with a parent column has an index that starts with it', async () => {
  const client = createClient({ url: `file:${path.join(t.dataDir, 'test.db')}` })
  try {
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).rows.map((row) => String(row.name))
    const missing: string[] = []
    let checked = 0
    for (const table of tables) {
      const columns = (await client.execute(`PRAGMA table_info(\`${table}\`)`)).rows.map((row) => String(row.name))
      const parent = columns.find((column) => column === '_parent_id' || column === 'parent_id')
      if (!parent) continue
      checked += 1
      const indexes = (await client.execute(`PRAGMA index_list(\`${table}\`)`)).rows.map((row) => String(row.name))
      const leading = await Promise.all(indexes.map(async (index) => String((await client.execute(`PRAGMA index_info(\`${index}\`)`)).rows[0]?.name ?? '')))
      if (!leading.includes(parent)) missing.push(`${table}.${parent}`)
    }
    expect(checked).toBeGreaterThan(20)
    expect(missing).toEqual([])
  } finally {
    client.close()
  }
})
