import type { DefaultServerCellComponentProps } from 'payload'

import { createLocalReq } from 'payload'

import { getWorkflowOverview } from '@/lib/workflow/overview'
import { isNewsroomCollection } from '@/lib/newsroom/registry'

import { stateGlyph } from './labels'

/** List column: each language's state at a glance, e.g. "id ● published · zh ◐ stale · en ○ missing". */
export async function WorkflowCell({ rowData, collectionConfig, payload }: DefaultServerCellComponentProps) {
  const slug = collectionConfig?.slug
  if (!slug || !isNewsroomCollection(slug) || !rowData?.id) return null
  const req = await createLocalReq({}, payload)
  const overview = await getWorkflowOverview(payload, req, slug, rowData.id as number, null)
  return (
    <span className="warta-workflow-cell" style={{ whiteSpace: 'nowrap' }}>
      {overview.locales.map((entry, index) => (
        <span key={entry.locale} data-locale={entry.locale} data-state={entry.display} title={entry.state}>
          {index > 0 ? ' · ' : ''}
          {entry.locale} {stateGlyph(entry.display)} {entry.display}
        </span>
      ))}
    </span>
  )
}
