import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillRecordSlugs } from '../lib/workflow/records'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_states\` ADD \`slug\` text;`)
  await db.run(sql`CREATE INDEX \`workflow_states_slug_idx\` ON \`workflow_states\` (\`slug\`);`)
  // Records of documents already public learn their address (see the field's comment).
  await backfillRecordSlugs(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`workflow_states_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`workflow_states\` DROP COLUMN \`slug\`;`)
}
