import { createInstance } from 'i18next'

import { getTranslator, keepingTranslations } from '@/lib/i18n/server'
import { resources } from '@/locales'

/** The same resources through a plain i18next instance: what every translation must equal. */
const plainI18next = async (locale: 'id' | 'zh' | 'en', ns: string) => {
  const instance = createInstance()
  await instance.init({ lng: locale, fallbackLng: false, resources, ns: Object.keys(resources.en), defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false })
  return instance.getFixedT(locale, ns as never) as unknown as (key: string, options?: object) => string
}

/** A stand-in for i18next's `t` that counts its calls and answers with what it was asked. */
const countingTranslate = () => {
  const calls = { count: 0 }
  const translate = (key: unknown, options?: unknown) => {
    calls.count += 1
    return `${JSON.stringify(key)}|${JSON.stringify(options ?? null)}`
  }
  return { calls, translate }
}

test.each(['id', 'zh', 'en'] as const)('%s: kept translations are i18next’s, with and without options, plural forms included', async (locale) => {
  const kept = await getTranslator(locale, 'search')
  const direct = await plainI18next(locale, 'search')
  for (let round = 0; round < 2; round++) {
    expect(kept('title')).toBe(direct('title'))
    // @ts-expect-error -- no such key: i18next answers with the key, and so does its kept copy.
    expect(kept('noSuchKey')).toBe('noSuchKey')
    for (const count of [0, 1, 2, 5, 1000]) {
      expect(kept('results', { count, formatted: String(count) })).toBe(direct('results', { count, formatted: String(count) }))
    }
  }
  // One translator per language and namespace, not one per call.
  expect(await getTranslator(locale, 'search')).toBe(kept)
})

test('a key is translated once; options with objects, and several keys, go to i18next every time', () => {
  const { calls, translate } = countingTranslate()
  const kept = keepingTranslations(translate)
  expect([kept('a'), kept('a'), kept('a', { count: 2 }), kept('a', { count: 2 }), kept('a', { count: 3 })]).toEqual([
    '"a"|null',
    '"a"|null',
    '"a"|{"count":2}',
    '"a"|{"count":2}',
    '"a"|{"count":3}',
  ])
  expect(calls.count).toBe(3)
  kept('a', { date: new Date(0) })
  kept('a', { date: new Date(0) })
  kept(['a', 'b'])
  kept(['a', 'b'])
  expect(calls.count).toBe(7)
})

test('kept translations with options are bounded: past the limit they start again', () => {
  const { calls, translate } = countingTranslate()
  const kept = keepingTranslations(translate)
  for (let n = 0; n < 5_001; n++) expect(kept('n', { n })).toBe(`"n"|{"n":${n}}`)
  // The 5,001st cleared the first 5,000: asking for the first again translates it again.
  kept('n', { n: 0 })
  expect(calls.count).toBe(5_002)
  kept('n', { n: 5_000 })
  expect(calls.count).toBe(5_002)
})

test('objects and numbers JSON cannot tell apart are never kept', () => {
  const calls = { count: 0 }
  const kept = keepingTranslations((key: unknown, options?: unknown) => {
    calls.count += 1
    return (options as { returnObjects?: boolean } | undefined)?.returnObjects ? { key } : `${String(key)}:${String((options as { count?: unknown } | undefined)?.count)}`
  })
  const first = kept('list', { returnObjects: true })
  expect(kept('list', { returnObjects: true })).not.toBe(first)
  expect([kept('n', { count: Number.NaN }), kept('n', { count: Number.POSITIVE_INFINITY }), kept('n', { count: null })]).toEqual(['n:NaN', 'n:Infinity', 'n:null'])
  expect(calls.count).toBe(5)
})
