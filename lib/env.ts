import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Typed access to the environment, in one place. Every variable read here is documented in
 * `.env.example` and the README's configuration table.
 */

/** Where the embedded database, uploads and a local demo's generated secret live. */
export const dataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(/*turbopackIgnore: true*/ env.WARTA_DATA_DIR || 'data')

export const SECRET_FILE_NAME = '.payload-secret'

/**
 * The key Payload signs sessions with. Production must set `PAYLOAD_SECRET`; a local run (dev,
 * tests, `npm run demo`) gets a random one kept under the data folder so logins survive restarts.
 */
export const resolvePayloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. It is required when NODE_ENV=production: set it to a long random string ' +
        '(e.g. `openssl rand -hex 32`). `npm run demo` generates one for a local run.',
    )
  }
  return readOrCreateLocalSecret(dataDir(env))
}

export const readOrCreateLocalSecret = (dir: string): string => {
  const file = path.join(dir, SECRET_FILE_NAME)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export const serverURL = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '')

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The origins whose browser requests may use a staff session cookie (Payload's `csrf` list; a
 * cookie sent from any other origin is ignored, which is what CSRF protection means here). The
 * public URL always; and when the site is served on this machine (a loopback public URL, as in the
 * demo) or in development, the same port on localhost, 127.0.0.1 and [::1]: they are one server,
 * and a staff member who typed 127.0.0.1 could sign in but every save was refused.
 */
export const allowedOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const url = new URL(serverURL(env))
  const origins = [url.origin]
  if (LOOPBACK_HOSTS.has(url.hostname) || env.NODE_ENV !== 'production') {
    for (const host of LOOPBACK_HOSTS) origins.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
  }
  return [...new Set(origins)]
}

/**
 * How long a staff member's edit lock lasts without a sign of life (WARTA_EDIT_LOCK_SECONDS,
 * default 90). The open edit view renews it while its holder is active (lib/admin/releaseLock.ts),
 * so a crashed browser or a machine that lost power frees the document within this time instead
 * of Payload's five minutes.
 */
export const editLockSeconds = (env: NodeJS.ProcessEnv = process.env): number => {
  const value = Number(env.WARTA_EDIT_LOCK_SECONDS || 90)
  if (!Number.isInteger(value) || value < 5) throw new Error(`WARTA_EDIT_LOCK_SECONDS must be a whole number of seconds, at least 5; got "${env.WARTA_EDIT_LOCK_SECONDS}".`)
  return value
}

/**
 * The server process's JavaScript heap limit in MB (`--max-old-space-size`), read from the
 * environment of the command that starts it (npm start, npm run demo), not from .env: Node.js
 * takes it when the process starts. Node's own default (about 4 GB here) let V8 put off
 * collecting until a server held ~750 MB for ~150 MB of live data; a limit in hundreds of MB makes
 * it collect sooner (~420 MB on the 1× benchmark corpus) at no measurable cost in speed. Too low
 * for the archive's search index and the server runs out of memory: see docs/operations.md.
 */
export const DEFAULT_SERVER_HEAP_MB = 768
export const serverHeapMegabytes = (env: NodeJS.ProcessEnv = process.env): number => {
  const value = Number(env.WARTA_SERVER_HEAP_MB || DEFAULT_SERVER_HEAP_MB)
  if (!Number.isInteger(value) || value < 256) throw new Error(`WARTA_SERVER_HEAP_MB must be a whole number of megabytes, at least 256; got "${env.WARTA_SERVER_HEAP_MB}".`)
  return value
}
