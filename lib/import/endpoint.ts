import type { Endpoint, PayloadRequest } from 'payload'

import { canImport } from '@/access/roles'

import type { ImportText } from './2-merge/model'

import { DEFAULT_MAX_BYTES } from './1-parse/input'
import { runImport } from './run'
import { errorResponse } from '@/lib/api/errorBody'

/** More than a day's worth of texts; a bigger batch belongs on the command line. */
const MAX_TEXTS = 50

type Body = { texts: ImportText[]; dryRun: boolean }

const readBody = async (req: PayloadRequest): Promise<Body | string> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    return 'The request body is not JSON.'
  }
  if (typeof body !== 'object' || body === null) return 'Send { "texts": [{ "name": "…", "content": "…" }], "dryRun": true }.'
  const { texts, dryRun } = body as { texts?: unknown; dryRun?: unknown }
  if (typeof dryRun !== 'boolean') return '"dryRun" must be true (preview) or false (import).'
  if (!Array.isArray(texts) || texts.length === 0) return '"texts" must be a non-empty list of { name, content }.'
  if (texts.length > MAX_TEXTS) return `At most ${MAX_TEXTS} texts per import; use \`npm run import\` for more.`
  const valid: ImportText[] = []
  for (const [index, text] of texts.entries()) {
    const { name, content } = (text ?? {}) as { name?: unknown; content?: unknown }
    if (typeof name !== 'string' || typeof content !== 'string') return `Text ${index + 1} needs a "name" and a "content" string.`
    if (content.length > DEFAULT_MAX_BYTES) return `${name} is larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MB.`
    valid.push({ name: name.trim() || `text ${index + 1}`, content })
  }
  return { texts: valid, dryRun }
}

/**
 * `POST /api/import` with `{ texts: [{ name, content }], dryRun }`: the Import view's backend. A
 * preview (`dryRun: true`) reads the database and writes nothing; a confirmed import writes drafts
 * as the signed-in editor, through their access rules. Only editors and admins create documents,
 * so only they may import.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Sign in as an editor to import texts.')
    if (!canImport(req.user)) {
      return errorResponse(403, 'Only editors and admins import texts: importing creates documents.')
    }
    const body = await readBody(req)
    if (typeof body === 'string') return errorResponse(400, body)
    const report = await runImport(req.payload, { texts: body.texts, dryRun: body.dryRun, importer: { user: req.user } })
    return Response.json(report)
  },
}
