import { revalidatePath, revalidateTag } from 'next/cache'

import type { Locale } from '@/lib/i18n/locales'

import { planDocumentRevalidation, type SiteCollection } from './tags'

/**
 * Next.js throws this when revalidation is asked for outside a server request (a script, a Jest
 * test, a seed). There is no cache to invalidate there, so that case is a no-op; any other error
 * is a real failure and is rethrown.
 */
const OUTSIDE_NEXT = /static generation store missing/

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
  const inNext = tryRevalidate(() => {
    for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
  })
  if (!inNext) return
  for (const path of plan.paths) revalidatePath(path)
}
