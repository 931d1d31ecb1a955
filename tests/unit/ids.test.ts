import { ObjectId } from 'bson'

import { idOf, idsOf, sameId } from '@/lib/db/ids'

/**
 * Ids are numbers on SQLite and ObjectId strings on MongoDB; a list of ids kept in a JSON field (a
 * search row's topics) can come back from MongoDB as raw ObjectIds, which must read as the same
 * strings a relationship gives, or a topic filter would silently match nothing.
 */
test('numbers, strings, populated documents and raw ObjectIds all give the id', () => {
  const objectId = new ObjectId('6b10439fda2f6ca0311d40b7')
  expect(idOf(12)).toBe(12)
  expect(idOf('6b10439fda2f6ca0311d40b7')).toBe('6b10439fda2f6ca0311d40b7')
  expect(idOf({ id: 7, name: 'Trade' })).toBe(7)
  expect(idOf(objectId)).toBe('6b10439fda2f6ca0311d40b7')
  expect(idsOf([objectId, 3, { id: 'abc' }, null, {}])).toEqual(['6b10439fda2f6ca0311d40b7', 3, 'abc'])
  expect(sameId(objectId, '6b10439fda2f6ca0311d40b7')).toBe(true)
})

test('things that are not ids give none', () => {
  expect(idOf(null)).toBeNull()
  expect(idOf({ toHexString: () => 'x' })).toBeNull()
  expect(idOf({ id: { nested: true } })).toBeNull()
  expect(idsOf('1,2')).toEqual([])
})
