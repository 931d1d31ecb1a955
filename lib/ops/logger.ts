import type { Config } from 'payload'

import type { LogFn, Logger, LoggerOptions } from 'pino'

import { build } from 'pino-pretty'

export const LOG_FORMATS = ['pretty', 'json'] as const

/**
 * Where Payload's log lines go and how they look. `LOG_FORMAT=pretty` writes one readable line
 * per event (time, level, message); `json` writes one JSON object per line for a log collector.
 * Unset: pretty when standard output is a terminal (`npm run demo`, a developer's shell), JSON
 * otherwise (a service manager, a container, CI), whatever `NODE_ENV` says.
 */
export const loggerConfig = (env: NodeJS.ProcessEnv = process.env, isTerminal = Boolean(process.stdout.isTTY)): NonNullable<Config['logger']> => {
  const level = env.LOG_LEVEL || 'info'
  const format = env.LOG_FORMAT?.trim() || (isTerminal ? 'pretty' : 'json')
  if (!(LOG_FORMATS as readonly string[]).includes(format)) {
    throw new Error(`LOG_FORMAT must be "pretty" or "json" (got "${format}").`)
  }
  const options: LoggerOptions = { level, hooks: { logMethod: quietRefusals } }
  if (format === 'json') return { options }
  return {
    options,
    destination: build({ colorize: isTerminal, singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:yyyy-mm-dd HH:MM:ss' }),
  }
}

const ERROR_LEVEL = 50
const SQL_MARKER = /Failed query:[\s\S]*?(?=\n\s+at |$)/

type Loggable = { err?: { name?: string; status?: number; message?: string; stack?: string; originalError?: { status?: number } } }

/** Errors that are a client's mistake, whatever class they are (lib/api/errors.ts answers them 400). */
const isClientMistake = (err: NonNullable<Loggable['err']>): boolean => {
  const status = err.status ?? err.originalError?.status
  if (typeof status === 'number' && status >= 400 && status < 500) return true
  return (err.name === 'SyntaxError' && /JSON/.test(err.message ?? '')) || (err.name === 'RangeError' && /call stack/i.test(err.message ?? ''))
}

/**
 * Payload chooses an error's log level by its class name (`loggingLevels` below), and the
 * production build minifies class names, so every 401/403/404/409 was logged as an error with
 * its stack. Here, an error-level line whose error carries a 4xx status becomes one info line
 * with its message. And a database error's SQL (which may hold what a visitor typed) never
 * reaches an error-level line: it is cut from the message and stack, and logged at debug.
 */
function quietRefusals(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) {
  const [first] = args as unknown as [Loggable | undefined]
  const err = first && typeof first === 'object' ? first.err : undefined
  if (level >= ERROR_LEVEL && err) {
    if (isClientMistake(err)) {
      this.info({ msg: err.message, status: err.status ?? err.originalError?.status ?? 400 })
      return
    }
    const query = err.message?.match(SQL_MARKER)?.[0]
    if (query) {
      this.debug({ msg: 'The failed query', query })
      const cut = (text?: string) => text?.replace(SQL_MARKER, 'Failed query: (logged at debug level)')
      method.apply(this, [{ ...first, err: { ...err, message: cut(err.message), stack: cut(err.stack) } }, ...args.slice(1)] as unknown as Parameters<LogFn>)
      return
    }
  }
  method.apply(this, args)
}

/**
 * Refusals are part of normal traffic: a wrong password, a reader asking for a draft, a stale
 * edit, a malformed filter. They are logged as one info line with their message, never as errors
 * with a stack trace; unexpected failures (plain `Error`s) still are.
 */
export const loggingLevels: NonNullable<Config['loggingLevels']> = {
  APIError: 'info',
  AuthenticationError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'warn',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
}
