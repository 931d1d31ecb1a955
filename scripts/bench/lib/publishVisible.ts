import { sleep } from './processes'

/**
 * publish→visible: a reviewer publishes an approved draft through the HTTP workflow endpoint (the
 * server process owns the page cache, so the publish must happen there), and the page is polled
 * every 20 ms until it answers 200 with the new title. Measured from the endpoint's response.
 */

export type Draft = { id: number; slug: string; title: string; marker: string }
export type VisibleSample = { slug: string; endpointMs: number; visibleMs: number }

const POLL_MS = 20
const LIMIT_MS = 15_000

export const signIn = async (url: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Reviewer login failed: ${response.status} ${await response.text()}`)
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0]!)
    .find((value) => value.startsWith('payload-token='))
  if (!cookie) throw new Error('Reviewer login answered without a payload-token cookie.')
  return cookie
}

export const measurePublishToVisible = async ({
  url,
  cookie,
  draft,
}: {
  url: string
  cookie: string
  draft: Draft
}): Promise<VisibleSample> => {
  const page = `${url}/id/press-releases/${draft.slug}`
  // Before: the draft's page is a 404 (and whatever the server caches about it is now cached).
  const before = await fetch(page)
  if (before.status !== 404) throw new Error(`${page} answered ${before.status} before publishing; expected 404.`)
  await before.text()

  const sent = performance.now()
  const response = await fetch(`${url}/api/press-releases/${draft.id}/workflow`, {
    method: 'POST',
    // Payload honours the session cookie only with a trusted Origin (CSRF protection).
    headers: { 'content-type': 'application/json', cookie, origin: url },
    body: JSON.stringify({ action: 'publish' }),
  })
  const answered = performance.now()
  if (!response.ok) throw new Error(`Publishing ${draft.slug} failed: ${response.status} ${await response.text()}`)
  await response.text()

  for (;;) {
    const probe = await fetch(page)
    const body = await probe.text()
    if (probe.status === 200 && body.includes(draft.marker)) {
      return { slug: draft.slug, endpointMs: answered - sent, visibleMs: performance.now() - answered }
    }
    if (performance.now() - answered > LIMIT_MS) {
      throw new Error(`${page} still answered ${probe.status} without the new title ${LIMIT_MS / 1000} s after publishing.`)
    }
    await sleep(POLL_MS)
  }
}
