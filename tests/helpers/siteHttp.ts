import { paragraphsToRichText } from '@/lib/richText/paragraphs'

/**
 * Talks to a running site the way the admin does: REST as a signed-in staff member, and the
 * workflow endpoint for publishing, so the server's own hooks revalidate its cache.
 */
export const loginToken = async (url: string, email: string, password = 'warta-demo'): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

const send = async (url: string, token: string, method: string, path: string, body: unknown) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${JSON.stringify(json)}`)
  return json
}

export const createDraftReleaseOverHttp = async (
  url: string,
  token: string,
  { slug, locale, title, body, topics }: { slug: string; locale: string; title: string; body: string; topics?: number[] },
): Promise<number> => {
  const json = await send(url, token, 'POST', `/api/press-releases?draft=true&locale=${locale}`, {
    slug,
    sourceLocale: locale,
    eventDate: '2025-02-01T00:00:00.000Z',
    ...(topics ? { topics } : {}),
    title,
    body: paragraphsToRichText([body]),
    _status: 'draft',
  })
  return (json.doc as { id: number }).id
}

export const saveDraftOverHttp = (url: string, token: string, id: number, locale: string, title: string, body: string) =>
  send(url, token, 'PATCH', `/api/press-releases/${id}?draft=true&locale=${locale}`, {
    title,
    body: paragraphsToRichText([body]),
  })

export const forcePublishOverHttp = (url: string, token: string, id: number, locale: string, extra: { changeNote?: string } = {}) =>
  send(url, token, 'POST', `/api/press-releases/${id}/workflow`, { action: 'force-publish', locale, note: 'browser test', ...extra })

export const unpublishOverHttp = (url: string, token: string, id: number, locale: string, note: string) =>
  send(url, token, 'POST', `/api/press-releases/${id}/workflow`, { action: 'unpublish', locale, note })
