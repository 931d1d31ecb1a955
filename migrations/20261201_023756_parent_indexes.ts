import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`press_releases_locales_parent_id_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_locales_parent_id_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_items_locales_parent_id_idx\` ON \`briefings_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_locales_parent_id_idx\` ON \`briefings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_items_locales_parent_id_idx\` ON \`_briefings_v_version_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_locales_parent_id_idx\` ON \`_briefings_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_id_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_locales_parent_id_idx\` ON \`outlets_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_id_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`briefings_items_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`briefings_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_briefings_v_version_items_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_briefings_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`people_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`outlets_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
}
