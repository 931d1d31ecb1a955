import type { DefaultServerCellComponentProps } from 'payload'

import Link from 'next/link'

import { formatAdminTime } from '@/lib/i18n/adminFormat'
import { newsroomTimeZone } from '@/lib/time/newsroomTime'

/**
 * List column for a moment (saved, created, scheduled), in the newsroom's zone with its offset
 * ("2 Des 2026, 02.57 (UTC+07:00)"), as the status line and the workflow panel write it. Payload's
 * date cell writes the browser's zone without naming it, so a release's list row and its edit
 * view gave two different times for the same save.
 */
export function NewsroomTimeCell({ cellData, i18n, link, linkURL, collectionSlug, rowData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' && !(cellData instanceof Date)) return null
  const instant = new Date(cellData)
  if (Number.isNaN(instant.getTime())) return null
  const time = (
    <time className="warta-newsroom-time" dateTime={instant.toISOString()}>
      {formatAdminTime(instant, newsroomTimeZone(), i18n.language)}
    </time>
  )
  // The first column of a list links to the document (Workflow Events lists createdAt first).
  const id = (rowData as { id?: number | string } | undefined)?.id
  if (!link || id === undefined) return time
  return <Link href={linkURL ?? `/admin/collections/${collectionSlug}/${encodeURIComponent(String(id))}`}>{time}</Link>
}
