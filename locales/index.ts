import enCommon from './en/common.json'
import idCommon from './id/common.json'
import zhCommon from './zh/common.json'

/** One JSON file per language and namespace; `tests/unit/i18nKeys.test.ts` keeps their keys in step. */
export const namespaces = ['common'] as const
export type Namespace = (typeof namespaces)[number]

export const resources = {
  id: { common: idCommon },
  zh: { common: zhCommon },
  en: { common: enCommon },
}
