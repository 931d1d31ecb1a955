import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { bin, scriptCommand } from '@/lib/cli/processes'

export { bin, freePort, productionServer } from '@/lib/cli/processes'

/**
 * The benchmark's child processes (server, nginx), tracked so that every exit path (done, error,
 * Ctrl+C) stops exactly the processes this run started, by pid.
 */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Tracked = { name: string; child: ChildProcess; stopSignal: NodeJS.Signals }
const running = new Set<Tracked>()

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

export const startProcess = (
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { stopSignal?: NodeJS.Signals } = {},
): Started => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  const tracked: Tracked = { name, child, stopSignal: options.stopSignal ?? 'SIGTERM' }
  running.add(tracked)
  let output = ''
  const keep = (chunk: unknown) => {
    output = (output + String(chunk)).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('exit', () => running.delete(tracked))
  return { child, output: () => output, stop: () => stopTracked(tracked) }
}

const stopTracked = async ({ child, stopSignal, name }: Tracked): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(stopSignal)
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)])
  if (timedOut) {
    console.error(`  ${name} (pid ${child.pid}) did not stop within 10 s; killing it.`)
    child.kill('SIGKILL')
    await exited
  }
}

export const stopAll = async (): Promise<void> => {
  await Promise.all([...running].map(stopTracked))
}

/** Stops every started process on the way out, whatever the way out is. */
export const installCleanup = () => {
  let cleaning = false
  const cleanupThenExit = (code: number) => {
    if (cleaning) return
    cleaning = true
    void stopAll().finally(() => process.exit(code))
  }
  process.on('SIGINT', () => cleanupThenExit(130))
  process.on('SIGTERM', () => cleanupThenExit(143))
  process.on('uncaughtException', (error) => {
    console.error(error)
    cleanupThenExit(1)
  })
  process.on('unhandledRejection', (error) => {
    console.error(error)
    cleanupThenExit(1)
  })
  // Last resort for a synchronous exit: signal whatever is still running.
  process.on('exit', () => {
    for (const { child } of running) if (child.exitCode === null) child.kill('SIGKILL')
  })
}


export const waitForHttp = async (url: string, started: Started, what: string, seconds = 120): Promise<void> => {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    if (started.child.exitCode !== null)
      throw new Error(`${what} exited (code ${started.child.exitCode}) before answering:\n${started.output()}`)
    if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} within ${seconds} s:\n${started.output()}`)
    await sleep(250)
  }
}

export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message)
    this.name = 'ExitError'
  }
}

/** Runs a command to completion, streaming its stderr, returning its stdout. */
export const runToEnd = (command: string, args: string[], env: NodeJS.ProcessEnv, { quiet = false } = {}) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] })
    const tracked: Tracked = { name: path.basename(command), child, stopSignal: 'SIGTERM' }
    running.add(tracked)
    child.on('exit', () => running.delete(tracked))
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk) => (stdout += String(chunk)))
    child.stderr?.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-20_000)))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new ExitError(`${path.basename(command)} ${args.join(' ')} exited with ${code}\n${stdout.slice(-5000)}\n${stderr}`, code)),
    )
  })

/** Runs one of Warta's TypeScript commands the way npm does (scripts/run.mjs), returning its stdout. */
export const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> => runToEnd(...scriptCommand(script, args), env)
