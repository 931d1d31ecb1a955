import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

/**
 * Outside production Payload would "push" the schema instead of migrating; Warta turns push off
 * and runs the committed SQLite migrations here instead (production runs them via
 * `prodMigrations`). Already-applied migrations are skipped, so this is cheap on every boot.
 */
export const applyMigrations = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite' || process.env.NODE_ENV === 'production') return
  // Generated migrations are typed for the SQLite adapter; `migrate` takes the base type.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
