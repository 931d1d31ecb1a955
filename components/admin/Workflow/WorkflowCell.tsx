import type { DefaultServerCellComponentProps } from 'payload'

import { createLocalReq } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { getWorkflowOverview, type LocaleOverview } from '@/lib/workflow/overview'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

import { publicationGlyph } from './labels'

/**
 * The editorial state when it says something beyond what readers see: a live language being
 * edited again shows "live (stale)", never just "stale" as if readers saw nothing.
 */
const editorialNews = (entry: LocaleOverview): LocaleOverview['display'] | null => {
  if (entry.publication === 'live' && entry.display === 'published') return null
  if (entry.publication === 'withdrawn' && entry.display === 'withdrawn') return null
  if (entry.publication === 'unpublished' && entry.display === 'unpublished') return null
  return entry.display
}

/**
 * List column: per language, first what readers see (live, withdrawn, not public), then the
 * editorial work in progress, e.g. "id ● live · zh ● live (stale) · en ○ missing".
 */
export async function WorkflowCell({ rowData, collectionConfig, payload, i18n }: DefaultServerCellComponentProps) {
  const slug = collectionConfig?.slug
  if (!slug || !isNewsroomCollection(slug) || !rowData?.id) return null
  const req = await createLocalReq({}, payload)
  const overview = await getWorkflowOverview(payload, req, slug, rowData.id as number, null)
  const t = adminT(i18n)
  return (
    <span className="warta-workflow-cell" style={{ whiteSpace: 'nowrap' }}>
      {overview.locales.map((entry, index) => {
        const news = editorialNews(entry)
        return (
          <span
            key={entry.locale}
            data-locale={entry.locale}
            data-publication={entry.publication}
            data-state={entry.display}
            title={`${t(`warta:languages:${entry.locale}`)}: ${t(`warta:publication:${entry.publication}`)}${news ? ` · ${t(`warta:states:${news}`)}` : ''}`}
          >
            {index > 0 ? ' · ' : ''}
            {entry.locale} {publicationGlyph(entry.publication)}{' '}
            {/* A language with no text at all is simply missing: "not public (missing)" says it twice. */}
            {entry.publication === 'none' && news === 'missing' ? (
              t('warta:states:missing')
            ) : (
              <>
                {t(`warta:publication:${entry.publication}`)}
                {news ? <small className="warta-cell-work"> ({t(`warta:states:${news}`)})</small> : null}
              </>
            )}
          </span>
        )
      })}
    </span>
  )
}
