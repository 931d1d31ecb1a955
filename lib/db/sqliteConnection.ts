import Database from 'better-sqlite3'
import { LibsqlError, type InArgs, type InStatement, type ResultSet, type Row, type Transaction, type Value } from '@libsql/client'

/**
 * One SQLite connection with the libsql client's statement API (what drizzle, and so Payload's
 * SQLite adapter, calls), on better-sqlite3 with its prepared statements kept for reuse.
 *
 * Why not libsql's own client underneath: it prepares every statement afresh and never frees
 * the native statement (measured: ~4 KiB of resident memory per statement executed, not returned
 * by garbage collection, ~84 MiB per 20,000 queries; libsql-js issue #153). A server process
 * grows by gigabytes over a day of traffic and the benchmark's corpus writer reached 11 GiB.
 * better-sqlite3 frees a statement when its object is collected, and reusing a prepared statement
 * also saves SQLite parsing and planning the same SQL again (Payload's queries are long joins).
 *
 * Results have libsql's shape: rows readable by column name (enumerable) and by index (not),
 * integers as numbers, blobs as ArrayBuffers; SQLite errors become `LibsqlError` with SQLite's
 * code ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_BUSY"), which Payload reads.
 */

export type Connection = {
  execute: (statement: InStatement) => ResultSet
  /** Runs statements in one read transaction (a consistent snapshot). */
  readBatch: (statements: InStatement[]) => ResultSet[]
  /** A read transaction on a connection of its own, so other reads of this process stay out of it. */
  readTransaction: () => Transaction
  /** Runs statements in one transaction with foreign keys off (schema migrations), as libsql's `migrate`. */
  migrate: (statements: InStatement[]) => ResultSet[]
  executeMultiple: (sql: string) => void
  close: () => void
  readonly closed: boolean
}

/** Distinct SQL texts kept prepared per connection; Payload's vary with `IN (…)` lengths, so the cache is bounded. */
const STATEMENT_CACHE_SIZE = 400

/** Each connection's page cache, in KiB (SQLite's negative form). Two connections per process. */
export const PAGE_CACHE_KIB = 8000

type Statement = Database.Statement<unknown[]>

const fileOf = (url: string): string => {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:'
  if (!url.startsWith('file:')) throw new Error(`Only file: URLs are supported for SQLite, got "${url}".`)
  // file:relative/path, file:/absolute/path, file:///absolute/path
  return decodeURIComponent(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').replace(/\?.*$/, ''))
}

/**
 * better-sqlite3's errors, told by shape: the native addon keeps the error class of the first copy
 * of the module loaded in the process (a test runner loads one per test file, each in its own
 * realm), so `instanceof` against this copy's class, or even against `Error`, can miss.
 */
const isSqliteError = (error: unknown): error is Error & { code: string } =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SqliteError' && typeof (error as { code?: unknown }).code === 'string'

const asLibsqlError = (error: unknown): unknown => (isSqliteError(error) ? new LibsqlError(error.message, error.code, undefined, error) : error)

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER)
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

const valueToSql = (value: unknown): unknown => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

const valueFromSql = (value: unknown): Value => {
  if (typeof value === 'bigint') {
    if (value < MIN_SAFE || value > MAX_SAFE) throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    return Number(value)
  }
  if (Buffer.isBuffer(value)) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer
  return value as Value
}

const argsOf = (args: InArgs | undefined): unknown[] => {
  if (args === undefined) return []
  if (Array.isArray(args)) return [args.map(valueToSql)]
  const named: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(args)) named[/^[@$:]/.test(name) ? name.slice(1) : name] = valueToSql(value)
  return [named]
}

const VALUES = Symbol('row values')
type RowObject = Record<string | number, Value> & { [VALUES]: Value[] }

/**
 * libsql's row: column names enumerable (what drizzle copies), indices and length not. One
 * prototype per statement answers the indices and the length from the row's values; a row itself
 * gets its names by plain assignment, so every row of a statement shares one shape. (Defining
 * each index and name with `Object.defineProperty`, as before, cost twice the time and left every
 * row a slow dictionary object for drizzle to read; Payload reads thousands of rows a page.)
 */
const rowMaker = (columns: string[]): ((values: unknown[]) => Row) => {
  const prototype = {}
  Object.defineProperty(prototype, 'length', {
    get(this: RowObject) {
      return this[VALUES].length
    },
  })
  for (let index = 0; index < columns.length; index++) {
    Object.defineProperty(prototype, index, {
      get(this: RowObject) {
        return this[VALUES][index]
      },
    })
  }
  // The first column of each name gives it its value (a join can repeat a name); a name that is
  // an index or `length` is the prototype's, as in libsql.
  const seen = new Set<string>(['length', ...columns.map((_, index) => String(index))])
  const named: [number, string][] = []
  for (const [index, column] of columns.entries()) {
    if (seen.has(column)) continue
    seen.add(column)
    named.push([index, column])
  }
  return (raw) => {
    // better-sqlite3 gives each row an array of its own: converted in place, not copied.
    const values = raw as Value[]
    for (let index = 0; index < values.length; index++) values[index] = valueFromSql(values[index])
    const row = Object.create(prototype) as RowObject
    Object.defineProperty(row, VALUES, { value: values })
    for (const [index, column] of named) {
      // `__proto__` would set the prototype if assigned.
      if (column === '__proto__') Object.defineProperty(row, column, { value: values[index], enumerable: true, configurable: true, writable: true })
      else row[column] = values[index]!
    }
    return row as unknown as Row
  }
}

