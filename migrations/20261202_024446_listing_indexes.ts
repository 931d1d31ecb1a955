import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`search_entries_locale_idx\`;`)
  await db.run(sql`CREATE INDEX \`locale_kind_date_createdAt_idx\` ON \`search_entries\` (\`locale\`,\`kind\`,\`date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`spokesperson_locale_kind_date_createdAt_idx\` ON \`search_entries\` (\`spokesperson_id\`,\`locale\`,\`kind\`,\`date\`,\`created_at\`);`)
  await backfillEntryCreationTimes(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_kind_date_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`spokesperson_locale_kind_date_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`search_entries_locale_idx\` ON \`search_entries\` (\`locale\`);`)
}

/**
 * Rows written before this migration carry the time they were indexed; the reader lists now order
 * a day's documents by a row's created_at (lib/data/listing.ts), which indexDocument sets to the
 * document's own from now on. Existing rows get it too, so a document republished before the
 * upgrade does not move ahead of the others of its day. Rows of a document that is gone keep theirs.
 */
export const backfillEntryCreationTimes = async (db: MigrateUpArgs['db']): Promise<void> => {
  for (const [collection, table] of [['press-releases', 'press_releases'], ['briefings', 'briefings'], ['statements', 'statements']] as const) {
    const document = `FROM ${table} d WHERE d.id = CAST(search_entries.document_id AS INTEGER)`
    await db.run(
      sql.raw(
        `UPDATE search_entries SET created_at = (SELECT d.created_at ${document}) WHERE source_collection = '${collection}' AND EXISTS (SELECT 1 ${document});`,
      ),
    )
  }
}
