import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * A search row's topics move from `search_entries_rels` into the row (`topics`, a JSON array of
 * ids): the search only ever reads them with the row, and the relationship cost every row a second
 * insert on each publish. The ids are copied across, in their order, before the table goes, so
 * searches filtered by topic find the same rows without a re-index. `down` puts them back.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`topics\` text;`)
  await db.run(sql`UPDATE \`search_entries\` SET \`topics\` = (
    SELECT json_group_array(\`topics_id\`) FROM (
      SELECT \`topics_id\` FROM \`search_entries_rels\`
      WHERE \`parent_id\` = \`search_entries\`.\`id\` AND \`path\` = 'topics' AND \`topics_id\` IS NOT NULL
      ORDER BY \`order\`
    )
  );`)
  await db.run(sql`DROP TABLE \`search_entries_rels\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_entries_rels_order_idx\` ON \`search_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_rels_parent_idx\` ON \`search_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_rels_path_idx\` ON \`search_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_rels_topics_id_idx\` ON \`search_entries_rels\` (\`topics_id\`);`)
  // Only ids of topics that still exist: the relationship's foreign key allows no others.
  await db.run(sql`INSERT INTO \`search_entries_rels\` (\`order\`, \`parent_id\`, \`path\`, \`topics_id\`)
    SELECT \`topic\`.\`key\` + 1, \`search_entries\`.\`id\`, 'topics', \`topic\`.\`value\`
    FROM \`search_entries\`, json_each(\`search_entries\`.\`topics\`) AS \`topic\`
    WHERE \`search_entries\`.\`topics\` IS NOT NULL AND json_valid(\`search_entries\`.\`topics\`)
      AND \`topic\`.\`value\` IN (SELECT \`id\` FROM \`topics\`);`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`topics\`;`)
}