const resultSet = (columns: string[], columnTypes: string[], rows: Row[], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet => ({
  columns,
  columnTypes,
  rows,
  rowsAffected,
  lastInsertRowid,
  toJSON: () => ({ columns, columnTypes, rows: rows.map((row) => Array.from(row as ArrayLike<Value>)), rowsAffected, lastInsertRowid: lastInsertRowid === undefined ? null : String(lastInsertRowid) }),
})

/**
 * Opening runs no statement: even a pragma such as `cache_size` reads the schema, which another
 * process can hold busy for a moment, and only the caller retries (sqliteClient.ts sets the
 * pragmas, `PAGE_CACHE_KIB` among them, through its retry).
 */
const openDatabase = (file: string): Database.Database =>
  // No busy wait inside SQLite: it would block the event loop; callers retry asynchronously.
  new Database(file, { timeout: 0 })

/** A prepared statement, and for a reader the row maker of the columns it last gave. */
type CachedStatement = { statement: Statement; reader: boolean; rows?: { columns: string; make: (values: unknown[]) => Row } }

/** Statements of one database, prepared once per SQL text; the least recently used are let go. */
const statementCache = (database: Database.Database) => {
  const cache = new Map<string, CachedStatement>()
  return (sql: string) => {
    const cached = cache.get(sql)
    if (cached) {
      // Most recently used last, so the first entry is the one to let go.
      cache.delete(sql)
      cache.set(sql, cached)
      return cached
    }
    const statement = database.prepare(sql) as Statement
    const entry: CachedStatement = { statement, reader: statement.reader }
    if (entry.reader) statement.raw(true)
    statement.safeIntegers(true)
    cache.set(sql, entry)
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
    return entry
  }
}

const executor = (database: Database.Database) => {
  const prepared = statementCache(database)
  return (input: InStatement): ResultSet => {
    const { sql, args } = typeof input === 'string' ? { sql: input, args: undefined } : input
    try {
      const entry = prepared(sql)
      const { statement, reader } = entry
      if (reader) {
        const raw = statement.all(...argsOf(args)) as unknown[][]
        // Described after running: SQLite prepares a statement again when the schema changed
        // (`SELECT *` after an added column) only as it runs.
        const described = statement.columns()
        const columns = described.map((column) => column.name)
        // One row shape per statement (its columns can change only with the schema): the code that
        // reads rows then sees a few shapes, not a new one per query.
        const key = columns.join('\u0000')
        if (entry.rows?.columns !== key) entry.rows = { columns: key, make: rowMaker(columns) }
        return resultSet(columns, described.map((column) => column.type ?? ''), raw.map(entry.rows.make), 0, undefined)
      }
      const info = statement.run(...argsOf(args))
      return resultSet([], [], [], info.changes, BigInt(info.lastInsertRowid))
    } catch (error) {
      throw asLibsqlError(error)
    }
  }
}

export const openConnection = (url: string): Connection => {
  const file = fileOf(url)
  const database = openDatabase(file)
  const execute = executor(database)
  const inTransaction = <T>(begin: string, run: () => T): T => {
    execute(begin)
    try {
      const result = run()
      execute('COMMIT')
      return result
    } finally {
      if (database.inTransaction) execute('ROLLBACK')
    }
  }
  return {
    execute,
    readBatch: (statements) => inTransaction('BEGIN DEFERRED', () => statements.map(execute)),
    readTransaction: () => {
      const own = openDatabase(file)
      const run = executor(own)
      run('BEGIN DEFERRED')
      let open = true
      const finish = (statement: 'COMMIT' | 'ROLLBACK') => {
        if (!open) return
        open = false
        try {
          run(statement)
        } finally {
          own.close()
        }
      }
      const ensureOpen = () => {
        if (!open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      }
      return {
        execute: async (statement: InStatement) => (ensureOpen(), run(statement)),
        batch: async (statements: InStatement[]) => statements.map((statement) => (ensureOpen(), run(statement))),
        executeMultiple: async (sql: string) => {
          ensureOpen()
          own.exec(sql)
        },
        rollback: async () => finish('ROLLBACK'),
        commit: async () => finish('COMMIT'),
        close: () => finish('ROLLBACK'),
        get closed() {
          return !open
        },
      } as Transaction
    },
    migrate: (statements) => {
      execute('PRAGMA foreign_keys = OFF')
      try {
        return inTransaction('BEGIN DEFERRED', () => statements.map(execute))
      } finally {
        execute('PRAGMA foreign_keys = ON')
      }
    },
    executeMultiple: (sql) => {
      try {
        database.exec(sql)
      } catch (error) {
        throw asLibsqlError(error)
      }
    },
    close: () => database.close(),
    get closed() {
      return !database.open
    },
  }
}
