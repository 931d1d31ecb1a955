/**
 * When the server's job runner last ticked. Payload's auto-run cron calls the config's
 * `shouldAutoRun` on every tick (every 10 s), so that call is the heartbeat the health check reads:
 * a runner that stopped, or that is stuck in a job (Payload skips ticks while one runs), stops
 * beating. Kept on `globalThis`, like the other per-process state, for Next.js's module copies.
 */
const BEAT = Symbol.for('warta.schedulerHeartbeat')
type GlobalWithBeat = typeof globalThis & { [BEAT]?: number }

export const recordSchedulerTick = (): void => {
  ;(globalThis as GlobalWithBeat)[BEAT] = Date.now()
}

/** Milliseconds since the last tick; null when the runner never ticked in this process. */
export const sinceLastSchedulerTick = (): number | null => {
  const last = (globalThis as GlobalWithBeat)[BEAT]
  return last === undefined ? null : Date.now() - last
}
