import { mayKeep, onPublicGenerationChange, publicGeneration } from '@/lib/publicState/generation'

import type { Preview } from './preview'

/**
 * The reader data cache: the results of reader queries, kept in this process's memory and emptied
 * whenever the public generation moves (lib/publicState/generation.ts: the database recorded a
 * public change). Next.js's own data cache is not used: it persists on disk across restarts and
 * forgets its invalidations when the process stops, so after a restart it served text that had
 * been unpublished. Nothing here survives a restart, and nothing is kept that was read while the
 * generation moved, so a result is never older than the newest change this process has seen.
 *
 * A staff preview is never cached: it reads drafts with the staff member's permissions. Outside a
 * server (Jest, scripts) the generation is never synced, so queries simply run.
 *
 * Results are shared between requests, so they are frozen: a caller that tried to change one
 * would throw instead of corrupting what the next reader gets.
 */
const MAX_BYTES = 64 * 1024 * 1024

type Entry = { value: unknown; bytes: number }
type Pending = { generation: number; promise: Promise<unknown> }
type DataCache = { entries: Map<string, Entry>; bytes: number; pending: Map<string, Pending> }

const CACHE = Symbol.for('warta.readerDataCache')
type GlobalWithCache = typeof globalThis & { [CACHE]?: DataCache }

const dataCache = (): DataCache => {
  const holder = globalThis as GlobalWithCache
  if (!holder[CACHE]) {
    const cache: DataCache = { entries: new Map(), bytes: 0, pending: new Map() }
    onPublicGenerationChange(() => {
      cache.entries.clear()
      cache.bytes = 0
      cache.pending.clear()
    })
    holder[CACHE] = cache
  }
  return holder[CACHE]
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const store = (cache: DataCache, key: string, value: unknown) => {
  // UTF-16 length of the JSON form: a fair estimate of what the objects occupy.
  const bytes = 2 * (JSON.stringify(value)?.length ?? 0)
  if (bytes > MAX_BYTES / 16) return
  cache.entries.set(key, { value: deepFreeze(value), bytes })
  cache.bytes += bytes
  // Map order is insertion (and, with the re-insert on a hit, recency) order: evict the oldest.
  for (const [oldest, entry] of cache.entries) {
    if (cache.bytes <= MAX_BYTES) break
    cache.entries.delete(oldest)
    cache.bytes -= entry.bytes
  }
}

/** Empties the cache (tests). */
export const clearReaderDataCache = (): void => {
  const cache = dataCache()
  cache.entries.clear()
  cache.bytes = 0
  cache.pending.clear()
}

export const readerQuery = <TArgs extends object, TResult>(
  name: string,
  query: (args: TArgs, preview: Preview) => Promise<TResult>,
): ((args: TArgs & { preview?: Preview }) => Promise<TResult>) => {
  return async ({ preview = null, ...rest }) => {
    const args = rest as unknown as TArgs
    if (preview) return query(args, preview)
    const cache = dataCache()
    const key = `${name}\u0000${JSON.stringify(args)}`
    const hit = cache.entries.get(key)
    if (hit) {
      cache.entries.delete(key)
      cache.entries.set(key, hit)
      return hit.value as TResult
    }
    const generation = publicGeneration()
    // Readers asking for the same thing at the same time share one query.
    const pending = cache.pending.get(key)
    if (pending && pending.generation === generation) return pending.promise as Promise<TResult>
    const promise = query(args, null)
    cache.pending.set(key, { generation, promise })
    try {
      const value = await promise
      if (mayKeep(generation)) store(cache, key, value)
      return value
    } finally {
      if (cache.pending.get(key)?.promise === promise) cache.pending.delete(key)
    }
  }
}
