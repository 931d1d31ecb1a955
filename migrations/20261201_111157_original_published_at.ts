import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`original_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_original_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`briefings\` ADD \`original_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_briefings_v\` ADD \`version_original_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`original_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_original_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`original_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_original_published_at\`;`)
  await db.run(sql`ALTER TABLE \`briefings\` DROP COLUMN \`original_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_briefings_v\` DROP COLUMN \`version_original_published_at\`;`)
  await db.run(sql`ALTER TABLE \`statements\` DROP COLUMN \`original_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` DROP COLUMN \`version_original_published_at\`;`)
}
