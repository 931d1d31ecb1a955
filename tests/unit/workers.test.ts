import { replacementDelay, workerCount } from '@/lib/server/workers'

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

describe('replacing a worker that died', () => {
  test('waits longer each time replacements keep dying within a minute of serving (or before serving), up to 30 s', () => {
    const waits: number[] = []
    let wait = 0
    for (let death = 0; death < 8; death++) waits.push((wait = replacementDelay(wait, death % 2 === 0 ? 5_000 : undefined)))
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000])
  })

  test('a worker that served a minute or more is replaced at once, whatever came before', () => {
    expect(replacementDelay(30_000, 60_000)).toBe(0)
    expect(replacementDelay(0, 3_600_000)).toBe(0)
  })
})
