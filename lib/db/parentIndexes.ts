import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's SQLite schema indexes each `*_locales` table (a document's or an array row's text in
 * each language) only by (`_locale`, `_parent_id`), and reading or rewriting a document's
 * translations looks its rows up by `_parent_id` alone, which that index cannot serve: every
 * uncached read or save of a briefing scanned the Q&A text of every briefing and of every stored
 * version (3.4 s per briefing once the archive held 60). This adds an index on `_parent_id` to
 * every such table, live and versions; the migration `parent_indexes` creates them, and
 * `tests/int/schemaIndexes.test.ts` fails when a table that needs one has none.
 */
export const indexParentIds: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({ [`${name}_parent_id_idx`]: index(`${name}_parent_id_idx`).on(columns._parentID) }),
    })
  }
  return schema
}
