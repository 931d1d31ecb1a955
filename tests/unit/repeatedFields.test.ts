import { withoutRepeatedFields, type TextField } from '@/lib/newsroom/registry'

const fields: TextField[] = [
  { name: 'title', rich: false },
  { name: 'location', rich: false, omitWhenOpening: 'body' },
  { name: 'body', rich: false },
]
const kept = (texts: Record<string, string>) => withoutRepeatedFields(fields, (field) => texts[field.name] ?? '').map((field) => field.name)

test('a location the body opens with (its dateline) is left out, in any case and in Chinese too', () => {
  expect(kept({ title: 'T', location: 'Jakarta', body: 'JAKARTA, 2 Desember 2025 — …' })).toEqual(['title', 'body'])
  expect(kept({ title: 'T', location: '雅加达', body: '雅加达，12月5日——…' })).toEqual(['title', 'body'])
})

test('a location is kept when the body only begins with the same letters, mentions it later, or is empty', () => {
  expect(kept({ title: 'T', location: 'Bali', body: 'Balikpapan, 3 Mei 2025 — …' })).toEqual(['title', 'location', 'body'])
  expect(kept({ title: 'T', location: 'Bandung', body: 'The minister spoke in Bandung.' })).toEqual(['title', 'location', 'body'])
  expect(kept({ title: 'T', location: 'Jakarta', body: '' })).toEqual(['title', 'location', 'body'])
})
