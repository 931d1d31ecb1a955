'use client'

import type { ReactNode } from 'react'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { useTranslation } from '@payloadcms/ui'

import { AuditTrailList, auditEventFields, type AuditEvent } from './AuditTrailList'
import { useReadAfterSave } from './useWorkflowAfterSave'

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

/** This document's trail over REST, with the person's own access; null when it cannot be read. */
const readTrail = (collection: string, id: string): Promise<AuditEvent[] | null> =>
  fetch(trailUrl(collection, id), { credentials: 'include', headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<{ docs: AuditEvent[] }>) : null))
    .then((read) => read?.docs ?? null)
    .catch(() => null)

/**
 * The audit trail is rendered by the server with the page; a Save Draft records an edit but does
 * not render the page again, so the trail went on without it until a reload. After each save it is
 * read again (useReadAfterSave, as the workflow panel is) and shown instead.
 */
export function AuditTrailAfterSave({ collection, id, timeZone, children }: Props) {
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const events = useReadAfterSave(collection, id, readTrail)
  if (!events) return <>{children}</>
  return <AuditTrailList events={events} t={t} language={i18n.language} timeZone={timeZone} />
}
