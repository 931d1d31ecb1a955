import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The HTTP status of a reader page, set by the page while it renders.
 *
 * Next.js's App Router gives a page no way to choose its status, and its `notFound()` is no way
 * out either: for a dynamic route it answers 404 with an empty `<html id="__next_error__">` shell
 * and leaves the not-found page to client-side JavaScript (vercel/next.js#62228), so feed
 * readers, crawlers, curl and readers without JavaScript got a blank page. So a reader page that
 * has nothing to show renders its honest, localized body like any page and says which status it
 * is (404, or 410 for a language taken down); the production server (server.ts) runs each request
 * inside `withResponseStatus` and writes that status instead of Next.js's 200.
 *
 * One store for the process: server.ts and Next.js's server bundle each get their own copy of
 * this module, so the store lives on `globalThis`.
 */
type Slot = { status?: number }

const KEY = Symbol.for('warta.responseStatus')
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Slot> }
const storage = (holder[KEY] ??= new AsyncLocalStorage<Slot>())

/** Runs one request's handling with a slot the page can write its status into. */
export const withResponseStatus = <T>(slot: Slot, handler: () => T): T => storage.run(slot, handler)

/**
 * Called by a page that answers something other than 200. Outside server.ts (`next dev`) there is
 * no slot: the body is the same, with Next.js's 200.
 */
export const setResponseStatus = (status: 404 | 410): void => {
  const slot = storage.getStore()
  if (slot) slot.status = status
}

export type { Slot as ResponseStatusSlot }
