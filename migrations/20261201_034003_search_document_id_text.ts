import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * `search_entries.document_id` becomes text: ids are ObjectId strings on MongoDB, where a number
 * field broke indexing. Written by hand instead of Drizzle's table rebuild: dropping and
 * recreating `search_entries` inside the migration's transaction (where `PRAGMA foreign_keys=OFF`
 * does nothing) would cascade-delete every entry's topics in `search_entries_rels`. A column
 * swap keeps the rows, their ids and their relations; `12` becomes `'12'`.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`document_key\` text;`)
  await db.run(sql`UPDATE \`search_entries\` SET \`document_key\` = CAST(\`document_id\` AS TEXT);`)
  await db.run(sql`DROP INDEX IF EXISTS \`search_entries_document_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`document_id\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` RENAME COLUMN \`document_key\` TO \`document_id\`;`)
  await db.run(sql`CREATE INDEX \`search_entries_document_id_idx\` ON \`search_entries\` (\`document_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`document_number\` numeric;`)
  await db.run(sql`UPDATE \`search_entries\` SET \`document_number\` = CAST(\`document_id\` AS NUMERIC);`)
  await db.run(sql`DROP INDEX IF EXISTS \`search_entries_document_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`document_id\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` RENAME COLUMN \`document_number\` TO \`document_id\`;`)
  await db.run(sql`CREATE INDEX \`search_entries_document_id_idx\` ON \`search_entries\` (\`document_id\`);`)
}
