import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { zh } from '@payloadcms/translations/languages/zh'

import type { Locale } from './locales'

/** The admin interface speaks the same three languages as the content. */
export const adminLanguages = { id, zh, en } satisfies Record<Locale, unknown>
