import { seedDemo } from '@/lib/seed/seedDemo'
import { countWrites, importFixture } from '@/tests/helpers/importing'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * The demo newsroom was seeded from the founding document, so importing that document into it
 * must find both documents and change nothing: not the editors' release title, not a version, not
 * the audit trail.
 */
let t: TestPayload
let runImport: typeof import('@/lib/import/run').runImport

beforeAll(async () => {
  t = await startTestPayload('import-founding-seeded')
  ;({ runImport } = await import('@/lib/import/run'))
  await seedDemo(t.payload, { withUsers: false, password: 'unused-password' })
})
afterAll(async () => t?.stop())

test('finds the seeded release and briefing and changes nothing', async () => {
  const before = await countWrites(t.payload)
  const report = await runImport(t.payload, {
    texts: [importFixture('founding-document.id.txt')],
    dryRun: false,
    importer: { system: true },
  })
  expect(report.documents.map(({ outcome }) => [outcome.collection, outcome.action])).toEqual([
    ['press-releases', 'unchanged'],
    ['briefings', 'unchanged'],
  ])
  expect(await countWrites(t.payload)).toEqual(before)
})
