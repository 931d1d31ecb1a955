import { withFolderLock } from '@/lib/cli/folderLock'

/**
 * One process at a time applies migrations to an SQLite file. Payload reads which migrations are
 * applied before it opens the transaction that applies the next one, so six commands started at
 * once on a fresh database all saw "not applied" and five failed on `CREATE TABLE … already
 * exists`. Whoever gets the lock next finds the migrations applied and does nothing.
 */
export const withMigrationLock = <T>(databaseFile: string, run: () => Promise<T>): Promise<T> =>
  withFolderLock(`${databaseFile}.migrating`, run, { timeoutMs: 120_000, what: `migrating ${databaseFile}` })
