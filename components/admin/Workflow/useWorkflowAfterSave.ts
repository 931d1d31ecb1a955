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
 * What `read` (a function of the module, not of the render) answers for the latest save of this
 * document since the page loaded, or null until the first such save (the server's render holds
 * until then). Payload records each save in the document info (`savedDocumentData`, with the new
 * `updatedAt`); a full reload starts over. Two saves in quick succession: only the read for the
 * later one may land.
 */
export const useReadAfterSave = <T>(
  collection: string,
  id: string,
  read: (collection: string, id: string, savedAt: string) => Promise<T | null>,
): T | null => {
  const { savedDocumentData } = useDocumentInfo()
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : null
  const loadedAt = useRef(savedAt)
  const [data, setData] = useState<T | null>(null)
  useEffect(() => {
    if (!savedAt || savedAt === loadedAt.current) return
    let isCurrent = true
    void read(collection, id, savedAt).then((answer) => {
      if (isCurrent && answer) setData(answer)
    })
    return () => {
      isCurrent = false
    }
  }, [collection, id, read, savedAt])
  return data
}

/**
 * The workflow panel and the status line are rendered on the server with the page; Payload's Save
 * Draft changes the form without rendering them again, so after a save they went on showing the
 * state from before it (a published language still "published" with no Submit, a translator who
 * had just updated a stale part still offered "Still correct"). After each save this reads the
 * workflow again (useReadAfterSave).
 */
export const useWorkflowAfterSave = (collection: string, id: string): WorkflowPanelData | null => useReadAfterSave(collection, id, readPanelData)
