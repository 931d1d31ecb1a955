import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`locale_kind_date_createdAt_idx\` ON \`search_entries\` (\`locale\`,\`kind\`,\`date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`spokesperson_locale_kind_date_createdAt_idx\` ON \`search_entries\` (\`spokesperson_id\`,\`locale\`,\`kind\`,\`date\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_kind_date_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`spokesperson_locale_kind_date_createdAt_idx\`;`)
}
