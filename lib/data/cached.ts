import { unstable_cache } from 'next/cache'

import type { Preview } from './preview'

/**
 * Wraps a reader query in Next.js's data cache under the site's cache tags (lib/revalidation/tags),
 * so a page rendered from it is invalidated when a workflow action revalidates those tags, and
 * route handlers and dynamic pages (filtered lists) get cached reads too. (Search has its own
 * in-memory index, always checked against the database: lib/search/memoryIndex.ts.)
 *
 * A staff preview is never cached: it reads drafts with the staff member's permissions.
 * Outside a Next.js server (Jest, scripts) there is no cache and the query simply runs.
 */
const NO_CACHE = /incrementalCache missing/

export const readerQuery = <TArgs extends object, TResult>(
  name: string,
  query: (args: TArgs, preview: Preview) => Promise<TResult>,
  tagsFor: (args: TArgs) => string[],
): ((args: TArgs & { preview?: Preview }) => Promise<TResult>) => {
  const published = (args: TArgs) => query(args, null)
  return async ({ preview = null, ...rest }) => {
    const args = rest as unknown as TArgs
    if (preview) return query(args, preview)
    const cached = unstable_cache(published, [name], { tags: tagsFor(args), revalidate: false })
    try {
      return await cached(args)
    } catch (error) {
      if (error instanceof Error && NO_CACHE.test(error.message)) return published(args)
      throw error
    }
  }
}
