import fs from 'node:fs'
import path from 'node:path'

import { compareVersions, DEPENDENCY_FLOORS } from '@/lib/security/dependencyFloors'

/**
 * CI's dependency gate: every installed package that faces the internet is at or above the
 * version that fixes its published advisories (lib/security/dependencyFloors.ts).
 */
// Read from disk: packages with an `exports` map do not let package.json be imported.
const installed = (name: string): string =>
  (JSON.parse(fs.readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

const rows = DEPENDENCY_FLOORS.flatMap(({ packages, floor, advisories }) => packages.map((name) => [name, floor, advisories.join(', ')] as const))

test.each(rows)('%s is at or above %s (%s)', (name, floor) => {
  const version = installed(name)
  expect({ name, version, atOrAboveFloor: compareVersions(version, floor) >= 0 }).toEqual({ name, version, atOrAboveFloor: true })
})

test.each([
  ['16.4.6', '16.1.5', 1],
  ['16.1.5', '16.1.5', 0],
  ['16.1.4', '16.1.5', -1],
  ['16.1.5-canary.3', '16.1.5', -1],
  ['0.45.10', '0.45.2', 1],
  ['3.9.0', '3.74.0', -1],
] as const)('compareVersions(%s, %s) is %s', (a, b, expected) => {
  expect(compareVersions(a, b)).toBe(expected)
})
