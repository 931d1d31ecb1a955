'use client'

import type { ReactNode } from 'react'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { AuditTrailList, auditEventFields, type AuditEvent } from './AuditTrailList'

type Props = { collection: string; id: string; timeZone: string; children: ReactNode }

/** The trail's query, as the server's: this document's events, newest first, actors populated. */
const trailUrl = (collection: string, id: string) =>
  `/api/workflow-events?${new URLSearchParams({
    'where[and][0][document.relationTo][equals]': collection,
    'where[and][1][document.value][equals]': id,
    sort: '-createdAt',
    limit: '100',
    depth: '1',
    ...Object.fromEntries(auditEventFields.map((field) => [`select[${field}]`, 'true'])),
  }).toString()}`

/**
 * The audit trail is rendered by the server with the page; a Save Draft records an edit but does
 * not render the page again, so the trail went on without it until a reload. After each save (the
 * `updatedAt` Payload records in the document info, as the workflow panel's useWorkflowAfterSave
 * reads it) the trail is read again over REST, with the person's own access, and shown instead.
 */
export function AuditTrailAfterSave({ collection, id, timeZone, children }: Props) {
  const { savedDocumentData } = useDocumentInfo()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : null
  const loadedAt = useRef(savedAt)
  const [events, setEvents] = useState<AuditEvent[] | null>(null)
  useEffect(() => {
    if (!savedAt || savedAt === loadedAt.current) return
    // Two saves in quick succession: only the read for the later one may land.
    let isCurrent = true
    void fetch(trailUrl(collection, id), { credentials: 'include', headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: AuditEvent[] }>) : null))
      .then((read) => {
        if (isCurrent && read) setEvents(read.docs)
      })
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
  }, [collection, id, savedAt])
  if (!events) return <>{children}</>
  return <AuditTrailList events={events} t={t} language={i18n.language} timeZone={timeZone} />
}
