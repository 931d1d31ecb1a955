import type { PayloadRequest } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { isLocale, localeInfo } from '@/lib/i18n/locales'
import { richTextToPlainText } from '@/lib/richText/paragraphs'
import { isNewsroomCollection } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'

import { documentInAllLocales, glossaryFindingsFor, localeRecordFor } from '@/lib/admin/documentReads'

import { DiffText } from './DiffText'

type Props = { id?: number | string; collectionSlug?: string; req?: PayloadRequest; path?: string }

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, segment) => {
    if (node === null || node === undefined) return undefined
    if (Array.isArray(node)) return node[Number(segment)]
    return (node as Record<string, unknown>)[segment]
  }, doc)

/** The form's path of a Q&A field (items.2.answer) as the workflow records it (items.q3.answer). */
const recordedPath = (doc: Record<string, unknown>, path: string): string => {
  const qa = /^items\.(\d+)\.(\w+)$/.exec(path)
  if (!qa) return path
  const key = (doc.items as { key?: string }[] | undefined)?.[Number(qa[1])]?.key
  return key ? `items.${key}.${qa[2]}` : path
}

/**
 * Shown under each translated field while editing a translation: the source language's current
 * text of the same field (for Q&A items, of the same item), so a translator never faces an empty
 * field with the original out of sight. When the source changed after this translation was
 * approved, the field itself says so, with the change word by word (by character in Chinese), so
 * the translator finds what to redo where they type it, not only in the sidebar's list. Official
 * names the source uses here are listed with their form in this language, in amber when the
 * translation does not use it (lib/glossary).
 */
export async function SourceText({ id, collectionSlug, req, path }: Props) {
  if (!id || !path || !collectionSlug || !isNewsroomCollection(collectionSlug) || !req?.user) return null
  const locale = req.locale
  const staff = req as PayloadRequest & { user: NonNullable<PayloadRequest['user']> }
  const source = (await documentInAllLocales(staff, collectionSlug, id)) as Record<string, unknown> & { sourceLocale?: unknown }
  const sourceLocale = sourceLocaleOf(source)
  if (!isLocale(locale) || locale === sourceLocale) return null
  const localized = valueAt(source, path) as Record<string, unknown> | undefined
  const value = localized?.[sourceLocale]
  const text = typeof value === 'string' ? value : richTextToPlainText(value)
  const recorded = recordedPath(source, path)
  const state = await localeRecordFor(staff, collectionSlug, id, locale)
  const stale = state?.stale ? state.staleFields?.find((field) => field.path === recorded) : undefined
  const glossary = (await glossaryFindingsFor(staff, collectionSlug, id))[locale]?.filter((finding) => finding.path === recorded)
  const t = adminT(req.i18n)
  const sourceLang = localeInfo[sourceLocale].bcp47
  return (
    <div className="warta-source-text" data-source-for={path} data-stale={stale ? 'true' : undefined} lang={sourceLang}>
      {stale ? (
        <div className="warta-stale-field" role="note" lang={req.i18n.language}>
          <strong>{t('warta:workflow:staleInField')}</strong>{' '}
          <DiffText before={stale.before ?? ''} after={stale.after ?? ''} empty={t('warta:workflow:empty')} lang={sourceLang} />
          <div className="warta-stale-hint">{t('warta:workflow:staleHint')}</div>
        </div>
      ) : null}
      {/* The label is in the admin's language; the source text below it keeps its own `lang`. */}
      <span className="warta-source-label" lang={req.i18n.language}>
        {t('warta:sourceText:label', { language: t(`warta:languages:${sourceLocale}`) })}
      </span>{' '}
      {text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : <em lang={req.i18n.language}>{t('warta:sourceText:empty')}</em>}
      {glossary?.length ? (
        // Official names the source uses here, and whether this translation uses their official form.
        <ul className="warta-glossary" lang={req.i18n.language}>
          <li className="warta-glossary-heading">{t('warta:glossary:heading')}</li>
          {glossary.map((finding) =>
            finding.used ? (
              <li key={finding.source} className="warta-glossary-used">
                {t('warta:glossary:used', { source: finding.source, target: finding.target })}
              </li>
            ) : (
              <li key={finding.source} className="warta-glossary-missing" role="note">
                ⚠ {t('warta:glossary:missing', { source: finding.source, target: finding.target, language: t(`warta:languages:${locale}`) })}
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  )
}
