import fs from 'node:fs'
import path from 'node:path'

import { adminLanguages } from '@/lib/i18n/adminLanguages'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { payloadLocalization } from '@/lib/i18n/payloadLocalization'

const localesDir = path.resolve('locales')

type Strings = Map<string, unknown>

/** Every leaf of a namespace file, by its dotted key (`type.release`, `results_one`). */
const flatten = (value: unknown, prefix = '', into: Strings = new Map()): Strings => {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into)
  } else into.set(prefix, value)
  return into
}

const readNamespace = (locale: string, file: string): Strings =>
  flatten(JSON.parse(fs.readFileSync(path.join(localesDir, locale, file), 'utf8')))

/**
 * i18next's plural keys: `key_one`, `key_other`, … (cardinal) and `key_ordinal_one`, … (ordinal),
 * chosen by `Intl.PluralRules` of the language i18next is given, which is our locale code.
 */
const PLURAL_SUFFIX = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/

type Variant = { key: string; base: string; category: string | null; ordinal: boolean; value: unknown }

const variantOf = (key: string, value: unknown): Variant => {
  const match = PLURAL_SUFFIX.exec(key)
  return match
    ? { key, base: match[1]!, category: match[3]!, ordinal: Boolean(match[2]), value }
    : { key, base: key, category: null, ordinal: false, value }
}

/** One language's strings grouped by base key (`results` for `results_one` and `results_other`). */
const byBaseKey = (strings: Strings): Map<string, Variant[]> => {
  const groups = new Map<string, Variant[]>()
  for (const [key, value] of strings) {
    const variant = variantOf(key, value)
    groups.set(variant.base, [...(groups.get(variant.base) ?? []), variant])
  }
  return groups
}

const requiredCategories = (locale: string, ordinal: boolean): string[] =>
  [...new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories].sort()

const placeholdersOf = (value: unknown): string[] => [...new Set(String(value).match(/{{\s*[\w.]+\s*}}/g) ?? [])].map((p) => p.replace(/\s/g, '')).sort()

const namespaceFiles = fs.readdirSync(path.join(localesDir, defaultLocale)).filter((file) => file.endsWith('.json'))

/**
 * What is wrong with one namespace, as readable lines (empty when nothing is). Shared by the tests
 * below and by the checks that the rules themselves catch what they should.
 */
const problemsOf = (namespace: Record<string, Strings>): string[] => {
  const problems: string[] = []
  const groups = Object.fromEntries(Object.entries(namespace).map(([locale, strings]) => [locale, byBaseKey(strings)]))
  const allBases = [...new Set(Object.values(groups).flatMap((group) => [...group.keys()]))].sort()
  for (const base of allBases) {
    const isPlural = Object.values(groups).some((group) => group.get(base)?.some((variant) => variant.category !== null))
    const placeholderSets = new Map<string, string>()
    for (const [locale, group] of Object.entries(groups)) {
      const variants = group.get(base)
      if (!variants) {
        problems.push(`${locale}: "${base}" is missing`)
        continue
      }
      for (const variant of variants) {
        if (typeof variant.value !== 'string' || variant.value.trim() === '') problems.push(`${locale}: "${variant.key}" is empty or not a string`)
      }
      if (isPlural) {
        const ordinal = variants.some((variant) => variant.ordinal)
        if (variants.some((variant) => variant.category === null)) problems.push(`${locale}: "${base}" has plural forms and an unsuffixed one`)
        const categories = variants.flatMap((variant) => (variant.category ? [variant.category] : [])).sort()
        const required = requiredCategories(locale, ordinal)
        if (categories.join() !== required.join()) {
          problems.push(`${locale}: "${base}" has plural forms [${categories.join(', ')}], its plural rules need [${required.join(', ')}]`)
        }
      } else if (variants.some((variant) => placeholdersOf(variant.value).includes('{{count}}')) && requiredCategories(locale, false).length > 1) {
        // A count interpolated into one fixed string reads "1 results" in a language with plural forms.
        problems.push(`${locale}: "${base}" interpolates {{count}} without plural forms (${requiredCategories(locale, false).join(', ')})`)
      }
      // Placeholders, over all of a key's forms: a `_one` form may spell its number out, but no
      // language may ask for a value another does not pass, or drop one they all use.
      placeholderSets.set(locale, [...new Set(variants.flatMap((variant) => placeholdersOf(variant.value)))].sort().join(','))
    }
    if (new Set(placeholderSets.values()).size > 1) {
      problems.push(`"${base}" has different placeholders: ${[...placeholderSets].map(([locale, set]) => `${locale} [${set}]`).join(', ')}`)
    }
  }
  return problems
}

