import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

import { adminResources } from '@/locales'

import { locales, type Locale } from './locales'

/**
 * Warta's own admin strings (`locales/{id,zh,en}/admin.json`) as Payload translations under one
 * namespace, so every Warta string in the admin is looked up like Payload's own:
 * `t('warta:workflow:heading')` on the server (`req.i18n.t`) and in the browser (`useTranslation`).
 * Collection and field labels are records keyed by language (`adminLabel`), which Payload resolves
 * to the signed-in person's admin language.
 */
export const ADMIN_NAMESPACE = 'warta'

type AdminStrings = (typeof adminResources)['en']

/** The English shape without the `_one` forms: Indonesian and Chinese have only `_other` (CLDR). */
type WithoutSingular<T> = { [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends object ? WithoutSingular<T[K]> : T[K] }

/**
 * Every language must have the English file's shape (less the singular forms that only English
 * needs): a key missing from `id/admin.json` or `zh/admin.json` does not compile (and
 * `tests/unit/adminStrings.test.ts` says which one).
 */
const resources: Record<Locale, WithoutSingular<AdminStrings>> = adminResources

export type AdminTranslations = { [ADMIN_NAMESPACE]: AdminStrings }

/** 'warta:workflow:heading', 'warta:import:questions' (plural forms `_one`/`_other` stripped) … */
export type AdminKey = NestedKeysStripped<AdminTranslations>

export type AdminT = TFunction<AdminKey>

/** For Payload's `i18n.translations`: the same namespace in each admin language. */
export const adminTranslations = Object.fromEntries(
  locales.map((locale) => [locale, { [ADMIN_NAMESPACE]: resources[locale] }]),
) as unknown as Record<Locale, AdminTranslations>

/**
 * Payload types `i18n.t` with its own keys only; Warta's are merged into the same dictionary at
 * runtime (`i18n.translations`), so the same function is typed with Warta's keys here.
 */
export const adminT = (i18n: { t: (key: never, vars?: Record<string, unknown>) => string }): AdminT => i18n.t as unknown as AdminT

const lookup = (locale: Locale, key: AdminKey): string => {
  const [namespace, ...path] = key.split(':')
  const value = path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], resources[locale])
  if (namespace !== ADMIN_NAMESPACE || typeof value !== 'string') {
    throw new Error(`Admin string ${key} is missing in locales/${locale}/admin.json`)
  }
  return value
}

/** `{ id, zh, en }` for a collection or field label, description or select option. */
export const adminLabel = (key: AdminKey): Record<Locale, string> =>
  Object.fromEntries(locales.map((locale) => [locale, lookup(locale, key)])) as Record<Locale, string>

/** Groups holding a `singular` and a `plural`: 'warta:collections:briefings', 'warta:rows:item' … */
export type AdminLabelsKey = AdminKey extends infer Key ? (Key extends `${infer Group}:singular` ? Group : never) : never

/** Singular and plural labels, for `labels` of a collection or an array field. */
export const adminLabels = (key: AdminLabelsKey): { singular: Record<Locale, string>; plural: Record<Locale, string> } => ({
  singular: adminLabel(`${key}:singular` as AdminKey),
  plural: adminLabel(`${key}:plural` as AdminKey),
})

/**
 * Select options whose labels are the group's strings, one per value (`states`, `events` …);
 * a value without a string in every language is an error when the config loads.
 */
export const adminOptions = <V extends string>(group: string, values: readonly V[]): { value: V; label: Record<Locale, string> }[] =>
  values.map((value) => ({ value, label: adminLabel(`${ADMIN_NAMESPACE}:${group}:${value}` as AdminKey) }))

/**
 * Select options for a content language, named in the admin's language ("Indonesian", "印尼文",
 * "Bahasa Indonesia"), as a list or form of the admin reads everything else. The languages' own
 * names (`localeInfo.nativeName`) are for the reader site's language switcher; in the Chinese
 * admin they left "English" and "Bahasa Indonesia" in a Chinese screen.
 */
export const languageOptions = (): { value: Locale; label: Record<Locale, string> }[] =>
  locales.map((code) => {
    const names = adminLabel(`${ADMIN_NAMESPACE}:languages:${code}` as AdminKey)
    // "bahasa Indonesia" as it reads inside a sentence; an option stands alone, so "Bahasa Indonesia".
    const label = Object.fromEntries(
      locales.map((language) => [language, names[language].charAt(0).toLocaleUpperCase(language) + names[language].slice(1)]),
    ) as Record<Locale, string>
    return { value: code, label }
  })
