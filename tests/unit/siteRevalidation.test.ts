import { planDocumentRevalidation } from '@/lib/revalidation/tags'

test('a workflow action revalidates the document in every language, the lists, feeds, sitemap and search', () => {
  const plan = planDocumentRevalidation({ collection: 'briefings', slug: 'b' })
  expect(plan.paths).toEqual(expect.arrayContaining(['/id/briefings/b', '/zh/briefings/b', '/en/briefings/b', '/zh', '/en/briefings', '/id/briefings/feed.xml', '/sitemap.xml']))
  expect(plan.tags).toEqual(expect.arrayContaining(['doc:briefings:b', 'list:briefings', 'sitemap', 'feeds']))
})

test('a renamed document also revalidates its old address', () => {
  const plan = planDocumentRevalidation({ collection: 'press-releases', slug: 'new', previousSlug: 'old' })
  expect(plan.paths).toEqual(expect.arrayContaining(['/en/press-releases/old', '/en/press-releases/new']))
  expect(plan.tags).toContain('doc:press-releases:old')
})
