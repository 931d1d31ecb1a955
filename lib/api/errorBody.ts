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
