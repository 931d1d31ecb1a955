import type { Payload } from 'payload'

type WithCrons = Payload & { crons?: unknown[]; _initializeCrons?: () => Promise<void> }

const running = (payload: Payload) => ((payload as WithCrons).crons?.length ?? 0) > 0

/**
 * Payload with its job runner (the scheduler) started. Payload starts the runner only for a
 * `getPayload({ cron: true })` call, and not always then: a call that waits for an initialisation
 * begun without it (a reader's request came first) returns without starting it, and a first call
 * whose initialisation failed leaves Payload believing it started. A server only readers visited
 * then never ran scheduled publications, and its health check turned 503 after a minute.
 *
 * So: ask with `cron: true`; if no runner was started, ask again now that the instance exists
 * (Payload starts it unless it believes it did); if still none, start it directly. The runner is
 * created synchronously when started, so the check cannot start two.
 */
export const payloadWithScheduler = async (getPayloadFor: (options: { cron: boolean }) => Promise<Payload>): Promise<Payload> => {
  const payload = await getPayloadFor({ cron: true })
  if (running(payload)) return payload
  const again = await getPayloadFor({ cron: true })
  if (running(again)) return again
  await (again as WithCrons)._initializeCrons?.()
  return again
}
