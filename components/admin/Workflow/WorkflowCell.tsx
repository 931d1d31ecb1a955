import type { DefaultServerCellComponentProps } from 'payload'

import { createLocalReq } from 'payload'

import { adminT } from '@/lib/i18n/adminStrings'
import { getWorkflowOverview } from '@/lib/workflow/overview'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

import { stateGlyph } from './labels'

/** List column: each language's state at a glance, e.g. "id ● published · zh ◐ stale · en ○ missing". */
export async function WorkflowCell({ rowData, collectionConfig, payload, i18n }: DefaultServerCellComponentProps) {
  const slug = collectionConfig?.slug
  if (!slug || !isNewsroomCollection(slug) || !rowData?.id) return null
  const req = await createLocalReq({}, payload)
  const overview = await getWorkflowOverview(payload, req, slug, rowData.id as number, null)
  const t = adminT(i18n)
  return (
    <span className="warta-workflow-cell" style={{ whiteSpace: 'nowrap' }}>
      {overview.locales.map((entry, index) => (
        <span key={entry.locale} data-locale={entry.locale} data-state={entry.display} title={t(`warta:states:${entry.state}`)}>
          {index > 0 ? ' · ' : ''}
          {entry.locale} {stateGlyph(entry.display)} {t(`warta:states:${entry.display}`)}
        </span>
      ))}
    </span>
  )
}
