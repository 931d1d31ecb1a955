/**
 * `npm run seed [-- --with-demo-users]`: loads the demo newsroom (the founding release and
 * briefing in id, zh and en, with their people, outlets and topics) and one account per role.
 * Idempotent. Refused when NODE_ENV=production unless --with-demo-users is given, because demo
 * accounts with a known password must never appear in a real deployment by accident.
 */
import { getPayload } from 'payload'

import { seedDemo } from '@/lib/seed/seedDemo'
import { exitAfterFlush } from '@/lib/cli/exit'
import { demoUsers } from '@/lib/seed/demoContent'

const withDemoUsersFlag = process.argv.includes('--with-demo-users')
if (process.env.NODE_ENV === 'production' && !withDemoUsersFlag) {
  console.error(
    'Refusing to seed: NODE_ENV=production and the seed creates demo accounts with a known password. ' +
      'Pass --with-demo-users if this really is a demo deployment.',
  )
  await exitAfterFlush(1)
}

const password = process.env.SEED_PASSWORD || 'warta-demo'
let report: Awaited<ReturnType<typeof seedDemo>>
try {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  report = await seedDemo(payload, { withUsers: true, password })
} catch (error) {
  console.error(`Seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  await exitAfterFlush(1)
}

console.log(`Seed: ${report!.created.length} created, ${report!.skipped.length} already present.`)
for (const entry of report!.created) console.log(`  + ${entry}`)
console.log('\nDemo accounts (password: ' + password + '):')
for (const user of demoUsers) console.log(`  ${user.email.padEnd(28)} ${user.roles.join(', ')}${user.locales.length ? ` (${user.locales.join(', ')})` : ''}`)
await exitAfterFlush(0)
