import type { Payload } from 'payload'

import { defaultLocale } from '@/lib/i18n/locales'

import { indexedEntries } from './memoryIndex'

/**
 * Loads the in-memory search index as the server's Payload starts, so no reader's first search
 * waits for it (seconds on a large archive). Called only in server processes (payload.config.ts):
 * scripts and tests never search and should not pay for it.
 */
export const warmSearchIndex = (payload: Payload): void => {
  void indexedEntries(payload, defaultLocale).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: 'Loading the search index failed; the first search will try again.' })
  })
}
