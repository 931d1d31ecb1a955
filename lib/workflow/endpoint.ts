import type { Endpoint, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { isLocale, locales } from '@/lib/i18n/locales'
import { codeOf, requestLanguage, say } from '@/lib/i18n/said'

import { confirmTranslationPart } from './confirmPart'
import { runWorkflowAction, WorkflowError } from './engine'
import { actorFromUser } from './records'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import { workflowActions, type WorkflowAction } from './states'
import { errorResponse, signedInDocument } from '@/lib/api/errorBody'
import { workflowPanelData } from '@/lib/admin/workflowPanelData'

type Body = {
  action?: unknown
  locale?: unknown
  note?: unknown
  changeNote?: unknown
  minorChange?: unknown
  at?: unknown
}

const optionalString = (value: unknown, name: string): string | null => {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new WorkflowError(400, `"${name}" must be a string.`)
  return value
}

const readBody = async (req: PayloadRequest): Promise<Body> => {
  try {
    const body = typeof req.json === 'function' ? await req.json() : req.data
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Body
  } catch {
    throw new WorkflowError(400, 'Send a JSON object: { "action": "…", "locale"?: "id|zh|en", "note"?: "…", "at"?: "…" }.')
  }
}

/** The refusal in the asker's language, with its `code` (and the missing fields) for clients. */
const workflowErrorResponse = (req: PayloadRequest, error: WorkflowError) =>
  errorResponse(error.status, error.said ? say(requestLanguage(req), error.said) : error.message, {
    ...(error.said ? { code: codeOf(error.said) } : {}),
    ...(error.missingFields ? { missingFields: error.missingFields } : {}),
  })

/**
 * `POST /api/{press-releases|briefings}/{id}/workflow` with
 * `{ action, locale?, note?, changeNote?, minorChange?, at? }`: 200 with every locale's new state;
 * 401 signed out, 403 not allowed, 409 not from this state, 422 missing fields or input.
 * A thin adapter: all rules live in `runWorkflowAction`.
 */
export const workflowEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const signedIn = signedInDocument(req, 'Sign in to use the workflow.')
    if (signedIn.refusal) return signedIn.refusal
    const { id, user } = signedIn
    try {
      const body = await readBody(req)
      if (typeof body.action !== 'string' || !(workflowActions as readonly string[]).includes(body.action)) {
        throw new WorkflowError(400, `"action" must be one of ${workflowActions.join(', ')}.`)
      }
      if (body.locale !== undefined && body.locale !== null && !isLocale(body.locale)) {
        throw new WorkflowError(400, `"locale" must be one of ${locales.join(', ')}, or omitted for all.`)
      }
      const result = await runWorkflowAction(req.payload, {
        collection,
        id,
        action: body.action as WorkflowAction,
        locale: isLocale(body.locale) ? body.locale : undefined,
        note: optionalString(body.note, 'note'),
        changeNote: optionalString(body.changeNote, 'changeNote'),
        minorChange: body.minorChange === true,
        at: optionalString(body.at, 'at'),
        actor: actorFromUser(user),
        req,
      })
      return Response.json(result)
    } catch (error) {
      if (error instanceof WorkflowError) return workflowErrorResponse(req, error)
      if (error instanceof ValidationError) {
        return errorResponse(422, error.message, { fields: error.data.errors })
      }
      throw error
    }
  },
})

/**
 * `GET /api/{press-releases|briefings|statements}/{id}/workflow`: what the edit view's workflow
 * panel shows this person (every language's state, stale parts, progress, the actions they may
 * take, unresolved official names). The panel and the status line read it again after each Save
 * Draft, which changes all of these; 401 signed out, 404 a document this person may not read.
 */
export const workflowStatusEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const signedIn = signedInDocument(req, 'Sign in to see the workflow.')
    if (signedIn.refusal) return signedIn.refusal
    const { id } = signedIn
    return Response.json(await workflowPanelData(req as typeof req & { user: NonNullable<typeof req.user> }, collection, id))
  },
})

/**
 * `POST /api/{collection}/{id}/confirm` with `{ locale, path }`: one stale part of a translation
 * still holds after the source changed ("Still correct" in the panel). 200 with what is still
 * stale; 401 signed out, 403 not this person's language, 409 the part is not stale.
 */
export const confirmPartEndpoint = (collection: NewsroomCollection): Endpoint => ({
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    const signedIn = signedInDocument(req, 'Sign in to confirm a translation.')
    if (signedIn.refusal) return signedIn.refusal
    const { id, user } = signedIn
    try {
      const body = (await readBody(req)) as Body & { path?: unknown }
      if (!isLocale(body.locale)) throw new WorkflowError(400, `"locale" must be one of ${locales.join(', ')}.`)
      if (typeof body.path !== 'string' || body.path === '') throw new WorkflowError(400, '"path" must name the stale part, e.g. "items.q2.answer".')
      return Response.json(await confirmTranslationPart(req.payload, { collection, id, locale: body.locale, path: body.path, actor: actorFromUser(user) }))
    } catch (error) {
      if (error instanceof WorkflowError) return workflowErrorResponse(req, error)
      throw error
    }
  },
})
