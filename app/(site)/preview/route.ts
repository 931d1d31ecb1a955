import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from '@/lib/data/payload'
import { isSafePreviewPath } from '@/lib/seo/previewUrl'

/**
 * Staff preview: turns on Next.js draft mode, in which document pages read the newest drafts
 * with the staff member's own permissions. Three locks: the shared secret, a signed-in staff
 * session, and a relative path under a language (no open redirect).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const secret = process.env.PREVIEW_SECRET
  const path = url.searchParams.get('path')
  if (!secret || url.searchParams.get('secret') !== secret) {
    return new Response('Preview is not allowed: the secret is missing or wrong.', { status: 403 })
  }
  if (!isSafePreviewPath(path)) {
    return new Response('Preview path must be a relative site path such as /en/briefings/<slug>.', { status: 400 })
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaffUser(user)) {
    return new Response('Preview is for signed-in newsroom staff. Sign in at /admin first.', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
