import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { LocaleTexts } from '@/lib/workflow/texts'

import { locales } from '@/lib/i18n/locales'

/** One official name: its form per language, and other forms a translation may use. */
export type GlossaryEntry = { names: Partial<Record<Locale, string>>; variants: string[] }

/** A source part that uses an official name, and whether the translation of that part has it. */
export type GlossaryFinding = { path: string; source: string; target: string; used: boolean }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Where a name's form first occurs in a text, or -1: as written for Chinese (no spaces between
 * words), as a whole word or phrase for spaced scripts, ignoring case ("Ministry of Foreign
 * Affairs" is found in "the ministry of foreign affairs said", "AI" is not found inside "SAID").
 */
export const formIndex = (text: string, form: string): number => {
  const wanted = form.trim()
  if (!wanted) return -1
  if (/\p{Script=Han}/u.test(wanted)) return text.indexOf(wanted)
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'))
}

export const containsForm = (text: string, form: string): boolean => formIndex(text, form) >= 0

/**
 * For each translated part whose source uses an official name: the name's official form in the
 * target language, and whether the translation uses it (or an accepted variant). Parts not
 * translated yet give nothing: an empty field needs translating, not a glossary warning.
 */
export const checkGlossary = (
  entries: readonly GlossaryEntry[],
  sourceTexts: LocaleTexts,
  sourceLocale: Locale,
  targetTexts: LocaleTexts,
  targetLocale: Locale,
): GlossaryFinding[] => {
  // One name may be both a topic and a glossary term (the term adding accepted forms such as
  // "AI"): entries with the same pair of forms count once, with every accepted form.
  const pairs = new Map<string, { source: string; target: string; forms: string[] }>()
  for (const entry of entries) {
    const source = entry.names[sourceLocale]
    const target = entry.names[targetLocale]
    if (!source || !target) continue
    const key = `${source.toLocaleLowerCase()}\u0000${target.toLocaleLowerCase()}`
    const pair = pairs.get(key) ?? { source, target, forms: [target] }
    pair.forms.push(...entry.variants)
    pairs.set(key, pair)
  }
  const findings: GlossaryFinding[] = []
  for (const [path, sourceText] of Object.entries(sourceTexts)) {
    const targetText = targetTexts[path] ?? ''
    if (!sourceText || !targetText.trim()) continue
    // In the order the names occur in the source, as the translator reads it.
    const found = [...pairs.values()]
      .map((pair) => ({ ...pair, at: formIndex(sourceText, pair.source) }))
      .filter((pair) => pair.at >= 0)
      .sort((a, b) => a.at - b.at)
    for (const { source, target, forms } of found) {
      findings.push({ path, source, target, used: forms.some((form) => containsForm(targetText, form)) })
    }
  }
  return findings
}

type NamedDoc = { name?: unknown; aliases?: { alias?: string | null }[] | null }

const namesOf = (doc: NamedDoc): Partial<Record<Locale, string>> => {
  const names: Partial<Record<Locale, string>> = {}
  const value = doc.name && typeof doc.name === 'object' ? (doc.name as Record<string, unknown>) : {}
  for (const locale of locales) if (typeof value[locale] === 'string' && value[locale]) names[locale] = value[locale] as string
  return names
}

/**
 * The glossary: people, outlets and topics (their names are official names too) and the
 * glossary's own terms, every language at once, read as the signed-in person may read them.
 */
export const loadGlossary = async (payload: Payload, user: TypedUser): Promise<GlossaryEntry[]> => {
  const read = (collection: 'people' | 'outlets' | 'topics' | 'glossary-terms') =>
    payload.find({ collection, locale: 'all', depth: 0, pagination: false, user, overrideAccess: false })
  const results = await Promise.all((['people', 'outlets', 'topics', 'glossary-terms'] as const).map(read))
  return results.flatMap(({ docs }) =>
    (docs as NamedDoc[]).map((doc) => ({
      names: namesOf(doc),
      variants: (doc.aliases ?? []).map((row) => row.alias ?? '').filter(Boolean),
    })),
  )
}
