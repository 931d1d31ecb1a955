import type { Payload, PayloadRequest, Where } from 'payload'

import type { ImportDirectory } from './directory'
import type { MergedDocument } from '../2-merge/model'
import type { StoredDoc } from './stored'

import { collectionOfImportKind, newsroomType, type NewsroomCollection } from '@/lib/newsroom/registry'

import { askerOfParsed, type Asker, misalignment } from '../2-merge/align'
import { normalizeName } from '../1-parse/names'
import { idOf } from '@/lib/db/ids'
import { rowsHaveText, storedParagraphs, storedRows, storedText, storedTitles } from './stored'

/**
 * Finds the stored document an imported one is (a version or translation of), so importing again
 * updates instead of duplicating. Rules, in order (docs/import.md):
 * 1. same kind and date, and the same title in any language, or the same slug;
 * 2. a release of that date whose first paragraph is the same in a language both have (a release
 *    without a title line gets a derived title, which an editor then rewrites);
 * 3. a briefing of that date with no text yet in the imported languages, the same spokesperson and
 *    Q&A rows that pair with the imported ones: the translation of a briefing imported before.
 *    Only a single such candidate counts, and the match is reported.
 */

export type Access = { overrideAccess: boolean; user?: PayloadRequest['user'] }

export const collectionOf = (merged: MergedDocument): NewsroomCollection => collectionOfImportKind(merged.kind)!

const dateField = (collection: NewsroomCollection) => newsroomType(collection).dateField

const sameTitle = (a: string, b: string) => normalizeName(a.replace(/[‘’]/g, "'")) === normalizeName(b.replace(/[‘’]/g, "'"))

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString()

export type Match = { doc: StoredDoc; warning: string | null }

const sameDayCandidates = async (payload: Payload, req: PayloadRequest, merged: MergedDocument, access: Access): Promise<StoredDoc[]> => {
  if (!merged.date) return []
  const collection = collectionOf(merged)
  const where: Where = {
    [dateField(collection)]: { greater_than_equal: `${merged.date}T00:00:00.000Z`, less_than: nextDay(merged.date) },
  }
  const { docs } = await payload.find({ collection, where, draft: true, locale: 'all', depth: 0, limit: 200, req, ...access })
  return docs as unknown as StoredDoc[]
}

const bySlug = async (payload: Payload, req: PayloadRequest, collection: NewsroomCollection, slug: string, access: Access) => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    locale: 'all',
    depth: 0,
    limit: 1,
    req,
    ...access,
  })
  return (docs[0] as unknown as StoredDoc | undefined) ?? null
}

const storedDate = (doc: StoredDoc, collection: NewsroomCollection): string | null => {
  const value = doc[dateField(collection)]
  return typeof value === 'string' ? value.slice(0, 10) : null
}

const isTranslationCandidate = (merged: MergedDocument, doc: StoredDoc, directory: ImportDirectory): boolean => {
  const rows = storedRows(doc)
  if (merged.locales.some((locale) => storedText(doc.title, locale) !== '' || rowsHaveText(rows, locale))) return false
  const storedSpokesperson = idOf(doc.spokesperson)
  const person = directory.people.find((candidate) => candidate.englishName === merged.spokesperson)
  const importedSpokesperson = person ? directory.personIdBySlug.get(person.slug) : undefined
  if (storedSpokesperson !== null && importedSpokesperson !== undefined && String(storedSpokesperson) !== String(importedSpokesperson))
    return false
  const storedAskers: Asker[] = rows.map((row) => {
    const slug = row.outlet === null ? undefined : directory.outletSlugById.get(String(row.outlet))
    return slug ? { kind: 'outlet', slug, label: slug } : { kind: 'unspecified' }
  })
  return (
    rows.length > 0 &&
    misalignment({ name: 'import', askers: merged.items.map(askerOfParsed) }, { name: 'stored', askers: storedAskers }) === null
  )
}

export const findExisting = async (
  payload: Payload,
  req: PayloadRequest,
  merged: MergedDocument,
  { slug, directory, access }: { slug: string | null; directory: ImportDirectory; access: Access },
): Promise<Match | null> => {
  const collection = collectionOf(merged)
  const candidates = await sameDayCandidates(payload, req, merged, access)
  const titles = Object.values(merged.title).filter((title): title is string => Boolean(title))
  const byTitle = candidates.find((doc) => storedTitles(doc).some((stored) => titles.some((title) => sameTitle(stored, title))))
  if (byTitle) return { doc: byTitle, warning: null }

  if (slug) {
    const found = await bySlug(payload, req, collection, slug, access)
    if (found && storedDate(found, collection) === merged.date) return { doc: found, warning: null }
  }

  // Releases and statements: the same first paragraph in a language both have.
  if (merged.kind !== 'briefing') {
    const byOpening = candidates.find((doc) =>
      merged.locales.some((locale) => {
        const [first] = merged.body[locale] ?? []
        return first !== undefined && storedParagraphs(doc.body, locale)[0] === first.trim()
      }),
    )
    if (byOpening) return { doc: byOpening, warning: null }
    if (merged.kind === 'press-release') return null
  }

  const translations = candidates.filter((doc) => isTranslationCandidate(merged, doc, directory))
  const [only] = translations
  if (translations.length !== 1 || !only) return null
  return {
    doc: only,
    warning: `added as a translation to the briefing of ${merged.date} at /admin/collections/briefings/${only.id} (same date, spokesperson and questions); check it is the same briefing.`,
  }
}
