import type { i18n, TFunction } from 'i18next'

import { createInstance } from 'i18next'

import type { Namespace } from '@/locales'

import { namespaces, resources } from '@/locales'

import type { Locale } from './locales'

/**
 * One i18next instance per locale, created once per server process. Never `changeLanguage` on a
 * shared instance: concurrent requests in different languages would translate each other's pages.
 */
const instances = new Map<Locale, Promise<i18n>>()

const instanceFor = (locale: Locale): Promise<i18n> => {
  let instance = instances.get(locale)
  if (!instance) {
    const i18nInstance = createInstance()
    instance = i18nInstance
      .init({
        lng: locale,
        // A missing key shows the key itself, never another language's string.
        fallbackLng: false,
        resources,
        ns: [...namespaces],
        defaultNS: 'common',
        interpolation: { escapeValue: false },
        initAsync: false,
      })
      .then(() => i18nInstance)
    instances.set(locale, instance)
  }
  return instance
}

type Translate = (key: unknown, ...rest: unknown[]) => unknown

/** Options made only of plain values (`count`, `formatted`…): they can key a kept translation. */
const isPlainOptions = (value: unknown): value is Record<string, string | number | boolean | null> =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  // JSON.stringify writes NaN, Infinity and null alike; i18next prints them differently.
  Object.values(value).every((entry) => entry === null || typeof entry === 'string' || typeof entry === 'boolean' || Number.isFinite(entry))

/** Translations kept per translator; counts and numbers in options vary, so the set is bounded. */
const MAX_KEPT = 5_000

/**
 * Keeps what a translator answered. i18next's `t` costs 10–25 µs a call (26.x copies its whole
 * options object on every call; half of that time is garbage collection), and a page makes dozens
 * of calls: about 4% of a reader page's render. The resources are bundled and never change in a
 * process, so a key (and plain options) always translates to the same string. Anything else
 * (several keys, options with objects) goes to i18next every time, and only strings are kept: an
 * object (`returnObjects`) handed to every caller could be changed by one.
 */
export const keepingTranslations = (translate: Translate): Translate => {
  const kept = new Map<string, string>()
  return (key, ...rest) => {
    if (typeof key !== 'string' || rest.length > 1 || (rest.length === 1 && !isPlainOptions(rest[0]))) return translate(key, ...rest)
    const id = rest.length === 0 ? key : `${key}\u0000${JSON.stringify(rest[0])}`
    const known = kept.get(id)
    if (known !== undefined) return known
    const value = translate(key, ...rest)
    if (typeof value === 'string') {
      if (kept.size >= MAX_KEPT) kept.clear()
      kept.set(id, value)
    }
    return value
  }
}

const translators = new Map<string, Promise<Translate>>()

/** A translator for one language and namespace, typed with that namespace's keys (one per process). */
export const getTranslator = <N extends Namespace = 'common'>(locale: Locale, namespace?: N): Promise<TFunction<N>> => {
  const ns = namespace ?? 'common'
  const id = `${locale}:${ns}`
  let translator = translators.get(id)
  if (!translator) {
    translator = instanceFor(locale).then((instance) => keepingTranslations(instance.getFixedT(locale, ns) as unknown as Translate))
    translators.set(id, translator)
  }
  return translator as unknown as Promise<TFunction<N>>
}
