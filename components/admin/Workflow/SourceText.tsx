import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { isLocale, localeInfo } from '@/lib/i18n/locales'
import { richTextToPlainText } from '@/lib/richText/paragraphs'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

type Props = { id?: number | string; collectionSlug?: string; req?: PayloadRequest; path?: string }

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, segment) => {
    if (node === null || node === undefined) return undefined
    if (Array.isArray(node)) return node[Number(segment)]
    return (node as Record<string, unknown>)[segment]
  }, doc)

/**
 * Shown under each translated field while editing a translation: the source language's current
 * text of the same field (for Q&A items, of the same item), so a translator never faces an empty
 * field with the original out of sight.
 */
export async function SourceText({ id, collectionSlug, req, path }: Props) {
  if (!id || !path || !collectionSlug || !isNewsroomCollection(collectionSlug) || !req?.user) return null
  const locale = req.locale
  // Every translated field renders one of these at once: read the document once per request.
  const cacheKey = `warta-source:${collectionSlug}:${id}`
  const context = req.context as Record<string, unknown>
  context[cacheKey] ??= req.payload.findByID({
    collection: collectionSlug,
    id,
    depth: 0,
    draft: true,
    locale: 'all',
    user: req.user,
    overrideAccess: false,
  })
  const source = (await context[cacheKey]) as Record<string, unknown> & { sourceLocale?: unknown }
  const sourceLocale = sourceLocaleOf(source)
  if (!isLocale(locale) || locale === sourceLocale) return null
  const localized = valueAt(source, path) as Record<string, unknown> | undefined
  const value = localized?.[sourceLocale]
  const text = typeof value === 'string' ? value : richTextToPlainText(value)
  const t = adminT(req.i18n)
  return (
    <div className="warta-source-text" data-source-for={path} lang={localeInfo[sourceLocale].bcp47}>
      {/* The label is in the admin's language; the source text below it keeps its own `lang`. */}
      <span className="warta-source-label" lang={req.i18n.language}>
        {t('warta:sourceText:label', { language: localeInfo[sourceLocale].nativeName })}
      </span>{' '}
      {text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : <em lang={req.i18n.language}>{t('warta:sourceText:empty')}</em>}
    </div>
  )
}
