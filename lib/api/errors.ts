import type { AfterErrorHook } from 'payload'
import { errorBody } from './errorBody'

type ClientError = { status?: number; isPublic?: boolean; message?: string; data?: unknown }

const HIDDEN = new Set(['An unknown error occurred.', 'Something went wrong.'])

/** A refusal (4xx) that was meant to be read by the person refused. */
export const isClientError = (error: unknown): error is ClientError & { status: number } => {
  const { status, isPublic } = (error ?? {}) as ClientError
  return typeof status === 'number' && status >= 400 && status < 500 && isPublic !== false
}

/**
 * Input Payload cannot even read — `where=notjson` (REST takes a JSON `where`), a body nested
 * 200,000 levels deep — is the client's mistake: 400 with what was wrong, not a 500.
 */
export const malformedInput = (error: unknown): string | null => {
  if (error instanceof SyntaxError && /JSON/.test(error.message)) return `Malformed JSON in the request (a where= value or the body): ${error.message}`
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'The request is nested too deeply to be read.'
  return null
}

/**
 * Refusals say what was refused. Payload's REST error formatter looks the error's class up by
 * name, and in the production build class names are minified away, so a translator's 403
 * ("You translate zh; this save writes en.") reached the admin and API clients as "An unknown
 * error occurred." For any 4xx whose message was hidden, the message is put back.
 */
export const exposeRefusalMessages: AfterErrorHook = ({ error, result }) => {
  if (!result) return
  const malformed = malformedInput(error)
  if (malformed) return { response: errorBody(malformed), status: 400 }
  if (!isClientError(error)) return
  const shown = (result as { errors?: { message?: string }[] }).errors?.[0]?.message
  if (shown && !HIDDEN.has(shown)) return
  const data = (error as ClientError).data
  const detail = data && typeof data === 'object' && !Array.isArray(data) ? { data: data as Record<string, unknown> } : {}
  return { response: errorBody(error.message ?? 'Refused.', detail), status: error.status }
}
