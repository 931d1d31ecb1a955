import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { RateLimiterRes, type IRateLimiterStoreOptions } from 'rate-limiter-flexible'
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

type Stored = { points: number; expiresAt: number | null }

/**
 * rate-limiter-flexible with its counters in Warta's own database, through the Local API: the
 * same code on SQLite and MongoDB, shared by every server process, kept across restarts (an
 * attacker cannot reset a throttle by crashing the server). Each change is one transaction
 * (read, add, write), so concurrent attempts are counted exactly.
 */
export class PayloadRateLimiter extends RateLimiterStoreAbstract {
  private readonly payload: Payload

  constructor(options: Omit<IRateLimiterStoreOptions, 'storeClient'> & { payload: Payload }) {
    const { payload, ...rest } = options
    super({ ...rest, storeClient: payload })
    this.payload = payload
  }

  private async find(key: string, req?: Awaited<ReturnType<typeof createLocalReq>>) {
    const { docs } = await this.payload.find({ collection: 'rate-limits', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
    return docs[0] ?? null
  }

  async _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Stored> {
    const req = await createLocalReq({}, this.payload)
    const owns = await initTransaction(req)
    try {
      const now = Date.now()
      const found = await this.find(rlKey, req)
      const expired = found?.expiresAt ? Date.parse(found.expiresAt) <= now : false
      const restart = !found || expired || forceExpire
      const stored: Stored = {
        points: restart ? points : found.points + points,
        expiresAt: restart ? (msDuration > 0 ? now + msDuration : null) : found.expiresAt ? Date.parse(found.expiresAt) : null,
      }
      const data = { key: rlKey, points: stored.points, expiresAt: stored.expiresAt === null ? null : new Date(stored.expiresAt).toISOString() }
      if (found) await this.payload.update({ collection: 'rate-limits', id: found.id, data, depth: 0, overrideAccess: true, req })
      else await this.payload.create({ collection: 'rate-limits', data, depth: 0, overrideAccess: true, req })
      // Now and then, counters that ran out go (they are only read by key, so this is housekeeping).
      if (Math.random() < 0.02) {
        await this.payload.delete({ collection: 'rate-limits', where: { expiresAt: { less_than: new Date(now).toISOString() } }, overrideAccess: true, req })
      }
      if (owns) await commitTransaction(req)
      return stored
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  }

  async _get(rlKey: string): Promise<Stored | null> {
    const found = await this.find(rlKey)
    if (!found) return null
    const expiresAt = found.expiresAt ? Date.parse(found.expiresAt) : null
    return expiresAt !== null && expiresAt <= Date.now() ? null : { points: found.points, expiresAt }
  }

  async _delete(rlKey: string): Promise<boolean> {
    const { docs } = await this.payload.delete({ collection: 'rate-limits', where: { key: { equals: rlKey } }, overrideAccess: true })
    return docs.length > 0
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, result: Stored): RateLimiterRes {
    return new RateLimiterRes(
      Math.max(this.points - result.points, 0),
      result.expiresAt === null ? -1 : Math.max(result.expiresAt - Date.now(), 0),
      result.points,
      result.points === changedPoints,
    )
  }
}
