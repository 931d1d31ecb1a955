import path from 'node:path'

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'warta.db'

/**
 * Reads `DATABASE_URI` and decides which adapter Warta runs on. Pure, so the rule is unit-tested
 * and shared by the Payload config and the scripts that must fail before doing any work.
 *
 * - unset or empty → embedded SQLite at `<data dir>/warta.db`
 * - `file:…` → SQLite at that path
 * - `mongodb://…` or `mongodb+srv://…` → MongoDB
 * - anything else → an error that names the variable and the accepted forms
 */
export const resolveDatabase = (uri: string | undefined, dataDirectory: string): DatabaseChoice => {
  const value = uri?.trim()
  if (!value) {
    const file = path.join(dataDirectory, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) throw new InvalidDatabaseUriError(value)
    return { kind: 'sqlite', url: `file:${file}`, file: path.resolve(file) }
  }
  if (/^mongodb(\+srv)?:\/\/./.test(value)) return { kind: 'mongodb', url: value }
  throw new InvalidDatabaseUriError(value)
}

export class InvalidDatabaseUriError extends Error {
  constructor(value: string) {
    // Only the scheme is echoed: the rest of a connection string may hold a password.
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0] ?? 'a value without a scheme'
    super(
      `DATABASE_URI is not usable (got ${scheme}…). Accepted forms: leave it unset for the embedded ` +
        `SQLite database (./data/${DEFAULT_SQLITE_FILE}), "file:<path>" for SQLite at that path, or ` +
        `"mongodb://…" / "mongodb+srv://…" for MongoDB.`,
    )
    this.name = 'InvalidDatabaseUriError'
  }
}
