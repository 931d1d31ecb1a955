/**
 * The one shape of an error answer, Payload's own: `{ "errors": [{ "message": "…", …detail }] }`.
 * Warta's endpoints (workflow, import, GraphQL limits, the server's refusals) answer in it too, so
 * the admin and API clients read `errors[0].message` everywhere.
 */
export type ErrorBody = { errors: ({ message: string } & Record<string, unknown>)[] }

export const errorBody = (message: string, detail: Record<string, unknown> = {}): ErrorBody => ({ errors: [{ message, ...detail }] })

export const errorResponse = (status: number, message: string, detail: Record<string, unknown> = {}, init: ResponseInit = {}) =>
  Response.json(errorBody(message, detail), { ...init, status })

/** The message of an error answer in that shape, if it is one. */
export const errorMessageOf = (body: unknown): string | null => {
  const first = (body as Partial<ErrorBody> | null)?.errors?.[0]
  return typeof first?.message === 'string' ? first.message : null
}

/**
 * The preamble of a per-document staff endpoint (`/api/{collection}/:id/…`): the signed-in user
 * and the route's id, or the 401/400 answer to send instead.
 */
export const signedInDocument = <U>(
  req: { user?: U | null; routeParams?: Record<string, unknown> },
  signInMessage: string,
): { user: U; id: string | number; refusal?: undefined } | { refusal: Response } => {
  if (!req.user) return { refusal: errorResponse(401, signInMessage) }
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return { refusal: errorResponse(400, 'Missing document id.') }
  return { user: req.user, id }
}
