/**
 * Jest in native ESM mode: Payload is ESM-only, so CommonJS transforms fail with "Must use import
 * to load ES Module". SWC strips types; `npm test` sets --experimental-vm-modules and --forceExit
 * (Payload keeps database and job handles open after a test file finishes).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, importAttributes: true },
      // `import … with { type: 'json' }` (locales/index.ts) must reach Node's ESM loader as written.
      experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

// One id per `jest` run, inherited by its workers: browser-test files share the one production
// build made during the run (tests/helpers/server.ts) instead of rebuilding under each other's
// running servers when a source changed meanwhile.
process.env.WARTA_TEST_RUN ??= `${process.pid}-${Date.now()}`

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // Integration files each boot Payload on their own database; two workers fit the 2-core CI box.
  maxWorkers: 2,
  // A hang guard, not a speed check: browser flows that take 15-20 s on an idle box took over 60 s
  // with the machine's load at 8x its cores (a second suite beside this one), and failed as hangs.
  testTimeout: 120_000,
}
