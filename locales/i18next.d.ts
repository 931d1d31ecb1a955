import 'i18next'

import type { resources } from './index'

/**
 * The reader site's strings, typed: `t('nav.serach')` or a key missing from the English files
 * fails the type check (tests/unit/locales.test.ts keeps the other languages in step with English).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['en']
  }
}
