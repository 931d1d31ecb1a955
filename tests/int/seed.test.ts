import fs from 'node:fs'
import path from 'node:path'

import { richTextToParagraphs } from '@/lib/richText/paragraphs'
import { demoBriefing, demoRelease, demoUsers } from '@/lib/seed/demoContent'
import { seedDemo } from '@/lib/seed/seedDemo'
import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('seed')
  await seedDemo(t.payload, { withUsers: true, password: 'test-password' })
})
afterAll(async () => t?.stop())

const collections = ['press-releases', 'briefings', 'people', 'outlets', 'topics', 'users'] as const

const snapshot = async () => {
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection] = (await t.payload.count({ collection })).totalDocs
  }
  for (const collection of ['press-releases', 'briefings'] as const) {
    counts[`${collection} versions`] = (await t.payload.countVersions({ collection })).totalDocs
  }
  return counts
}

test('running the seed a second time creates and changes nothing', async () => {
  const before = await snapshot()
  const report = await seedDemo(t.payload, { withUsers: true, password: 'test-password' })
  expect(report.created).toEqual([])
  expect(await snapshot()).toEqual(before)
  expect(before).toMatchObject({ 'press-releases': 1, briefings: 1, users: demoUsers.length })
})

test('the seeded Indonesian text is the founding document, word for word', async () => {
  const founding = fs.readFileSync(path.resolve('tests/fixtures/founding-document.id.txt'), 'utf8').split('\n')
  const release = await t.payload.find({ collection: 'press-releases', locale: 'id', overrideAccess: false })
  expect(richTextToParagraphs(release.docs[0]?.body)).toEqual(founding.slice(0, 5))

  const briefing = (await t.payload.find({ collection: 'briefings', locale: 'id', overrideAccess: false, depth: 1 })).docs[0]
  expect(briefing?.title).toBe(founding[5])
  expect(briefing?.summary).toBe(founding[6])
  expect(briefing?.items).toHaveLength(1)
  expect(`Reporter: ${briefing?.items?.[0]?.question}`).toBe(founding[7])
  expect(richTextToParagraphs(briefing?.items?.[0]?.answer)).toEqual([founding[8]!.replace(/^Mao Ning: /, ''), founding[9]])
})

test.each(['id', 'zh', 'en'] as const)('an anonymous reader gets the release and briefing in %s', async (locale) => {
  const release = await t.payload.find({ collection: 'press-releases', locale, overrideAccess: false })
  expect(release.docs.map((doc) => doc.title)).toEqual([demoRelease.title[locale]])
  expect(richTextToParagraphs(release.docs[0]?.body)).toEqual(demoRelease.body[locale])

  const briefing = (await t.payload.find({ collection: 'briefings', locale, overrideAccess: false, depth: 1 })).docs[0]
  expect(briefing?.title).toBe(demoBriefing.title[locale])
  const item = briefing?.items?.[0]
  expect(item?.key).toBe('q1')
  expect(item?.question).toBe(demoBriefing.items[0]!.question[locale])
  expect(richTextToParagraphs(item?.answer)).toEqual(demoBriefing.items[0]!.answer[locale])
  expect(briefing?.spokesperson).toMatchObject({ name: locale === 'zh' ? '毛宁' : 'Mao Ning' })
})

test('each demo account can log in with the seed password and holds its role', async () => {
  for (const user of demoUsers) {
    const { user: loggedIn } = await t.payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password' },
    })
    expect(loggedIn?.roles).toEqual(user.roles)
    expect(loggedIn?.locales ?? []).toEqual(user.locales)
  }
})
