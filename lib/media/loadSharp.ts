import type { SharpDependency } from 'payload'

import { createRequire } from 'node:module'

/**
 * sharp (libvips, native) as Payload's image resizer, loaded on the first image upload rather than
 * by every process that loads the config: a server that only serves readers never resizes, and
 * libvips mapped into it cost its memory for the life of the process. Payload only ever calls it
 * as `sharp(input, options)` (payload/dist/uploads), so a function that loads it then is enough.
 */
const requireModule = createRequire(import.meta.url)
let sharp: SharpDependency | null = null

export const loadSharpOnFirstUse: SharpDependency = (input, options) => {
  sharp ??= requireModule('sharp') as SharpDependency
  return sharp(input, options)
}
