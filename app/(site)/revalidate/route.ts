import { isLocale } from '@/lib/i18n/locales'
import { revalidateDocument } from '@/lib/revalidation/revalidateDocument'
import { isValidRevalidationToken } from '@/lib/revalidation/revalidationToken'

/**
 * POST /revalidate: how a background job (the scheduler) gets pages revalidated, since Next.js
 * only revalidates inside a request. Requires the token derived from PAYLOAD_SECRET.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isValidRevalidationToken(request.headers.get('x-warta-revalidate'))) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as {
    collection?: unknown
    slug?: unknown
    previousSlug?: unknown
    locales?: unknown
  } | null
  if (
    !body ||
    (body.collection !== 'press-releases' && body.collection !== 'briefings') ||
    typeof body.slug !== 'string' ||
    !Array.isArray(body.locales) ||
    !body.locales.every(isLocale)
  ) {
    return Response.json({ error: 'Expected { collection, slug, locales }.' }, { status: 400 })
  }
  revalidateDocument({
    collection: body.collection,
    slug: body.slug,
    previousSlug: typeof body.previousSlug === 'string' ? body.previousSlug : null,
    locales: body.locales,
  })
  return Response.json({ revalidated: true })
}
