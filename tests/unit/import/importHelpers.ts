import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { KnownOutlet, KnownPerson } from '@/lib/import/1-parse/types'

import { parseTexts, type SourcedDocument } from '@/lib/import/2-merge/sources'
import { demoOutlets, demoPeople } from '@/lib/seed/demoContent'

/** The demo newsroom's people and outlets, as the importer reads them from the database. */
export const people: KnownPerson[] = demoPeople.map((person) => ({
  slug: person.slug,
  names: Object.values(person.name),
  englishName: person.name.en,
}))
export const outlets: KnownOutlet[] = demoOutlets.map((outlet) => ({
  slug: outlet.slug,
  names: [...Object.values(outlet.name), ...outlet.aliases],
}))

export const fixtureText = (relative: string): string => readFileSync(path.resolve('tests/fixtures', relative), 'utf8')

/** Parses named texts the way the importer does; `texts` maps a file name to its content. */
export const sourced = (texts: Record<string, string>): SourcedDocument[] => {
  const { documents, failures } = parseTexts(
    Object.entries(texts).map(([name, content]) => ({ name, content })),
    { people, outlets },
  )
  if (failures.length > 0) throw new Error(JSON.stringify(failures))
  return documents
}

export const briefingZh = fixtureText('import/translations/briefing-2024-10-08.zh.txt')
export const briefingEn = fixtureText('import/translations/briefing-2024-10-08.en.txt')
export const briefingId = fixtureText('import/translations/briefing-2024-10-08.id.txt')
