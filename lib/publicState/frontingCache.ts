import type { Payload } from 'payload'

import { tagsForChanges } from '@/lib/site/cacheTags'

import { onPublicGenerationChange, type PublicChangeSet } from './generation'

/**
 * Purges of the shared HTTP cache in front of Warta (Varnish with deploy/varnish/warta.vcl; docs/
 * fronting-cache.md), sent by the same path that empties this process's own caches: whenever the
 * public change log moves, a `BAN` naming the affected tags goes to each address in
 * `WARTA_PURGE_URLS`. Every server process sends it, after emptying its own caches, so a page a
 * slower process served stale in between is banned by that process's own purge.
 */
const ATTEMPTS = 3

const sendBan = async (target: string, tags: string[], payload: Payload) => {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(target, { method: 'BAN', headers: { 'x-ban-tags': tags.join(' ') } })
      await response.arrayBuffer()
      if (response.ok) return
      throw new Error(`${response.status} ${response.statusText}`)
    } catch (error) {
      if (attempt === ATTEMPTS) {
        payload.logger.error({ err: error, msg: `The fronting cache at ${target} did not take the purge of ${tags.join(' ')}; it may serve those pages for up to 5 minutes.` })
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

export const purgeTargets = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.WARTA_PURGE_URLS ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)

export const startFrontingCachePurges = (payload: Payload): void => {
  const targets = purgeTargets()
  if (targets.length === 0) return
  onPublicGenerationChange((changes: PublicChangeSet) => {
    const tags = tagsForChanges(changes)
    if (tags.length > 0) for (const target of targets) void sendBan(target, tags, payload)
  })
}
