import path from 'node:path'

import { InvalidDatabaseUriError, resolveDatabase } from '@/lib/db/resolveDatabase'

const dataDir = '/srv/warta/data'

test('an unset DATABASE_URI means the embedded SQLite file in the data folder', () => {
  expect(resolveDatabase(undefined, dataDir)).toEqual({
    kind: 'sqlite',
    file: path.join(dataDir, 'warta.db'),
    url: `file:${path.join(dataDir, 'warta.db')}`,
  })
  expect(resolveDatabase('  ', dataDir).kind).toBe('sqlite')
})

test('a file: URI selects SQLite at that path', () => {
  expect(resolveDatabase('file:/tmp/other.db', dataDir)).toMatchObject({ kind: 'sqlite', file: '/tmp/other.db' })
  expect(resolveDatabase('file:./relative.db', dataDir)).toMatchObject({
    kind: 'sqlite',
    file: path.resolve('relative.db'),
  })
})

test.each(['mongodb://db.internal:27017/warta', 'mongodb+srv://user:pw@cluster.example.net/warta'])(
  '%s selects MongoDB',
  (uri) => {
    expect(resolveDatabase(uri, dataDir)).toEqual({ kind: 'mongodb', url: uri })
  },
)

test.each(['foo://x', 'postgres://localhost/warta', 'warta.db', 'file:', 'mongodb://'])(
  '%s is refused with a message naming DATABASE_URI and the accepted forms',
  (uri) => {
    expect(() => resolveDatabase(uri, dataDir)).toThrow(InvalidDatabaseUriError)
    expect(() => resolveDatabase(uri, dataDir)).toThrow(/DATABASE_URI.*file:<path>.*mongodb:\/\/.*mongodb\+srv:\/\//s)
  },
)

test('the refusal does not echo credentials from the rejected value', () => {
  expect(() => resolveDatabase('postgres://admin:hunter2@db/warta', dataDir)).toThrow(/got postgres:…/)
  try {
    resolveDatabase('postgres://admin:hunter2@db/warta', dataDir)
  } catch (error) {
    expect((error as Error).message).not.toContain('hunter2')
  }
})
