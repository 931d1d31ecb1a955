import { workerCount } from '@/lib/server/workers'

describe('WARTA_WORKERS', () => {
  test('unset or empty is one process; a whole number is that many; auto is one per core', () => {
    expect(workerCount(undefined, 8)).toBe(1)
    expect(workerCount('  ', 8)).toBe(1)
    expect(workerCount('3', 8)).toBe(3)
    expect(workerCount(' 2 ', 8)).toBe(2)
    expect(workerCount('auto', 8)).toBe(8)
  })

  test.each(['0', '-1', '1.5', 'two', '65', 'Infinity'])('%s is refused, naming the variable and what it takes', (value) => {
    expect(() => workerCount(value, 8)).toThrow(`WARTA_WORKERS must be a whole number from 1 to 64, or "auto" (one per core); it is "${value}".`)
  })
})
