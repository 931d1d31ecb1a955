import config from '@payload-config'
import { getPayload } from 'payload'

import { healthReport, startupFailureReport, type HealthReport } from '@/lib/ops/health'
import { payloadWithScheduler } from '@/lib/ops/schedulerStart'

/**
 * `GET /api/health`: 200 when the server can do its job, 503 with the failing check otherwise
 * (lib/ops/health.ts). A route of its own rather than a Payload endpoint, so it still answers —
 * 503 — when Payload cannot start at all.
 */
export const dynamic = 'force-dynamic'

const answer = (report: HealthReport) =>
  Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } })

export async function GET(): Promise<Response> {
  try {
    // Starts Payload's job runner (the scheduler) if nothing has yet (lib/ops/schedulerStart.ts):
    // only Payload's own admin and REST handlers ask for it, so a server that only readers visited
    // never ran scheduled publications, and after 60 s reported itself unavailable to the fronting
    // cache. server.ts requests this route as it starts, and probes repeat it.
    return answer(await healthReport(await payloadWithScheduler(({ cron }) => getPayload({ config, cron }))))
  } catch (error) {
    return answer(startupFailureReport(error))
  }
}
