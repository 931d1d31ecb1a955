import type { DefaultServerCellComponentProps } from 'payload'

import { formatAdminDay } from '@/lib/i18n/adminFormat'

/**
 * List column for a day-only date. Payload's date cell writes every date as a moment in the
 * browser's zone ("3 September 2024 pukul 00.00", or the 2nd west of Greenwich); a day is a day.
 */
export function DayCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return <span className="warta-day">{formatAdminDay(cellData, i18n.language)}</span>
}
