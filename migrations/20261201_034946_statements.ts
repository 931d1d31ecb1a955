import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`statements_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`outlet_id\` integer,
  	\`follow_up\` integer DEFAULT false,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statements_items_order_idx\` ON \`statements_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`statements_items_parent_id_idx\` ON \`statements_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_items_key_idx\` ON \`statements_items\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`statements_items_outlet_idx\` ON \`statements_items\` (\`outlet_id\`);`)
  await db.run(sql`CREATE TABLE \`statements_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statements_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`statements_items_locales_locale_parent_id_unique\` ON \`statements_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_items_locales_parent_id_idx\` ON \`statements_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`slug\` text,
  	\`spokesperson_id\` integer,
  	\`source_locale\` text DEFAULT 'id',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`spokesperson_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`statements_date_idx\` ON \`statements\` (\`date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`statements_slug_idx\` ON \`statements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`statements_spokesperson_idx\` ON \`statements\` (\`spokesperson_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_updated_at_idx\` ON \`statements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statements_created_at_idx\` ON \`statements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`statements_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statements__status_idx\` ON \`statements_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`statements_locales_locale_parent_id_unique\` ON \`statements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_locales_parent_id_idx\` ON \`statements_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`outlets_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statements_rels_order_idx\` ON \`statements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`statements_rels_parent_idx\` ON \`statements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_rels_path_idx\` ON \`statements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`statements_rels_outlets_id_idx\` ON \`statements_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_rels_topics_id_idx\` ON \`statements_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`outlet_id\` integer,
  	\`follow_up\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statements_v_version_items_order_idx\` ON \`_statements_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_items_parent_id_idx\` ON \`_statements_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_items_key_idx\` ON \`_statements_v_version_items\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_items_outlet_idx\` ON \`_statements_v_version_items\` (\`outlet_id\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v_version_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statements_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_statements_v_version_items_locales_locale_parent_id_unique\` ON \`_statements_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_items_locales_parent_id_idx\` ON \`_statements_v_version_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_slug\` text,
  	\`version_spokesperson_id\` integer,
  	\`version_source_locale\` text DEFAULT 'id',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_spokesperson_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_statements_v_parent_idx\` ON \`_statements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_date_idx\` ON \`_statements_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_slug_idx\` ON \`_statements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_spokesperson_idx\` ON \`_statements_v\` (\`version_spokesperson_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_updated_at_idx\` ON \`_statements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_created_at_idx\` ON \`_statements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_created_at_idx\` ON \`_statements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_updated_at_idx\` ON \`_statements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_snapshot_idx\` ON \`_statements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_published_locale_idx\` ON \`_statements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_latest_idx\` ON \`_statements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version__status_idx\` ON \`_statements_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_statements_v_locales_locale_parent_id_unique\` ON \`_statements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_locales_parent_id_idx\` ON \`_statements_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`outlets_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_statements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statements_v_rels_order_idx\` ON \`_statements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_rels_parent_idx\` ON \`_statements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_rels_path_idx\` ON \`_statements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_rels_outlets_id_idx\` ON \`_statements_v_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_rels_topics_id_idx\` ON \`_statements_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_states_rels\` ADD \`statements_id\` integer REFERENCES statements(id);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_statements_id_idx\` ON \`workflow_states_rels\` (\`statements_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events_rels\` ADD \`statements_id\` integer REFERENCES statements(id);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_statements_id_idx\` ON \`workflow_events_rels\` (\`statements_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`statements_id\` integer REFERENCES statements(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statements_id_idx\` ON \`payload_locked_documents_rels\` (\`statements_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`statements_items\`;`)
  await db.run(sql`DROP TABLE \`statements_items_locales\`;`)
  await db.run(sql`DROP TABLE \`statements\`;`)
  await db.run(sql`DROP TABLE \`statements_locales\`;`)
  await db.run(sql`DROP TABLE \`statements_rels\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_version_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_statements_v\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_workflow_states_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`briefings_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_states_rels\`("id", "order", "parent_id", "path", "press_releases_id", "briefings_id", "users_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "briefings_id", "users_id" FROM \`workflow_states_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_states_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_states_rels\` RENAME TO \`workflow_states_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_order_idx\` ON \`workflow_states_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_parent_idx\` ON \`workflow_states_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_path_idx\` ON \`workflow_states_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_press_releases_id_idx\` ON \`workflow_states_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_briefings_id_idx\` ON \`workflow_states_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_states_rels_users_id_idx\` ON \`workflow_states_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`briefings_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events_rels\`("id", "order", "parent_id", "path", "press_releases_id", "briefings_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "briefings_id" FROM \`workflow_events_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events_rels\` RENAME TO \`workflow_events_rels\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_order_idx\` ON \`workflow_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_parent_idx\` ON \`workflow_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_path_idx\` ON \`workflow_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_press_releases_id_idx\` ON \`workflow_events_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_briefings_id_idx\` ON \`workflow_events_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`briefings_id\` integer,
  	\`people_id\` integer,
  	\`outlets_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`workflow_states_id\` integer,
  	\`workflow_events_id\` integer,
  	\`search_entries_id\` integer,
  	\`public_changes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_states_id\`) REFERENCES \`workflow_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "briefings_id", "people_id", "outlets_id", "topics_id", "media_id", "users_id", "workflow_states_id", "workflow_events_id", "search_entries_id", "public_changes_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "briefings_id", "people_id", "outlets_id", "topics_id", "media_id", "users_id", "workflow_states_id", "workflow_events_id", "search_entries_id", "public_changes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_briefings_id_idx\` ON \`payload_locked_documents_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_states_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_states_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
}
