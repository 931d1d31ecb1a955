/**
 * The lowest versions of the packages that face the internet which fix their published security
 * advisories. The registry's audit endpoint is not reachable from the build machines, so the
 * table lives here and `tests/unit/dependencyFloors.test.ts` fails CI when an installed version is
 * below its floor. Add a row (and raise a floor) whenever an advisory is published; sources in
 * docs/security.md.
 */
export type DependencyFloor = { packages: readonly string[]; floor: string; advisories: readonly string[]; what: string }

export const DEPENDENCY_FLOORS: readonly DependencyFloor[] = [
  {
    packages: ['next'],
    floor: '16.1.5',
    advisories: ['GHSA-9qr9-h5gf-34mp', 'GHSA-mwv6-3258-q52c', 'GHSA-w37m-7fhw-fmv9', 'GHSA-h25m-26qc-wcjf', 'GHSA-9g9p-9gw9-jx7f', 'GHSA-5f7q-jpqc-wp7h'],
    what: 'remote code execution through the React Server Components protocol (CVE-2025-66478), denial of service through Server Components and the image optimizer, Server Action source exposure',
  },
  {
    packages: ['react', 'react-dom'],
    floor: '19.2.4',
    advisories: ['GHSA-fv66-9v8q-g76r'],
    what: 'remote code execution in React Server Components (CVE-2025-55182) and the denial-of-service fixes that followed (CVE-2025-55184, CVE-2025-67779)',
  },
  {
    packages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/next', '@payloadcms/ui', '@payloadcms/richtext-lexical', '@payloadcms/drizzle', '@payloadcms/translations'],
    floor: '3.74.0',
    advisories: ['GHSA-xx6w-jxg9-2wh8', 'GHSA-jq29-r496-r955'],
    what: 'data exposure through JSON and rich-text fields (critical) and an authentication flaw with several auth collections on SQLite or Postgres',
  },
  {
    packages: ['drizzle-orm'],
    floor: '0.45.2',
    advisories: ['GHSA-gpj5-g38j-94v9'],
    what: 'SQL injection through improperly escaped identifiers',
  },
]

/** -1, 0 or 1 comparing dotted release versions (pre-release tags sort below their release). */
export const compareVersions = (a: string, b: string): number => {
  const parse = (version: string) => {
    const [release = '', prerelease] = version.split('-', 2)
    return { parts: release.split('.').map((part) => Number(part) || 0), prerelease }
  }
  const left = parse(a)
  const right = parse(b)
  for (let index = 0; index < Math.max(left.parts.length, right.parts.length); index++) {
    const difference = (left.parts[index] ?? 0) - (right.parts[index] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  if (left.prerelease && !right.prerelease) return -1
  if (!left.prerelease && right.prerelease) return 1
  return 0
}
