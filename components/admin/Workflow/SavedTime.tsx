'use client'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { formatAdminTime } from '@/lib/i18n/adminFormat'

/**
 * When this document was last saved, in the newsroom's zone like every other time on the screen
 * (Payload's own "Last modified" uses the browser's). Read from the form's document info, so a
 * save updates it without a reload.
 */
export function SavedTime({ timeZone, initial }: { timeZone: string; initial: string | null }) {
  const { savedDocumentData } = useDocumentInfo()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const updatedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : initial
  if (!updatedAt) return null
  return <span className="warta-saved-time">{t('warta:status:saved', { time: formatAdminTime(new Date(updatedAt), timeZone, i18n.language) })}</span>
}
