import type { Payload } from 'payload'

/**
 * Payload's SQLite schema indexes each localized table (`*_locales`, including the Q&A rows'
 * `briefings_items_locales` and their versions) only by (`_locale`, `_parent_id`). Loading or
 * replacing a document's rows filters by `_parent_id` alone, which that index cannot serve, so
 * every save of a briefing scans every Q&A row of every version: writing the corpus gets slower
 * with each document (measured: 3.4 s per briefing after 60 of them, with the process reading
 * ~2 GB/s from the page cache).
 *
 * The benchmark must measure the schema the migrations create, so these `_parent_id` indexes
 * exist only while the corpus is written and are dropped before the server starts.
 */

type SqlClient = { execute: (statement: string) => Promise<{ rows: unknown[] }> }

const clientOf = (payload: Payload): SqlClient | null => {
  const client = (payload.db as unknown as { client?: SqlClient }).client
  return payload.db.name === 'sqlite' && client ? client : null
}

const PREFIX = 'bench_scratch_'

const localizedTables = async (client: SqlClient): Promise<string[]> => {
  const { rows } = await client.execute(
    `SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name LIKE '%\\_locales' ESCAPE '\\' ` +
      `AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = '_parent_id')`,
  )
  return rows.map((row) => String((row as { name: unknown }).name))
}

export const addScratchIndexes = async (payload: Payload): Promise<number> => {
  const client = clientOf(payload)
  if (!client) return 0
  const tables = await localizedTables(client)
  for (const table of tables) await client.execute(`CREATE INDEX IF NOT EXISTS \`${PREFIX}${table}\` ON \`${table}\` (\`_parent_id\`)`)
  return tables.length
}

export const dropScratchIndexes = async (payload: Payload): Promise<void> => {
  const client = clientOf(payload)
  if (!client) return
  const { rows } = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '${PREFIX}%'`)
  for (const row of rows) await client.execute(`DROP INDEX IF EXISTS \`${String((row as { name: unknown }).name)}\``)
}
