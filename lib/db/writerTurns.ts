import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Fair turns at SQLite's write lock between processes.
 *
 * SQLite keeps no queue: a process that finds the database locked retries later, and a process
 * writing one transaction after another (an import, the benchmark's corpus, a busy server)
 * takes the lock again within microseconds of releasing it. The other process's retries then
 * almost never land in a gap: a second corpus writer on the same file gave up after 20 s of
 * SQLITE_BUSY while the first wrote hundreds of transactions. The same would fail an editor's
 * save on a second server process during a long import.
 *
 * So a process that has been refused raises its hand: it writes its pid into `<database>-wait`
 * (refreshed on every retry). Before taking the write lock, every other process looks for a
 * fresh hand and, if there is one, waits a moment (at most `MAX_YIELD_MS`) for the waiter to take
 * its turn and remove the file. Cost when nobody waits: one `stat` per write transaction.
 */
export type WriterTurns = {
  /** Before trying to take the write lock: let a waiting process go first (true if one was waited for). */
  yieldToWaiter: () => Promise<boolean>
  /** The lock was refused: raise (or keep up) this process's hand. */
  refused: () => void
  /** This attempt ended (lock taken, or given up): lower this process's hand. */
  finished: () => void
}

/** A hand not refreshed for this long belongs to a process that stopped waiting (or died). */
export const FRESH_MS = 500
/** The longest a writer steps aside for one waiting process, per transaction. */
export const MAX_YIELD_MS = 250
const STEP_MS = 2

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The database file of a `file:` URL, or null for an in-memory database (nobody else to be fair to). */
export const databaseFileOf = (url: string): string | null => {
  if (!url.startsWith('file:')) return null
  if (url.startsWith('file://')) return fileURLToPath(url.split('?')[0]!)
  const file = url.slice('file:'.length).split('?')[0]!
  return file === ':memory:' || file === '' ? null : file
}

const noTurns: WriterTurns = { yieldToWaiter: async () => false, refused: () => undefined, finished: () => undefined }

export const createWriterTurns = (url: string, pid = process.pid): WriterTurns => {
  const file = databaseFileOf(url)
  if (!file) return noTurns
  const hand = `${file}-wait`
  const own = String(pid)
  let raised = false

  /** Another process's hand, if one is up and fresh. */
  const otherWaiting = (): boolean => {
    const stat = fs.statSync(hand, { throwIfNoEntry: false })
    if (!stat || Date.now() - stat.mtimeMs > FRESH_MS) return false
    try {
      return fs.readFileSync(hand, 'utf8') !== own
    } catch {
      return false
    }
  }

  return {
    yieldToWaiter: async () => {
      if (raised || !otherWaiting()) return false
      for (const until = Date.now() + MAX_YIELD_MS; Date.now() < until && otherWaiting(); ) await sleep(STEP_MS)
      return true
    },
    refused: () => {
      try {
        // Written whole each time: a fresh mtime, and this pid even if another waiter wrote before.
        fs.writeFileSync(hand, own)
        raised = true
      } catch {
        // A read-only directory: fairness is lost, nothing else.
      }
    },
    finished: () => {
      if (!raised) return
      raised = false
      try {
        if (fs.readFileSync(hand, 'utf8') === own) fs.unlinkSync(hand)
      } catch {
        // Already gone, or another waiter's hand now: theirs to lower.
      }
    },
  }
}
