import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
  await db.run(sql`ALTER TABLE \`briefings\` ADD \`originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
  await db.run(sql`ALTER TABLE \`_briefings_v\` ADD \`version_originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_originalpublishedat_tz\` text DEFAULT 'Asia/Jakarta';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`originalpublishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_originalpublishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`briefings\` DROP COLUMN \`originalpublishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_briefings_v\` DROP COLUMN \`version_originalpublishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`statements\` DROP COLUMN \`originalpublishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` DROP COLUMN \`version_originalpublishedat_tz\`;`)
}
