import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, handleEndpoints } from 'payload'

export type TestPayload = {
  payload: Payload
  dataDir: string
  /** Sends a request through Payload's REST/GraphQL router, the same handler `/api/*` uses in Next. */
  api: (path: string, init?: RequestInit) => Promise<Response>
  /** Posts a query to the GraphQL route handler the app mounts at /api/graphql. */
  graphql: (query: string, headers?: Record<string, string>) => Promise<Response>
  stop: () => Promise<void>
}

const mongoUriWithDatabase = (uri: string, database: string): string => {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * A real Payload on a throwaway database for one test file: a fresh SQLite file in a temp folder
 * (migrated by the committed migrations, exactly as in production), or, when MONGODB_URI is
 * given, a fresh uniquely named database on that MongoDB server. Must be called before anything
 * imports the Payload config, because the config reads the environment once.
 */
export const startTestPayload = async (name: string): Promise<TestPayload> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `warta-${name}-`))
  const mongoUri = process.env.MONGODB_URI
  process.env.WARTA_DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'warta-test-secret'
  process.env.LOG_LEVEL ??= 'warn'
  // Tests run the job queue themselves (payload.jobs.run), deterministically.
  process.env.WARTA_SCHEDULER = 'off'
  process.env.DATABASE_URI = mongoUri
    ? mongoUriWithDatabase(mongoUri, `warta_test_${name.replace(/\W/g, '_')}_${process.pid}_${Date.now()}`)
    : `file:${path.join(dataDir, 'test.db')}`
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const graphqlPost = GRAPHQL_POST(config)
  return {
    payload,
    dataDir,
    api: (apiPath, init) => handleEndpoints({ config, request: new Request(`http://localhost:3000${apiPath}`, init) }),
    graphql: (query, headers = {}) =>
      graphqlPost(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        }),
      ),
    stop: async () => {
      if (mongoUri && payload.db.name === 'mongoose') {
        // Test teardown only: drop the throwaway database this file created.
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
