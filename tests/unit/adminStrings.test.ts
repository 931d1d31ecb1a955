import fs from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { format } from 'date-fns'
import { id as dateFnsId } from 'date-fns/locale/id'

import type { AdminKey } from '@/lib/i18n/adminStrings'

import { adminDateFormat, formatAdminDay, formatAdminTime } from '@/lib/i18n/adminFormat'
import { adminI18n } from '@/lib/i18n/adminLanguages'
import { ADMIN_NAMESPACE, adminLabel, adminTranslations } from '@/lib/i18n/adminStrings'
import { locales } from '@/lib/i18n/locales'
import { sourceFiles } from '@/tests/helpers/sourceFiles'

/**
 * Warta's admin strings: every language has every key, every key a component asks for exists, and
 * Payload's own translation function finds them (plural forms included) in each admin language.
 */
const flatten = (value: unknown, prefix: string): Map<string, string> => {
  const entries = new Map<string, string>()
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = `${prefix}:${key}`
    if (typeof child === 'string') entries.set(path, child)
    else for (const [nested, text] of flatten(child, path)) entries.set(nested, text)
  }
  return entries
}

/** 'warta:workflow:heading' → 'Workflow', per language, exactly as Payload receives them. */
const strings = Object.fromEntries(
  locales.map((locale) => [locale, flatten(adminTranslations[locale][ADMIN_NAMESPACE], ADMIN_NAMESPACE)]),
) as Record<(typeof locales)[number], Map<string, string>>

test.each(locales.flatMap((locale) => locales.filter((other) => other !== locale).map((other) => [locale, other] as const)))(
  'every admin string in %s also exists in %s (plural forms compared by their base key)',
  (locale, other) => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')
    const bases = new Set([...strings[other].keys()].map(base))
    const missing = [...strings[locale].keys()].filter((key) => !bases.has(base(key)))
    expect(missing).toEqual([])
  },
)

// Plural forms follow each language's CLDR rules (tests/unit/locales.test.ts): English has
// `_one` and `_other`, Indonesian and Chinese only `_other`, which Payload also uses for 1.
test('a count has every plural form its language needs', () => {
  for (const locale of locales) {
    const keys = [...strings[locale].keys()]
    const counted = keys.filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, ''))
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    for (const base of counted) expect(needed.map((form) => `${base}_${form}`).filter((key) => !strings[locale].has(key))).toEqual([])
  }
})

/** `t('warta:…')` literals and `warta:…:${…}` templates in the admin's code. */
const usedKeys = ['components/admin', 'collections', 'lib/fields', 'lib/newsroom'].flatMap((dir) =>
  sourceFiles(path.resolve(dir)).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/[`'](warta:[\w:-]+)(\$\{)?/g)].map((match) => ({
      file: path.relative(process.cwd(), file),
      key: match[1]!,
      isPrefix: Boolean(match[2]),
    })),
  ),
)

test('the admin’s code asks only for strings that exist', () => {
  expect(usedKeys.length).toBeGreaterThan(50)
  const english = [...strings.en.keys()].map((key) => key.replace(/_(one|other)$/, ''))
  // `adminLabels('warta:rows:item')` asks for the group's singular and plural.
  const exists = (key: string) => english.includes(key) || english.includes(`${key}:singular`)
  const unknown = usedKeys.filter(({ key, isPrefix }) => (isPrefix ? !english.some((known) => known.startsWith(key)) : !exists(key)))
  expect(unknown).toEqual([])
})

test('a missing admin string is an error when the config loads, not a raw key in the admin', () => {
  expect(() => adminLabel('warta:nav:nowhere' as AdminKey)).toThrow('warta:nav:nowhere')
  expect(adminLabel('warta:fields:workflow')).toEqual({ id: 'Bahasa', zh: '语言', en: 'Languages' })
})

test('Payload’s translation function finds Warta’s strings, with plurals, in each admin language', async () => {
  const say = async (language: (typeof locales)[number], key: AdminKey, vars?: Record<string, unknown>) =>
    (await initI18n({ config: adminI18n, context: 'client', language })).t(key as never, vars)
  expect(await say('en', 'warta:import:questions', { count: 1 })).toBe('1 question')
  expect(await say('en', 'warta:import:questions', { count: 2 })).toBe('2 questions')
  expect(await say('zh', 'warta:import:questions', { count: 2 })).toBe('2 个问题')
  expect(await say('zh', 'warta:import:questions', { count: 1 })).toBe('1 个问题')
  expect(await say('id', 'warta:import:questions', { count: 1 })).toMatch(/^1 /)
  expect(await say('id', 'warta:workflow:noteFor', { language: 'bahasa Tionghoa' })).toBe('Catatan untuk bahasa Tionghoa')
  expect(await say('zh', 'warta:states:published')).toBe('已发布')
})

test('admin times are in the admin language and the newsroom’s zone, with the year', () => {
  const instant = new Date('2026-11-28T07:05:00Z')
  expect(formatAdminTime(instant, 'Asia/Jakarta', 'en')).toBe('28 Nov 2026, 14:05 (UTC+07:00)')
  expect(formatAdminTime(instant, 'Asia/Jakarta', 'id')).toBe('28 Nov 2026, 14.05 (UTC+07:00)')
  expect(formatAdminTime(instant, 'Asia/Jakarta', 'zh')).toBe('2026年11月28日 14:05 (UTC+07:00)')
})

test('Payload’s own dates in Indonesian have the year and no English-style ordinal', () => {
  const text = format(new Date(2026, 10, 28, 14, 5), adminDateFormat, { locale: dateFnsId })
  expect(text).toBe('28 November 2026 pukul 14.05')
})

test('a day-only date is the stored day in the admin language, with the year and no time, whatever the browser’s zone', () => {
  for (const stored of ['2024-09-03T00:00:00.000Z', '2024-09-03T12:00:00.000Z']) {
    expect([formatAdminDay(stored, 'id'), formatAdminDay(stored, 'zh'), formatAdminDay(stored, 'en')]).toEqual([
      '3 September 2024',
      '2024年9月3日',
      '3 September 2024',
    ])
  }
  expect(formatAdminDay(null, 'id')).toBe('')
})
