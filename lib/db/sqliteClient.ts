import { LibsqlError, type Client, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

import { openConnection, PAGE_CACHE_KIB } from './sqliteConnection'
import { createWriterTurns } from './writerTurns'

/**
 * The SQLite connection Warta gives Payload's adapter: every write all-or-nothing, and a second
 * process (or a busy writer in this one) makes others wait instead of hanging or failing.
 *
 * Why not the adapter's own client: `@payloadcms/db-sqlite` runs without transactions unless told
 * otherwise, and Payload rewrites a document's localized and array rows by delete + insert, so a
 * crash in between lost rows (a user's roles, a briefing's Q&A items). With transactions on, the
 * stock client hangs: libsql is synchronous, each transaction takes its own connection, and a
 * second write from the same process waits for the lock in SQLite's busy handler — blocking the
 * very event loop that would commit the transaction holding it.
 *
 * Here (two better-sqlite3 connections with libsql's statement API, sqliteConnection.ts):
 * - reads go to one connection (WAL: they never wait for writers);
 * - writes and transactions go to a second connection, one at a time per process (an async FIFO
 *   lock, so waiting never blocks the event loop), each transaction `BEGIN IMMEDIATE`: the write
 *   lock is taken up front, so two transactions never deadlock upgrading from read to write;
 * - when another process holds the write lock, SQLite answers SQLITE_BUSY at once (busy timeout
 *   0 on the write connection) and the write is retried asynchronously with backoff until
 *   `busyTimeoutMs`, then fails with a message saying so.
 *
 * A transaction that runs a write *outside* itself in the same process (a Local API call without
 * the operation's `req`) would wait for its own lock; after `busyTimeoutMs` that fails with an
 * error naming the statement, instead of hanging.
 */

export type SerializedClientOptions = {
  url: string
  /** How long a write waits for the lock (this process's other writes or another process's). */
  busyTimeoutMs: number
  /** `synchronous` pragma in WAL mode (FULL: a committed transaction survives a power cut). */
  synchronous?: 'FULL' | 'NORMAL'
  journalSizeLimit?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * SQLite's "locked by someone else" in any of its forms (SQLITE_BUSY, SQLITE_BUSY_RECOVERY,
 * SQLITE_LOCKED), on the error or on its cause. Read by shape, not by class: a dry-run under load
 * once failed at boot on a busy read that was not retried.
 */
const isBusy = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 3; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && /SQLITE_BUSY|SQLITE_LOCKED/.test(code)) return true
    if (typeof message === 'string' && /SQLITE_BUSY|database is locked/i.test(message)) return true
  }
  return false
}

const sqlOf = (statement: InStatement): string => (typeof statement === 'string' ? statement : statement.sql)

/** Only plain SELECTs go to the read connection; anything else might write. */
const isRead = (statement: InStatement): boolean => /^\s*(--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*select\b/i.test(sqlOf(statement))

/** A FIFO async lock: at most one write or transaction of this process at a time. */
const createLock = () => {
  let tail: Promise<void> = Promise.resolve()
  let holder: string | null = null
  return {
    acquire: async (purpose: string, timeoutMs: number): Promise<() => void> => {
      let release!: () => void
      const previous = tail
      const mine = new Promise<void>((resolve) => (release = resolve))
      tail = previous.then(() => mine)
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `SQLite: waited ${timeoutMs / 1000} s for this process's write lock (held by: ${holder ?? 'unknown'}) to run: ${purpose.slice(0, 200)}. ` +
                  'A write inside a transaction that does not pass the operation’s `req` waits for its own lock.',
              ),
            ),
          timeoutMs,
        )
      })
      try {
        await Promise.race([previous, timedOut])
      } catch (error) {
        // Give the turn on when it comes, so the queue behind this caller is not stuck.
        void previous.then(release)
        throw error
      } finally {
        clearTimeout(timer)
      }
      holder = purpose.slice(0, 200)
      return () => {
        holder = null
        release()
      }
    },
  }
}

