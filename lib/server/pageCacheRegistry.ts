/**
 * The link between the page cache, created by server.ts, and revalidation, which runs inside
 * Next.js's bundled server code: the same process but another copy of every module, so the live
 * cache is found through a global symbol rather than a module variable.
 */
type Registry = { clear: () => void }

const REGISTRY = Symbol.for('warta.pageCache')
type GlobalWithRegistry = typeof globalThis & { [REGISTRY]?: Registry }

export const registerPageCache = (registry: Registry): void => {
  ;(globalThis as GlobalWithRegistry)[REGISTRY] = registry
}

/** Empties the page cache of this process, if it runs one (no-op under `next dev`, tests, scripts). */
export const clearPageCache = (): void => {
  ;(globalThis as GlobalWithRegistry)[REGISTRY]?.clear()
}
