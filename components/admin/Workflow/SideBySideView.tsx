import type { DocumentViewServerProps, PayloadRequest, TypedUser } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { AdminKey } from '@/lib/i18n/adminStrings'
import type { Locale } from '@/lib/i18n/locales'

import { documentInAllLocales, glossaryFindingsFor, localeRecordFor } from '@/lib/admin/documentReads'
import { adminT } from '@/lib/i18n/adminStrings'
import { isLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { isNewsroomCollection, newsroomType } from '@/lib/newsroom/registry'
import { sourceLocaleOf } from '@/lib/newsroom/sourceLanguage'
import { sideBySideRows } from '@/lib/workflow/sideBySide'
import { extractLocaleTexts, translationProgress } from '@/lib/workflow/texts'

import { DiffText } from './DiffText'
import { stalePathParts } from './labels'

/**
 * The translation workspace's side-by-side view (a tab beside Edit): the source and one
 * translation in two columns, part by part, paragraph by paragraph and Q&A item by item
 * (lib/workflow/sideBySide.ts), with what changed in the source since approval, official names the
 * translation misses, paragraphs that do not line up, and the language's progress. Reading here,
 * the translator or reviewer edits in the Edit tab (a link per language). The language shown is
 * `?locale=` when it is a translation, else the person's own translation language, else the first.
 */
export async function SideBySideView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  const collection = collectionConfig?.slug
  if (!collection || !isNewsroomCollection(collection) || docID === undefined || !req.user) return null
  const staff = req as PayloadRequest & { user: TypedUser }
  const t = adminT(req.i18n)
  const doc = await documentInAllLocales(staff, collection, docID)
  const source = sourceLocaleOf(doc)
  const translations = locales.filter((locale) => locale !== source)
  const asked = typeof searchParams?.locale === 'string' ? searchParams.locale : undefined
  const own = ((req.user as { locales?: string[] | null }).locales ?? []).find((locale) => translations.includes(locale as Locale))
  const target: Locale = isLocale(asked) && asked !== source ? asked : own && isLocale(own) ? own : translations[0]!

  const type = newsroomType(collection)
  const richPaths = new Set([...type.textFields.filter((field) => field.rich).map((field) => field.name)])
  const isRich = (path: string) => richPaths.has(path) || (type.items?.answer.rich === true && path.endsWith(`.${type.items.answer.name}`))
  const sourceTexts = extractLocaleTexts(collection, doc, source)
  const targetTexts = extractLocaleTexts(collection, doc, target)
  const [record, findings] = await Promise.all([localeRecordFor(staff, collection, docID, target), glossaryFindingsFor(staff, collection, docID)])
  const staleFields = record?.stale ? (record.staleFields ?? []).map((field) => ({ path: field.path, before: field.before ?? '', after: field.after ?? '' })) : []
  const rows = sideBySideRows(sourceTexts, targetTexts, isRich, staleFields)
  const progress = translationProgress(sourceTexts, targetTexts, staleFields.map((field) => field.path))
  const missingNames = (findings[target] ?? []).filter((finding) => !finding.used)

  const language = (locale: Locale) => t(`warta:languages:${locale}`)
  // "bahasa Indonesia dan …" starts a heading in Indonesian: capitalized there.
  const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase(req.i18n.language) + text.slice(1)
  const partName = (path: string, paragraph: number | null) => {
    const { field, item } = stalePathParts(path)
    const name = t(`warta:fields:${field}` as AdminKey)
    const part = item === null ? name : t('warta:workflow:staleItemField', { number: item, field: name })
    return paragraph === null ? part : t('warta:sideBySide:paragraph', { part, number: paragraph })
  }
  const base = `/admin/collections/${collection}/${encodeURIComponent(String(docID))}`
  const sourceLang = localeInfo[source].bcp47
  const targetLang = localeInfo[target].bcp47

  return (
    <Gutter className="warta-side-by-side" data-source={source} data-target={target}>
      <h2>{capitalized(t('warta:sideBySide:heading', { source: language(source), target: language(target) }))}</h2>
      <p className="warta-side-by-side__summary">
        <span className="warta-side-by-side__progress">{t('warta:workflow:progress', { done: progress.done, total: progress.total })}</span>
        {' · '}
        <a href={`${base}?locale=${target}`}>{t('warta:sideBySide:edit', { language: language(target) })}</a>
        {translations
          .filter((locale) => locale !== target)
          .map((locale) => (
            <span key={locale}>
              {' · '}
              <a href={`${base}/side-by-side?locale=${locale}`}>{t('warta:sideBySide:compareWith', { language: language(locale) })}</a>
            </span>
          ))}
      </p>
      <table className="warta-side-by-side__table">
        <thead>
          <tr>
            <th scope="col">{t('warta:sideBySide:part')}</th>
            <th scope="col">{capitalized(t('warta:sideBySide:sourceColumn', { language: language(source) }))}</th>
            <th scope="col">{capitalized(language(target))}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const names = row.paragraph === null || row.paragraph === 1 ? missingNames.filter((finding) => finding.path === row.path) : []
            return (
              <tr key={`${row.path}:${row.paragraph ?? 0}`} data-path={row.path} data-paragraph={row.paragraph ?? undefined} data-stale={row.stale ? 'true' : undefined}>
                <th scope="row">{partName(row.path, row.paragraph)}</th>
                <td lang={sourceLang}>
                  {row.stale ? (
                    <div className="warta-stale-field" role="note" lang={req.i18n.language}>
                      <strong>{t('warta:workflow:staleInField')}</strong>{' '}
                      <DiffText before={row.stale.before} after={row.stale.after} empty={t('warta:workflow:empty')} lang={sourceLang} />
                    </div>
                  ) : null}
                  {row.source || <em lang={req.i18n.language}>{t('warta:sourceText:empty')}</em>}
                </td>
                <td lang={targetLang}>
                  {row.target || (
                    <em className="warta-side-by-side__missing" lang={req.i18n.language}>
                      {t('warta:sideBySide:notTranslated')}
                    </em>
                  )}
                  {row.mismatch ? (
                    <div className="warta-side-by-side__mismatch" role="note" lang={req.i18n.language}>
                      ⚠ {t('warta:sideBySide:mismatch', { target: language(target), targetCount: row.mismatch.target, source: language(source), sourceCount: row.mismatch.source })}
                    </div>
                  ) : null}
                  {names.map((finding) => (
                    <div key={finding.source} className="warta-glossary-missing" role="note" lang={req.i18n.language}>
                      ⚠ {t('warta:glossary:missing', { source: finding.source, target: finding.target, language: language(target) })}
                    </div>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Gutter>
  )
}
