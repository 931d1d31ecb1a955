import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import path from 'node:path'
import { APIError } from 'payload'

/**
 * What the newsroom uploads: photographs and graphics for releases, and PDF documents (a
 * statement's signed copy, an annex). The type is decided from the file's content, never from its
 * name or the browser's claim, and the stored name's extension is made to match it: a PNG with a
 * script appended, uploaded as `poly.html`, is stored as `poly.png`, served as an image with
 * `nosniff`, and so can never be served as a web page.
 */
export const UPLOAD_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
}

export const checkUploadType: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  const detected = await fileTypeFromBuffer(req.file.data)
  const extension = detected ? UPLOAD_TYPES[detected.mime] : undefined
  if (!detected || !extension) {
    throw new APIError(
      `"${req.file.name}" is ${detected ? `a ${detected.mime} file` : 'not a file type we can recognise'}; the media library takes ${Object.keys(UPLOAD_TYPES).join(', ')}.`,
      400,
      null,
      true,
    )
  }
  const stem = path.basename(req.file.name, path.extname(req.file.name)).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') || 'upload'
  req.file.name = `${stem}.${extension}`
  req.file.mimetype = detected.mime
  return args
}

/** Anything that is not an image is downloaded, never displayed inline by the browser. */
export const downloadNonImages = ({ headers }: { headers: Headers }): Headers => {
  if (!(headers.get('content-type') ?? '').startsWith('image/')) headers.set('Content-Disposition', 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
