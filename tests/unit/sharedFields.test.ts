import type { FlattenedField } from 'payload'

import { firstSharedChange } from '@/lib/workflow/sharedFields'

/** The shapes Payload's flattened fields have for what a briefing holds. */
const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'date', type: 'date' },
  { name: 'originalPublishedAt_tz', type: 'select', defaultValue: 'Asia/Jakarta', options: [] },
  {
    name: 'items',
    type: 'array',
    flattenedFields: [
      { name: 'question', type: 'textarea', localized: true },
      { name: 'outlet', type: 'relationship', relationTo: 'outlets' },
      { name: 'followUp', type: 'checkbox', defaultValue: false },
    ],
  },
] as unknown as FlattenedField[]

describe('what a translator’s save changes in the fields every language shares', () => {
  test('the admin’s way of sending unchanged values is no change', () => {
    const stored = { title: 'Judul', date: '2024-09-03T00:00:00.000Z', items: [{ id: 'a', question: 'Tanya', outlet: 3 }] }
    // An array without rows arrives as 0; a time zone and a checkbox never written arrive as their defaults; ids as strings.
    expect(firstSharedChange(fields, { items: 0 }, { items: [] })).toBeNull()
    expect(firstSharedChange(fields, { originalPublishedAt_tz: 'Asia/Jakarta' }, stored)).toBeNull()
    expect(
      firstSharedChange(fields, { title: '标题', date: '2024-09-03T00:00:00.000Z', items: [{ id: 'a', question: '问', outlet: '3', followUp: false }] }, stored),
    ).toBeNull()
  })

  test('a real change is named by its path', () => {
    const stored = { date: '2024-09-03T00:00:00.000Z', items: [{ id: 'a', outlet: 3 }] }
    expect(firstSharedChange(fields, { date: '2024-09-04T00:00:00.000Z' }, stored)).toBe('date')
    expect(firstSharedChange(fields, { items: [{ id: 'a', outlet: 4 }] }, stored)).toBe('items.0.outlet')
    expect(firstSharedChange(fields, { items: [{ id: 'a', outlet: 3, followUp: true }] }, stored)).toBe('items.0.followUp')
    expect(firstSharedChange(fields, { items: [{ id: 'a', outlet: 3 }, { outlet: 3 }] }, stored)).toBe('items (rows added or removed)')
    expect(firstSharedChange(fields, { originalPublishedAt_tz: 'Asia/Makassar' }, {})).toBe('originalPublishedAt_tz')
  })
})
