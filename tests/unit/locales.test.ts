import fs from 'node:fs'
import path from 'node:path'

import { adminLanguages } from '@/lib/i18n/adminLanguages'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { payloadLocalization } from '@/lib/i18n/payloadLocalization'

const localesDir = path.resolve('locales')

const flattenKeys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix ? `${prefix}.${key}` : key))
    : [prefix]

const readNamespace = (locale: string, file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(localesDir, locale, file), 'utf8'))

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

const namespaceFiles = fs.readdirSync(path.join(localesDir, defaultLocale)).filter((file) => file.endsWith('.json'))

test.each(namespaceFiles)('every key of %s exists, non-empty, in every language', (file) => {
  const reference = flattenKeys(readNamespace(defaultLocale, file)).sort()
  for (const locale of locales) {
    const translations = readNamespace(locale, file)
    expect(flattenKeys(translations).sort()).toEqual(reference)
    for (const key of reference) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations)
      expect(typeof value === 'string' && value.trim().length > 0).toBe(true)
    }
  }
})

test('interpolation placeholders match across languages', () => {
  for (const file of namespaceFiles) {
    const placeholders = (locale: string) =>
      flattenKeys(readNamespace(locale, file)).map((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], readNamespace(locale, file))
        return `${key}:${(String(value).match(/{{\w+}}/g) ?? []).sort().join(',')}`
      })
    for (const locale of locales) expect(placeholders(locale).sort()).toEqual(placeholders(defaultLocale).sort())
  }
})
