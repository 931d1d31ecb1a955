import type { AfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, Payload, PayloadRequest } from 'payload'

import { APIError, AuthenticationError } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { CLIENT_ADDRESS_HEADER } from './http'
import { PayloadRateLimiter } from './payloadRateLimiter'

/**
 * Sign-in abuse, stopped before it becomes a lockout. Payload locks an account after a few wrong
 * passwords, and nothing limited a single client: one client locked 20 of 20 accounts in a minute.
 * Here failures are counted per client address and per account (in the database, shared by every
 * server process), and past the limit further attempts are answered 429 with `Retry-After` —
 * before the password is even checked, so an attacker can neither keep guessing nor push an
 * account to Payload's lock (which stays as a backstop at a count the throttle never lets through).
 * A successful sign-in clears the account's count; successes are never counted, so colleagues
 * behind one office address can all sign in.
 */
export const THROTTLES = {
  /** Wrong passwords from one client address, across all accounts. */
  loginFailuresPerClient: { points: 10, duration: 10 * 60 },
  /** Wrong passwords for one account, from anywhere. */
  loginFailuresPerAccount: { points: 5, duration: 15 * 60 },
  /** Password-reset e-mails requested from one client address. */
  passwordResetsPerClient: { points: 5, duration: 60 * 60 },
} as const


type Limiters = Record<keyof typeof THROTTLES, PayloadRateLimiter>
const LIMITERS = Symbol.for('warta.throttles')

const limitersFor = (payload: Payload): Limiters => {
  const holder = payload as unknown as { [LIMITERS]?: Limiters }
  holder[LIMITERS] ??= Object.fromEntries(
    Object.entries(THROTTLES).map(([name, { points, duration }]) => [name, new PayloadRateLimiter({ payload, keyPrefix: name, points, duration })]),
  ) as Limiters
  return holder[LIMITERS]
}

export const clientAddress = (req: PayloadRequest): string => req.headers?.get(CLIENT_ADDRESS_HEADER) ?? 'local'

const accountOf = (data: unknown): string | null => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const value = typeof email === 'string' ? email : typeof username === 'string' ? username : null
  return value ? value.trim().toLowerCase() : null
}

const refuse = (req: PayloadRequest, msBeforeNext: number, message: string): never => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new APIError(`${message} Try again in ${seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`}.`, 429, null, true)
}

const isSpent = (limiter: PayloadRateLimiter, state: RateLimiterRes | null): state is RateLimiterRes =>
  state !== null && state.consumedPoints >= limiter.points

type Attempt = { account: string | null; client: string }

/** Users `beforeOperation`: refuses sign-ins and reset requests past their limits. */
export const throttleSignIns: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const limiters = limitersFor(req.payload)
  const client = clientAddress(req)
  if (operation === 'login') {
    const account = accountOf((args as { data?: unknown }).data)
    const [byClient, byAccount] = await Promise.all([
      limiters.loginFailuresPerClient.get(client),
      account ? limiters.loginFailuresPerAccount.get(account) : null,
    ])
    if (isSpent(limiters.loginFailuresPerClient, byClient)) refuse(req, byClient.msBeforeNext, 'Too many failed sign-ins from this network address.')
    if (isSpent(limiters.loginFailuresPerAccount, byAccount)) refuse(req, byAccount.msBeforeNext, 'Too many failed sign-ins for this account.')
    req.context.signInAttempt = { account, client } satisfies Attempt
  }
  if (operation === 'forgotPassword') {
    await limiters.passwordResetsPerClient.consume(client).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) refuse(req, rejection.msBeforeNext, 'Too many password-reset requests from this network address.')
      throw rejection
    })
  }
  return args
}

/** Root `afterError`: a wrong password counts against the client and the account (REST and GraphQL). */
export const countFailedSignIn: AfterErrorHook = async ({ error, req }) => {
  const attempt = req.context?.signInAttempt as Attempt | undefined
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!attempt || !(original instanceof AuthenticationError)) return
  const limiters = limitersFor(req.payload)
  // consume() rejects once past the limit; the count is what matters here, not the verdict.
  const count = (limiter: PayloadRateLimiter, key: string) => limiter.consume(key).catch((rejection: unknown) => {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
  })
  await Promise.all([
    count(limiters.loginFailuresPerClient, attempt.client),
    attempt.account ? count(limiters.loginFailuresPerAccount, attempt.account) : null,
  ])
}

/**
 * Users `afterLogin`: the right password clears the account's count. Not awaited: it is a write
 * of its own, which must wait until the sign-in's transaction (which holds the write lock) has
 * committed — awaiting it here would wait for ourselves.
 */
export const clearSignInFailures: CollectionAfterLoginHook = ({ req, user }) => {
  const account = accountOf(user)
  if (account) {
    limitersFor(req.payload)
      .loginFailuresPerAccount.delete(account)
      .catch((error: unknown) => req.payload.logger.warn({ err: error, msg: `Could not clear the failed sign-ins of ${account}.` }))
  }
  return user
}
