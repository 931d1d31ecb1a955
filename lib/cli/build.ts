import fs from 'node:fs'
import path from 'node:path'

/** Everything that goes into `next build`; a build older than any of these is stale. */
const BUILD_INPUTS = [
  'app',
  'collections',
  'access',
  'lib',
  'locales',
  'migrations',
  'components',
  'payload.config.ts',
  'next.config.mjs',
  // Next.js's proxy (middleware) is compiled into the build too, and the path aliases come from these.
  'proxy.ts',
  'tsconfig.json',
  'tsconfig.next.json',
  'package-lock.json',
]

const newestChange = (entries: string[]): number => {
  let newest = 0
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  entries.forEach(visit)
  return newest
}

const buildIdFile = (root: string) => path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')

/** True when `.next` holds a production build newer than every source file (saves minutes). */
export const isBuildFresh = (root = process.cwd()): boolean => {
  const buildId = buildIdFile(root)
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestChange(BUILD_INPUTS.map((entry) => path.join(root, entry)))
}

/**
 * Runs a build and dates it from when it started: a source saved while `next build` ran is then
 * newer than the build and the next check rebuilds. (Dated by its end, such a build looked fresh
 * without the change in it, and browser tests ran against old code.)
 */
export const buildDatedFromStart = async <T>(build: () => T | Promise<T>, root = process.cwd()): Promise<T> => {
  const started = new Date()
  const result = await build()
  const buildId = buildIdFile(root)
  if (fs.existsSync(buildId)) fs.utimesSync(buildId, started, started)
  return result
}
