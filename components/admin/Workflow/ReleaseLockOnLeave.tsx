'use client'

import { useEffect } from 'react'

/**
 * Gives up this person's edit lock when the page goes away: tab or window closed, browser quit,
 * reload, a link out of the admin (lib/admin/releaseLock.ts). `keepalive` lets the request outlive
 * the page. A reload takes the lock again at the first change, as Payload does on any visit.
 */
export function ReleaseLockOnLeave({ collection, id }: { collection: string; id: string }) {
  useEffect(() => {
    const release = () => {
      void fetch(`/api/${collection}/${encodeURIComponent(id)}/lock`, { method: 'DELETE', credentials: 'include', keepalive: true }).catch(() => undefined)
    }
    window.addEventListener('pagehide', release)
    return () => window.removeEventListener('pagehide', release)
  }, [collection, id])
  return null
}
