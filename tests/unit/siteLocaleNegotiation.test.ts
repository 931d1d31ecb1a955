import { negotiateLocale } from '@/lib/seo/negotiateLocale'
import { isSafePreviewPath } from '@/lib/seo/previewUrl'

test.each([
  ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
  ['en-GB,en;q=0.9', 'en'],
  ['fr-FR,en;q=0.5,zh;q=0.7', 'zh'],
  ['in', 'id'],
  ['fr', 'id'],
  ['', 'id'],
])('Accept-Language %p opens /%s', (header, expected) => {
  expect(negotiateLocale(header)).toBe(expected)
})

test.each(['https://evil.example/en', '//evil.example', '/admin', 'en/briefings/x', '/en/../admin'])(
  'preview refuses to redirect to %p',
  (path) => {
    expect(isSafePreviewPath(path)).toBe(false)
  },
)

test('preview accepts a relative document path under a language', () => {
  expect(isSafePreviewPath('/zh/briefings/2024-09-03-x')).toBe(true)
})
