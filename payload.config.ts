import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Media } from '@/collections/Media'
import { newsroomCollectionConfigs } from '@/collections/newsroom'
import { Outlets } from '@/collections/Outlets'
import { People } from '@/collections/People'
import { PublicChanges } from '@/collections/PublicChanges'
import { RateLimits } from '@/collections/RateLimits'
import { SearchEntries } from '@/collections/SearchEntries'
import { Topics } from '@/collections/Topics'
import { GlossaryTerms } from '@/collections/GlossaryTerms'
import { Users } from '@/collections/Users'
import { WorkflowEvents } from '@/collections/WorkflowEvents'
import { WorkflowStates } from '@/collections/WorkflowStates'
import { isAdminForJobs } from '@/access/isAdminForJobs'
import { exposeRefusalMessages } from '@/lib/api/errors'
import { apiSafety } from '@/lib/api/plugin'
import { databaseAdapter } from '@/lib/db/adapter'
import { applyMigrations } from '@/lib/db/applyMigrations'
import { resolveDatabase } from '@/lib/db/resolveDatabase'
import { importEndpoint } from '@/lib/import/endpoint'
import { loggerConfig, loggingLevels } from '@/lib/ops/logger'
import { recordSchedulerTick } from '@/lib/ops/schedulerHeartbeat'
import { logEmailAdapter } from '@/lib/email/logEmailAdapter'
import { allowedOrigins, dataDir, resolvePayloadSecret, serverURL } from '@/lib/env'
import { adminDateFormat } from '@/lib/i18n/adminFormat'
import { adminI18n } from '@/lib/i18n/adminLanguages'
import { payloadLocalization } from '@/lib/i18n/payloadLocalization'
import { loadSharpOnFirstUse } from '@/lib/media/loadSharp'
import { startFrontingCachePurges } from '@/lib/publicState/frontingCache'
import { startPublicStateSync } from '@/lib/publicState/sync'
import { graphqlValidationRules } from '@/lib/security/graphqlLimits'
import { countFailedSignIn } from '@/lib/security/throttles'
import { warmSearchIndex } from '@/lib/search/warmSearchIndex'
import { publishScheduledLocaleTask } from '@/lib/workflow/scheduler'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverURL(),
  csrf: allowedOrigins(),
  secret: resolvePayloadSecret(),
  admin: {
    user: Users.slug,
    // 'default' keeps the admin from fetching Gravatar images for every account.
    avatar: 'default',
    dateFormat: adminDateFormat,
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['@/components/admin/Workflow/Dashboard#WorkflowDashboard'],
      providers: ['@/components/admin/Dates/DatePickerLocale#DatePickerLocale', '@/components/admin/Forms/FlushPendingEdits#FlushPendingEdits'],
      afterNavLinks: ['@/components/admin/Workflow/NavLinks#WorkflowNavLinks', '@/components/admin/ImportNavLink#ImportNavLink'],
      views: {
        todo: { Component: '@/components/admin/Workflow/TodoView#TodoView', path: '/todo', exact: true },
        importText: { Component: '@/components/admin/ImportView#ImportView', path: '/import', exact: true, meta: { title: 'Import text' } },
      },
    },
    meta: { titleSuffix: ' · Warta' },
  },
  collections: [...newsroomCollectionConfigs, People, Outlets, Topics, GlossaryTerms, Media, Users, WorkflowStates, WorkflowEvents, SearchEntries, PublicChanges, RateLimits],
  endpoints: [importEndpoint],
  graphQL: { validationRules: graphqlValidationRules, disableIntrospectionInProduction: true, disablePlaygroundInProduction: true },
  hooks: { afterError: [exposeRefusalMessages, countFailedSignIn] },
  plugins: [apiSafety],
  db: databaseAdapter(resolveDatabase(process.env.DATABASE_URI, dataDir())),
  editor: lexicalEditor(),
  email: logEmailAdapter,
  localization: payloadLocalization,
  // Per-locale publishing: zh can go live while en is still being translated.
  experimental: { localizeStatus: true },
  i18n: adminI18n,
  jobs: {
    // Payload lets any signed-in user run the queue early; the server's own runner needs no access.
    access: { run: isAdminForJobs, queue: isAdminForJobs, cancel: isAdminForJobs },
    tasks: [publishScheduledLocaleTask],
    // Scheduled publishing needs a runner in the server process: without one Payload queues jobs
    // that never run. Every 10 seconds the `workflow` queue is worked off (docs/workflow.md).
    autoRun: [{ cron: '*/10 * * * * *', queue: 'workflow', limit: 20 }],
    // Called by Payload on every tick of the runner: the heartbeat /api/health reads.
    shouldAutoRun: () => {
      recordSchedulerTick()
      return process.env.WARTA_SCHEDULER !== 'off'
    },
  },
  sharp: loadSharpOnFirstUse,
  telemetry: false,
  // Types are generated on purpose (`npm run generate:types`), not by every Payload that starts
  // outside production: tests and scripts each spawned a generator that rewrote this file.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // LOG_LEVEL=warn keeps test and script output readable; production keeps Payload's info logs.
  logger: loggerConfig(),
  loggingLevels,
  onInit: async (payload) => {
    await applyMigrations(payload)
    // Only a server process answers readers: scripts and tests keep no reader caches.
    if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
      startFrontingCachePurges(payload)
      startPublicStateSync(payload)
      warmSearchIndex(payload)
    }
  },
})
