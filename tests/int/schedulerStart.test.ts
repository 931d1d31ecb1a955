import type { Payload } from 'payload'

import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * The server's scheduler (Payload's job runner) starts whatever request reaches Payload first
 * (lib/ops/schedulerStart.ts, used by /api/health, which server.ts requests as it starts). On a
 * real Payload, with instances of their own (`key`) on this test's database.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('scheduler-start')
}, 120_000)
afterAll(async () => t?.stop())

const runners = (payload: Payload) => (payload as Payload & { crons: unknown[] }).crons.length

test('Payload alone leaves the runner unstarted when a reader’s request began its initialisation first', async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const key = 'scheduler-start-payload-alone'
  const readerFirst = getPayload({ config, key })
  const askedWithCron = await getPayload({ config, key, cron: true })
  await readerFirst
  // If Payload starts it itself one day, this says payloadWithScheduler's second step is no longer needed.
  expect(runners(askedWithCron)).toBe(0)
  await askedWithCron.destroy()
})

test('the health route’s Payload has the runner in that race, exactly one, and asking again starts no second', async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { payloadWithScheduler } = await import('@/lib/ops/schedulerStart')
  const key = 'scheduler-start-race'
  const readerFirst = getPayload({ config, key })
  const [reader, health] = await Promise.all([readerFirst, payloadWithScheduler(({ cron }) => getPayload({ config, key, cron }))])
  expect(health).toBe(reader)
  expect(runners(health)).toBe(1)
  await payloadWithScheduler(({ cron }) => getPayload({ config, key, cron }))
  await getPayload({ config, key, cron: true })
  expect(runners(health)).toBe(1)
  await health.destroy()
})
