import nextEnv from '@next/env'

/**
 * `.env` (and `.env.production`, `.env.local` …) as Next.js reads it, the environment winning over
 * the files, for a command that reads its own settings before Next.js starts (or never starts it:
 * the primary of WARTA_WORKERS, the benchmark). Next.js loads them only once started, so a value
 * read earlier came from the environment alone.
 */
export const loadDotEnv = (): void => {
  // @next/env is CommonJS: its functions are properties of the default export under Node's ESM.
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error })
}