export const createSerializedClient = (options: SerializedClientOptions): Client => {
  // Connections with libsql's statement API on better-sqlite3 (sqliteConnection.ts says why).
  const reader = openConnection(options.url)
  const writer = openConnection(options.url)
  const lock = createLock()
  const turns = createWriterTurns(options.url)
  const journalSizeLimit = options.journalSizeLimit ?? 64 * 1024 * 1024
  const synchronous = options.synchronous ?? 'FULL'

  const ready = (async () => {
    // WAL is a property of the file; the rest is per connection.
    // Every statement here is retried: pragmas such as `synchronous` and `cache_size` read the
    // schema, which another process starting up or checkpointing can hold busy for a moment (an
    // importer dry-run among six starting at once died here on an unretried one).
    const pragma = (connection: typeof writer, statement: string) => withBusyRetry(statement, async () => connection.execute(statement))
    const mode = await pragma(writer, 'PRAGMA journal_mode;')
    if (mode.rows[0]?.journal_mode !== 'wal') {
      await pragma(writer, 'PRAGMA journal_mode = WAL;')
      await pragma(writer, `PRAGMA journal_size_limit = ${journalSizeLimit};`)
    }
    await pragma(writer, `PRAGMA synchronous = ${synchronous};`)
    // Readers are busy only in SQLite's rare moments (WAL recovery, another process creating the
    // file, a checkpoint); their statements retry like writes.
    await pragma(reader, `PRAGMA synchronous = ${synchronous};`)
    for (const connection of [writer, reader]) await pragma(connection, `PRAGMA cache_size = -${PAGE_CACHE_KIB};`)
  })()
  // Awaited by every operation; this only keeps a failure from also crashing the process unawaited.
  ready.catch(() => undefined)

  /** Runs a statement, retrying (without blocking the event loop) while another process holds a lock. */
  async function withBusyRetry<T>(purpose: string, run: () => Promise<T>, onBusy?: () => void): Promise<T> {
    const deadline = Date.now() + options.busyTimeoutMs
    // Short waits: another process's write transactions are milliseconds apart, and a retry has
    // to land in a gap between them (with its hand raised, see writerTurns.ts, the gap is made).
    for (let wait = 1; ; wait = Math.min(wait * 2, 10)) {
      try {
        return await run()
      } catch (error) {
        if (!isBusy(error)) throw error
        onBusy?.()
        if (Date.now() + wait > deadline) {
          throw new Error(
            `SQLite: the database stayed locked by another process for ${options.busyTimeoutMs / 1000} s; gave up on: ${purpose.slice(0, 200)}`,
            { cause: error },
          )
        }
        await sleep(wait)
      }
    }
  }

  /** Holds this process's write lock for `run`, then releases it whatever happens. */
  const exclusively = async <T>(purpose: string, run: () => Promise<T>): Promise<T> => {
    await ready
    const release = await lock.acquire(purpose, options.busyTimeoutMs)
    try {
      return await run()
    } finally {
      release()
    }
  }

  /** Takes SQLite's write lock for `run`, in turn with other processes (writerTurns.ts). */
  const inTurn = async <T>(purpose: string, run: () => Promise<T>): Promise<T> => {
    await turns.yieldToWaiter()
    try {
      return await withBusyRetry(purpose, run, turns.refused)
    } finally {
      turns.finished()
    }
  }

  const beginImmediate = () => inTurn('BEGIN IMMEDIATE', async () => writer.execute('BEGIN IMMEDIATE'))

  const transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    await ready
    if (mode === 'read') return withBusyRetry('BEGIN (read)', async () => reader.readTransaction())
    const release = await lock.acquire('a transaction', options.busyTimeoutMs)
    try {
      await beginImmediate()
    } catch (error) {
      release()
      throw error
    }
    let open = true
    const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      open = false
      try {
        await writer.execute(statement)
      } catch (error) {
        // A failed COMMIT leaves the transaction open on the connection: end it, then report.
        if (statement === 'COMMIT') {
          try {
            writer.execute('ROLLBACK')
          } catch {
            // Nothing left to roll back.
          }
        }
        throw error
      } finally {
        release()
      }
    }
    const ensureOpen = () => {
      if (!open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
    }
    return {
      execute: async (statement: InStatement) => {
        ensureOpen()
        return writer.execute(statement)
      },
      batch: async (statements: InStatement[]) => {
        const results: ResultSet[] = []
        for (const statement of statements) {
          ensureOpen()
          results.push(await writer.execute(statement))
        }
        return results
      },
      executeMultiple: async (sql: string) => {
        ensureOpen()
        return writer.executeMultiple(sql)
      },
      rollback: () => finish('ROLLBACK'),
      commit: () => finish('COMMIT'),
      close: () => {
        void finish('ROLLBACK').catch(() => undefined)
      },
      get closed() {
        return !open
      },
    } as Transaction
  }

  /** A write outside a transaction: one statement, autocommit, under the lock. */
  const write = (statement: InStatement) =>
    exclusively(sqlOf(statement), () => inTurn(sqlOf(statement), async () => writer.execute(statement)))

  /**
   * Refreshes the statistics SQLite's query planner chooses indexes by (`ANALYZE`, through the
   * `PRAGMA optimize` SQLite recommends for long-lived connections: it re-analyzes only tables that
   * grew or shrank markedly, with a bounded sample, 0.2 s on the ten-year benchmark database).
   * Without statistics the planner takes any equality on a two-column index for a handful of rows:
   * it read a language's every published release through the (`_status`, `_locale`) index to find
   * ten releases named by id — 45 ms instead of 0.1 at 15,000 releases. Run after migrations (new
   * indexes have no statistics) and every hour while the process lives. The read connection loads
   * statistics only with the schema, and a later ANALYZE does not change the schema's version:
   * `ANALYZE sqlite_schema` makes it reload them.
   */
  const optimize = async () => {
    await write('PRAGMA optimize = 0x10002')
    await withBusyRetry('ANALYZE sqlite_schema', async () => reader.execute('ANALYZE sqlite_schema'))
  }
  const optimizer = setInterval(
    () =>
      void optimize().catch((error: unknown) =>
        console.warn(`SQLite: refreshing the query planner's statistics failed (next try in an hour): ${error instanceof Error ? error.message : String(error)}`),
      ),
    60 * 60 * 1000,
  )
  optimizer.unref()

  const client = {
    get closed() {
      return reader.closed
    },
    protocol: 'file',
    execute: async (statementOrSql: InStatement, args?: InArgs) => {
      const statement: InStatement = typeof statementOrSql === 'string' && args ? { sql: statementOrSql, args } : statementOrSql
      if (isRead(statement)) {
        await ready
        return withBusyRetry(sqlOf(statement), async () => reader.execute(statement))
      }
      return write(statement)
    },
    batch: async (statements: InStatement[], mode: TransactionMode = 'deferred') => {
      if (mode === 'read') {
        await ready
        return withBusyRetry('a read batch', async () => reader.readBatch(statements))
      }
      const tx = await transaction('write')
      try {
        const results = await tx.batch(statements)
        await tx.commit()
        return results
      } catch (error) {
        await tx.rollback().catch(() => undefined)
        throw error
      }
    },
    migrate: (statements: InStatement[]) => exclusively('migration', () => inTurn('migration', async () => writer.migrate(statements))),
    transaction,
    executeMultiple: (sql: string) => exclusively(sql, () => inTurn(sql, async () => writer.executeMultiple(sql))),
    // For libsql's embedded replicas; a local file has nothing to sync.
    sync: async () => undefined,
    optimize,
    close: () => {
      clearInterval(optimizer)
      reader.close()
      writer.close()
    },
  }
  return client as unknown as Client
}
