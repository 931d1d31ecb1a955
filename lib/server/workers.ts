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
/** A worker that dies within this long after its previous replacement waits before it is replaced again. */
const RESTART_BACKOFF_MS = 1_000

/**
 * The primary: starts `count` workers (`command`: this same server, in worker mode), replaces a worker that
 * dies after it served (a crash, kill -9, out of memory) and passes SIGTERM/SIGINT on to every
 * worker, exiting 0 once all have finished. A worker that dies before it ever listened failed to
 * start (a bad configuration, a database it cannot open): every replacement would fail the same
 * way, so the primary stops the others and exits 1 with that worker's output already printed.
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
  const listened = new WeakSet<Worker>()
  let stopping = false
  let exitCode = 0
  let lastRestart = 0

  const alive = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined)
  const start = () => {
    const worker = cluster.fork()
    worker.on('message', (message: unknown) => {
      if (message === SERVING) listened.add(worker)
    })
  }
  const stopAll = (code: number) => {
    if (stopping) return
    stopping = true
    exitCode = code
    if (alive().length === 0) process.exit(exitCode)
    for (const worker of alive()) worker.process.kill('SIGTERM')
    setTimeout(() => {
      for (const worker of alive()) worker.process.kill('SIGKILL')
    }, STOP_GRACE_MS).unref()
  }

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (alive().length === 0) process.exit(exitCode)
      return
    }
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
    if (!listened.has(worker)) {
      log(`A Warta server process ${how} before it could serve; stopping the others.`)
      stopAll(1)
      return
    }
    log(`Warta server process ${worker.process.pid} ${how}; starting another.`)
    const wait = Date.now() - lastRestart < RESTART_BACKOFF_MS ? RESTART_BACKOFF_MS : 0
    lastRestart = Date.now() + wait
    setTimeout(() => stopping || start(), wait)
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0))

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
  if (cluster.isWorker) process.send?.(SERVING)
}
