import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { reindexWithdrawnLocales } from '../lib/search/indexDocument'

/**
 * A withdrawn language no longer has search rows, and so is on no reader list, feed or sitemap
 * (lib/search/indexDocument.ts, withdrawnLocalesOf). Languages withdrawn before that keep the rows
 * they were published with until they are re-indexed: this re-indexes them once. No schema change.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await reindexWithdrawnLocales(payload, req)
}

/** The rows of a withdrawn language come back when it is published again; nothing to restore. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
