import { tagsForChanges, tagsForPage } from '@/lib/site/cacheTags'

test('a document page is tagged with itself and every document it links to', () => {
  const html = '<a href="/id/press-releases/related-one">x</a><a href="/zh/briefings/2024-09-03-talk#q2">y</a><a href="/id/topics/asean">z</a>'
  expect(tagsForPage('/en/press-releases/main', html).sort()).toEqual(
    ['doc:briefings:2024-09-03-talk', 'doc:press-releases:main', 'doc:press-releases:related-one', 'site'].sort(),
  )
})

test.each(['/id', '/id/press-releases', '/zh/topics/asean', '/en/briefings/archive/2024-09', '/id/press-releases/feed.xml', '/en/spokespeople/mao-ning'])(
  '%s is a list page',
  (path) => {
    expect(tagsForPage(path, '')).toEqual(['site', 'list'])
  },
)

test('a publish bans the document and every list; a topic edit or an unexplained change bans everything', () => {
  expect(tagsForChanges({ everything: false, documents: [{ collection: 'press-releases', slug: 'a', action: 'publish' }] })).toEqual(['doc:press-releases:a', 'list'])
  expect(tagsForChanges({ everything: false, documents: [{ collection: 'topics', slug: 'asean', action: 'update' }] })).toEqual(['site'])
  expect(tagsForChanges({ everything: true })).toEqual(['site'])
  expect(tagsForChanges({ everything: false, documents: [{ collection: 'public-changes', slug: null, action: 'prune' }] })).toEqual([])
})