const readAll = (file: string): Record<string, Strings> => Object.fromEntries(locales.map((locale) => [locale, readNamespace(locale, file)]))

test('Payload, the admin and the interface strings all speak exactly the locale module’s languages', () => {
  expect(payloadLocalization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))).toEqual([
    ...locales,
  ])
  expect(payloadLocalization.defaultLocale).toBe(defaultLocale)
  expect(Object.keys(adminLanguages).sort()).toEqual([...locales].sort())
  const folders = fs.readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
  expect(folders.map((entry) => entry.name).sort()).toEqual([...locales].sort())
})

test('readers never get another language’s text as a fallback', () => {
  expect(payloadLocalization.fallback).toBe(false)
})

test('every language has the same namespace files', () => {
  for (const locale of locales) {
    expect(fs.readdirSync(path.join(localesDir, locale)).filter((file) => file.endsWith('.json')).sort()).toEqual([...namespaceFiles].sort())
  }
})

test.each(namespaceFiles)(
  '%s: every key exists, non-empty, in every language, with exactly the plural forms its plural rules need and the same placeholders',
  (file) => {
    expect(problemsOf(readAll(file))).toEqual([])
  },
)

describe('the rules catch', () => {
  const strings = (entries: Record<string, string>): Strings => new Map(Object.entries(entries))
  const complete = {
    en: { title: 'Search', 'results_one': '{{formatted}} result', 'results_other': '{{formatted}} results' },
    id: { title: 'Cari', 'results_other': '{{formatted}} hasil' },
    zh: { title: '搜索', 'results_other': '{{formatted}} 条结果' },
  }
  const namespace = (overrides: Partial<Record<keyof typeof complete, Record<string, string>>>) =>
    Object.fromEntries(Object.entries({ ...complete, ...overrides }).map(([locale, entries]) => [locale, strings(entries)]))

  test('nothing in a complete namespace', () => {
    expect(problemsOf(namespace({}))).toEqual([])
  })

  test('a key missing in one language', () => {
    expect(problemsOf(namespace({ zh: { 'results_other': '{{formatted}} 条结果' } }))).toEqual(['zh: "title" is missing'])
  })

  test('a plural form a language needs, or one it does not have', () => {
    expect(problemsOf(namespace({ en: { title: 'Search', 'results_other': '{{formatted}} results' } }))).toEqual([
      'en: "results" has plural forms [other], its plural rules need [one, other]',
    ])
    expect(problemsOf(namespace({ id: { title: 'Cari', 'results_one': '{{formatted}} hasil', 'results_other': '{{formatted}} hasil' } }))).toEqual([
      'id: "results" has plural forms [one, other], its plural rules need [other]',
    ])
  })

  test('a count in one fixed string where the language has plural forms', () => {
    expect(problemsOf(namespace({ en: { title: 'Search', results: '{{count}} results' }, id: { title: 'Cari', results: '{{count}} hasil' }, zh: { title: '搜索', results: '{{count}} 条结果' } }))).toEqual([
      'en: "results" interpolates {{count}} without plural forms (one, other)',
    ])
  })

  test('placeholders that differ between languages', () => {
    expect(problemsOf(namespace({ id: { title: 'Cari', 'results_other': '{{count}} hasil' } }))).toEqual([
      '"results" has different placeholders: en [{{formatted}}], id [{{count}}], zh [{{formatted}}]',
    ])
  })
})

test('reader-site keys are typed: a misspelled key fails the type check (npm run typecheck)', async () => {
  const { getTranslator } = await import('@/lib/i18n/server')
  const t = await getTranslator('en', 'documents')
  expect(t('published')).toBe('Published')
  // @ts-expect-error -- 'publishd' is no key of documents.json; if the resources stopped being
  // typed, this line would compile and the unused directive would fail `tsc`.
  expect(t('publishd')).toBe('publishd')
})
