import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * Concurrent logins of one account must each leave a working session.
 *
 * Payload's login reads the whole user, then — in a later transaction — writes the whole user
 * back with one session appended (`addSessionToUser`); logout, refresh and password resets do the
 * same with one session removed or extended. Twelve simultaneous logins all read the same list and
 * each writes it back with only its own session: eleven tokens stop working at once (measured:
 * 1 of N). Writing every field back also re-writes the roles rows, which a crash in between lost.
 *
 * This wraps the adapter's `findOne`/`updateOne` for auth collections: what a request read is
 * remembered, and when the same request writes the user back, only the fields it changed are
 * written (with the row's other columns as they are now), and its sessions are merged three ways — the sessions it added or changed are applied
 * to the list as it stands now, read inside the write's transaction, and the ones it removed are
 * removed. Serialized by the transaction (SQLite takes the write lock at BEGIN), so no update is
 * lost, in one process or several.
 */
type Session = { id: string; createdAt?: unknown; expiresAt?: unknown }
type UserRow = Record<string, unknown> & { id: number | string; sessions?: Session[] | null }

const snapshots = new WeakMap<object, Map<string, UserRow>>()

const remember = (req: Partial<PayloadRequest> | undefined, user: UserRow) => {
  if (!req) return
  const byId = snapshots.get(req) ?? new Map<string, UserRow>()
  byId.set(String(user.id), structuredClone(user))
  snapshots.set(req, byId)
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const isExpired = (session: Session, now: number) => {
  const expiresAt = session.expiresAt instanceof Date ? session.expiresAt.getTime() : Date.parse(String(session.expiresAt ?? ''))
  return !Number.isNaN(expiresAt) && expiresAt < now
}

/** The sessions to store: today's list, with this write's additions, changes and removals applied. */
export const mergeSessions = (read: Session[], written: Session[], current: Session[], now = Date.now()): Session[] => {
  const readIds = new Set(read.map((session) => session.id))
  const writtenById = new Map(written.map((session) => [session.id, session]))
  const removed = new Set([...readIds].filter((id) => !writtenById.has(id)))
  const merged = current
    .filter((session) => !removed.has(session.id))
    .map((session) => writtenById.get(session.id) ?? session)
  for (const session of written) if (!readIds.has(session.id) && !merged.some((kept) => kept.id === session.id)) merged.push(session)
  return merged.filter((session) => !isExpired(session, now))
}

export const withSessionMerging = <T extends BaseDatabaseAdapter>(adapter: T, authCollections: ReadonlySet<string>): T => {
  const findOne = adapter.findOne.bind(adapter)
  const updateOne = adapter.updateOne.bind(adapter)

  adapter.findOne = (async (args) => {
    const found = (await findOne(args)) as UserRow | null
    if (found && authCollections.has(args.collection) && Array.isArray(found.sessions)) remember(args.req, found)
    return found
  }) as T['findOne']

  adapter.updateOne = (async (args) => {
    const data = args.data as Partial<UserRow> | undefined
    const id = 'id' in args ? args.id : undefined
    const read = id !== undefined && args.req ? snapshots.get(args.req)?.get(String(id)) : undefined
    if (!authCollections.has(args.collection) || !data || !Array.isArray(data.sessions) || !read) return updateOne(args)

    const now = (await findOne({ collection: args.collection, req: args.req, where: { id: { equals: id } } })) as UserRow | null
    const changed: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(data)) {
      if (key === 'sessions' || key === 'id') continue
      if (!same(value, read[key])) changed[key] = value
    }
    changed.sessions = mergeSessions(read.sessions ?? [], data.sessions, now?.sessions ?? [])
    // The user's own row is written whole (SQLite upserts it, and an upsert missing a NOT NULL
    // column such as email fails: a password change did) with today's values, read in this
    // transaction, under the changes. Arrays (roles, locales) live in tables of their own and are
    // written only when they changed.
    const scalars = Object.fromEntries(
      Object.entries(now ?? {}).filter(([key, value]) => key !== 'id' && key !== 'sessions' && (value === null || typeof value !== 'object' || value instanceof Date)),
    )
    const result = await updateOne({ ...args, data: { ...scalars, ...changed } })
    remember(args.req, { ...(now ?? read), ...changed, id: id! } as UserRow)
    return result
  }) as T['updateOne']

  return adapter
}
