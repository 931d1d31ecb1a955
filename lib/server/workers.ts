import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'

/**
 * Several server processes on one port (`WARTA_WORKERS`): Node.js's cluster module, the primary
 * holding the port and handing connections to the workers. One process runs JavaScript on one
 * core; a cached page is a map lookup and a socket write, so a single process is bounded by that
 * core while nginx or Varnish beside it use all of them. Each worker is a whole server (its own
 * page cache, search index and Payload), exactly like the separate `npm start` processes of
 * docs/operations.md: they share nothing but the database, which carries every signal (the
 * public change log, sessions, the job queue). This only saves the reverse proxy's balancing and
 * one systemd unit per process.
 */

/** `WARTA_WORKERS`: unset or empty is 1 (one process, no primary); `auto` is one per core. */
export const workerCount = (value: string | undefined, cores = os.availableParallelism()): number => {
  const text = (value ?? '').trim()
  if (text === '') return 1
  if (text === 'auto') return cores
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`WARTA_WORKERS must be a whole number from 1 to 64, or "auto" (one per core); it is "${value}".`)
  }
  return count
}

/** How long workers get to finish their requests after a stop signal before they are killed. */
const STOP_GRACE_MS = 15_000
/**
 * A replacement waits 1 s, 2 s, 4 s … up to 30 s while workers keep dying within a minute of
 * starting to serve (a crash on some request, memory running out under load), so a crashing
 * worker does not take a core restarting; once one serves a minute, the next waits nothing.
 */
const FIRST_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000
const STABLE_AFTER_MS = 60_000

/** The wait before replacing a worker that served for `servedMs` (undefined: it never served), after a previous wait. */
export const replacementDelay = (previousMs: number, servedMs: number | undefined): number =>
  servedMs !== undefined && servedMs >= STABLE_AFTER_MS ? 0 : Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS, previousMs * 2))

/**
 * The primary: starts `count` workers (`command`: this same server, in worker mode) and passes
 * SIGTERM/SIGINT on to every worker, exiting 0 once all have finished (a second signal kills
 * them). A worker that dies is replaced, with a growing delay while replacements keep dying
 * (a replacement that cannot start is tried again: the others keep serving). Only at start, a
 * worker that dies before any worker could serve means a configuration that fails the same way
 * every time (a missing secret, a database it cannot open): the primary then stops the others and
 * exits 1, that worker's output already printed, rather than restarting it forever.
 * If the primary itself is killed, Node.js ends each worker when its channel to the primary
 * closes: no orphan keeps the port.
 */
export const superviseWorkers = (
  count: number,
  command: { exec: string; args: string[] },
  log: (line: string) => void = console.log,
): void => {
  // Node.js's own flags (--conditions=production, the heap limit) are passed on as they are.
  cluster.setupPrimary({ exec: command.exec, args: command.args })
  const servingSince = new WeakMap<Worker, number>()
  let anyServed = false
  let stopping = false
  let backoff = 0

  // A worker stays in cluster.workers until it has both exited and disconnected: count the living.
  const alive = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead())
  const exitWhenNoneLeft = () => {
    if (stopping && alive().length === 0) process.exit()
  }
  const start = () => {
    const worker = cluster.fork()
    // A message to a worker whose channel just closed (it is exiting) fails: its exit is handled below.
    worker.on('error', () => undefined)
    worker.on('message', (message: unknown) => {
      if (message === PUBLIC_CHANGE) {
        for (const sibling of alive()) if (sibling !== worker && sibling.isConnected()) sibling.send(PUBLIC_CHANGE)
        return
      }
      if (message !== SERVING) return
      servingSince.set(worker, Date.now())
      anyServed = true
    })
  }
  const stopAll = (code: number, signal: NodeJS.Signals = 'SIGTERM') => {
    if (stopping) {
      // A second signal: no more waiting.
      for (const worker of alive()) worker.process.kill('SIGKILL')
      return
    }
    stopping = true
    process.exitCode = code
    for (const worker of alive()) worker.process.kill(signal)
    setTimeout(() => {
      for (const worker of alive()) worker.process.kill('SIGKILL')
    }, STOP_GRACE_MS).unref()
    exitWhenNoneLeft()
  }

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return exitWhenNoneLeft()
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
    if (!anyServed) {
      log(`A Warta server process ${how} before it could serve; stopping the others.`)
      return stopAll(1)
    }
    const served = servingSince.get(worker)
    backoff = replacementDelay(backoff, served === undefined ? undefined : Date.now() - served)
    log(`Warta server process ${worker.process.pid} ${how}; starting another${backoff > 0 ? ` in ${backoff / 1000} s` : ''}.`)
    setTimeout(() => stopping || start(), backoff)
  })
  cluster.on('disconnect', exitWhenNoneLeft)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0, signal))

  log(`Warta: ${count} server processes on one port (WARTA_WORKERS)`)
  for (let index = 0; index < count; index++) start()
}

export const isWorker = (): boolean => cluster.isWorker

/**
 * A worker tells its primary that it listens on the shared port. (Cluster's own `listening`
 * event also fires for a worker's private loopback port, which it opens before it can fail.)
 */
const SERVING = 'warta:serving'
export const announceServing = (): void => {
  if (cluster.isWorker && process.connected) process.send?.(SERVING)
}

/**
 * "The public change log moved": a worker that saw it tells the primary, which tells the others,
 * so that they read the log now instead of at their next poll (up to 250 ms later; meanwhile a
 * reader sent to another worker, or the fronting cache refetching after the publishing worker's
 * ban, got the page as it was). Only a hint: each worker still reads the log itself, and polls
 * anyway.
 */
const PUBLIC_CHANGE = 'warta:public-change'

/** lib/publicState/sync.ts, when this process saw the change log move. Nothing outside a cluster. */
export const tellSiblingsOfPublicChange = (): void => {
  // The channel closes when the primary is gone; the worker is ending then anyway.
  if (cluster.isWorker && process.connected) process.send?.(PUBLIC_CHANGE, undefined, undefined, () => undefined)
}

/** lib/publicState/sync.ts: `listener` runs when another worker saw the change log move. */
export const onSiblingPublicChange = (listener: () => void): void => {
  if (!cluster.isWorker) return
  process.on('message', (message: unknown) => {
    if (message === PUBLIC_CHANGE) listener()
  })
}
