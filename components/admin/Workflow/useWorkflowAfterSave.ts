'use client'

import type { WorkflowPanelData } from '@/lib/admin/workflowPanelData'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

/**
 * One read per save, shared by the panel and the status line (both ask for the same save). Keyed
 * by document and save time; only the latest few are kept.
 */
const reads = new Map<string, Promise<WorkflowPanelData | null>>()

const readPanelData = (collection: string, id: string, savedAt: string): Promise<WorkflowPanelData | null> => {
  const key = `${collection}/${id}@${savedAt}`
  let read = reads.get(key)
  if (!read) {
    read = fetch(`/api/${collection}/${id}/workflow`, { credentials: 'include', headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<WorkflowPanelData>) : null))
      .catch(() => null)
    reads.set(key, read)
    for (const old of [...reads.keys()].slice(0, -4)) reads.delete(old)
  }
  return read
}

/**
 * The workflow panel and the status line are rendered on the server with the page; Payload's Save
 * Draft changes the form without rendering them again, so after a save they went on showing the
 * state from before it (a published language still "published" with no Submit, a translator who
 * had just updated a stale part still offered "Still correct"). Payload records each save in the
 * document info (`savedDocumentData`, with the new `updatedAt`); when that changes, this reads the
 * workflow again. Answers null until the first save since the page loaded (the server's render
 * holds until then). A full reload (after a workflow action) starts over.
 */
export const useWorkflowAfterSave = (collection: string, id: string): WorkflowPanelData | null => {
  const { savedDocumentData } = useDocumentInfo()
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : null
  const loadedAt = useRef(savedAt)
  const [data, setData] = useState<WorkflowPanelData | null>(null)
  useEffect(() => {
    if (!savedAt || savedAt === loadedAt.current) return
    // Two saves in quick succession: only the read for the later one may land.
    let isCurrent = true
    void readPanelData(collection, id, savedAt).then((read) => {
      if (isCurrent && read) setData(read)
    })
    return () => {
      isCurrent = false
    }
  }, [collection, id, savedAt])
  return data
}
