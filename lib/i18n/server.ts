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

/** A translator for one language and namespace, typed with that namespace's keys. */
export const getTranslator = async <N extends Namespace = 'common'>(locale: Locale, namespace?: N): Promise<TFunction<N>> =>
  (await instanceFor(locale)).getFixedT(locale, (namespace ?? 'common') as N)
