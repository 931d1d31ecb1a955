import { revalidatePath, revalidateTag } from 'next/cache'

import type { Locale } from '@/lib/i18n/locales'

import { serverURL } from '@/lib/env'
import { clearPageCache } from '@/lib/server/pageCacheRegistry'

import { revalidationToken } from './revalidationToken'
import { planDocumentRevalidation, type SiteCollection } from './tags'

/**
 * Next.js throws these when revalidation is asked for where it cannot happen: outside a server
 * request (a script, a Jest test, a seed), or in a background job that inherited the async
 * context of a page render (the scheduler's cron). The caller then falls back (see
 * `requestRevalidationFromServer`); any other error is a real failure and is rethrown.
 */
const OUTSIDE_NEXT = /static generation store missing|can't be called during render/

const isOutsideNext = (error: unknown): boolean => error instanceof Error && OUTSIDE_NEXT.test(error.message)

/**
 * Runs a Next.js revalidation call; returns false (and does nothing) outside a Next.js server
 * context, so callers never need to know where they run.
 */
export const tryRevalidate = (run: () => void): boolean => {
  try {
    run()
    return true
  } catch (error) {
    if (isOutsideNext(error)) return false
    throw error
  }
}

/**
 * Called by the workflow after every action (publish, unpublish, withdraw, schedule, delete) and
 * by the collections' change hooks. `{ expire: 0 }` rather than the stale-while-revalidate
 * profile: the promise is that the next request after the action returns sees the change, not the
 * one after it.
 *
 * `locales` names the languages the action touched; every locale's page is revalidated anyway
 * (see `planDocumentRevalidation`), the argument documents intent and keeps the contract stable.
 */
export const revalidateDocument = (args: {
  collection: SiteCollection
  slug: string
  previousSlug?: string | null
  locales: readonly Locale[]
}): void => {
  const plan = planDocumentRevalidation(args)
  // server.ts's copies of rendered pages go first, and again when this request has been handled
  // (lib/server/pageCache.ts); outside server.ts this does nothing.
  clearPageCache()
  const inNext = tryRevalidate(() => {
    for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
  })
  if (!inNext) {
    requestRevalidationFromServer(args)
    return
  }
  for (const path of plan.paths) revalidatePath(path)
}

/**
 * A scheduled publish runs in the server process but outside any request, where Next.js refuses
 * to revalidate. The job then asks the server's own revalidation route (same process, loopback)
 * to do it, so a scheduled publish is as visible as a reviewer's. Outside a Next.js server
 * (scripts, tests) there is no cache and nothing to ask.
 */
const requestRevalidationFromServer = (args: Parameters<typeof revalidateDocument>[0]): void => {
  if (!process.env.NEXT_RUNTIME) return
  void fetch(`${serverURL()}/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-warta-revalidate': revalidationToken() },
    body: JSON.stringify(args),
  }).catch((error: unknown) => {
    console.error(`Revalidation of ${args.collection}/${args.slug} after a background publish failed:`, error)
  })
}
