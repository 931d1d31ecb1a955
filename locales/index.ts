import enAdmin from './en/admin.json' with { type: 'json' }
import enCommon from './en/common.json' with { type: 'json' }
import enDocuments from './en/documents.json' with { type: 'json' }
import enErrors from './en/errors.json' with { type: 'json' }
import enLists from './en/lists.json' with { type: 'json' }
import enSearch from './en/search.json' with { type: 'json' }
import idAdmin from './id/admin.json' with { type: 'json' }
import idCommon from './id/common.json' with { type: 'json' }
import idDocuments from './id/documents.json' with { type: 'json' }
import idErrors from './id/errors.json' with { type: 'json' }
import idLists from './id/lists.json' with { type: 'json' }
import idSearch from './id/search.json' with { type: 'json' }
import zhAdmin from './zh/admin.json' with { type: 'json' }
import zhCommon from './zh/common.json' with { type: 'json' }
import zhDocuments from './zh/documents.json' with { type: 'json' }
import zhErrors from './zh/errors.json' with { type: 'json' }
import zhLists from './zh/lists.json' with { type: 'json' }
import zhSearch from './zh/search.json' with { type: 'json' }

/** One JSON file per language and namespace; `tests/unit/locales.test.ts` keeps their keys in step. */
export const namespaces = ['common', 'documents', 'lists', 'search', 'errors'] as const
export type Namespace = (typeof namespaces)[number]

export const resources = {
  id: { common: idCommon, documents: idDocuments, lists: idLists, search: idSearch, errors: idErrors },
  zh: { common: zhCommon, documents: zhDocuments, lists: zhLists, search: zhSearch, errors: zhErrors },
  en: { common: enCommon, documents: enDocuments, lists: enLists, search: enSearch, errors: enErrors },
}

/**
 * The admin's own strings, one file per language, kept apart from the reader site's namespaces:
 * they reach people through Payload's i18n (`lib/i18n/adminStrings.ts`), not through i18next.
 */
export const adminResources = { id: idAdmin, zh: zhAdmin, en: enAdmin }
