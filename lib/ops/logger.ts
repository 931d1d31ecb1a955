import type { Config } from 'payload'

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
  if (format === 'json') return { options: { level } }
  return {
    options: { level },
    destination: build({ colorize: isTerminal, singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:yyyy-mm-dd HH:MM:ss' }),
  }
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
