/**
 * Which version of the published site this process's caches hold: a number that moves forward
 * whenever the database says that something readers can see has changed (lib/publicState/sync.ts).
 * Every reader-facing cache — the page cache in server.ts, the data cache of lib/data/cached.ts,
 * the search copy — keeps an entry only if the generation did not move while the entry was being
 * read, and empties itself when it moves. So a cache can never hold text older than the newest
 * change this process has seen, and it sees every change within one poll of the database.
 *
 * `synced` is false until this process has read the database's change log once (and again while
 * it cannot read it): caches then keep nothing, since nothing proves what they would keep is
 * current. Scripts and tests never start the sync, so their reads are never cached at all.
 *
 * The state lives on `globalThis`: server.ts and Next.js's bundled server code are the same
 * process but load separate copies of this module.
 */
/**
 * What changed, as far as the change log tells: the documents whose public text changed, or
 * `everything` (a reference edit, a gap in what was read, a process that just started).
 */
export type PublicChangeSet = { everything: true } | { everything: false; documents: { collection: string; slug: string | null; action: string }[] }
type Listener = (changes: PublicChangeSet) => void
type PublicState = { generation: number; synced: boolean; listeners: Set<Listener> }

const STATE = Symbol.for('warta.publicState')
type GlobalWithState = typeof globalThis & { [STATE]?: PublicState }

const state = (): PublicState => {
  const holder = globalThis as GlobalWithState
  holder[STATE] ??= { generation: 0, synced: false, listeners: new Set() }
  return holder[STATE]
}

/** The current generation; compare before and after a read to know whether it may be kept. */
export const publicGeneration = (): number => state().generation

/** May a cache keep what it read during `generation`? */
export const mayKeep = (generation: number): boolean => state().synced && state().generation === generation

/**
 * Moves to a new generation and empties every registered cache. `synced` says whether this
 * process now follows the change log (false: keep nothing until it does again).
 */
export const advancePublicGeneration = ({ synced, changes = { everything: true } }: { synced: boolean; changes?: PublicChangeSet }): void => {
  const current = state()
  current.generation += 1
  current.synced = synced
  for (const listener of current.listeners) listener(changes)
}

/**
 * Registers a cache's "empty yourself" (in-process caches ignore the argument and empty
 * themselves whole; the fronting-cache purge uses it to ban by tag); returns the unregister function.
 */
export const onPublicGenerationChange = (listener: Listener): (() => void) => {
  state().listeners.add(listener)
  return () => state().listeners.delete(listener)
}
