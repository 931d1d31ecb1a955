'use client'

import { useEffect } from 'react'

/** After this long without a key, click or touch, the lock is left to expire, as Payload's own would. */
const IDLE_MS = 5 * 60_000

/**
 * The edit lock follows the person at the keyboard (lib/admin/releaseLock.ts):
 * - while they are active on a visible page, it is renewed every `renewEveryMs` (a third of the
 *   lock's short lifetime), so a crashed browser or a dead network frees the document within
 *   that lifetime, not Payload's five minutes;
 * - when the page goes away (tab or window closed, browser quit, reload, a link out of the admin)
 *   it is given up at once; `keepalive` lets that request outlive the page. A reload takes the
 *   lock again at the first change, as Payload does on any visit.
 */
export function ReleaseLockOnLeave({ collection, id, renewEveryMs }: { collection: string; id: string; renewEveryMs: number }) {
  useEffect(() => {
    const url = `/api/${collection}/${encodeURIComponent(id)}/lock`
    let lastActivity = Date.now()
    const active = () => {
      lastActivity = Date.now()
    }
    const renew = () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastActivity > IDLE_MS) return
      void fetch(url, { method: 'POST', credentials: 'include' }).catch(() => undefined)
    }
    const release = () => {
      void fetch(url, { method: 'DELETE', credentials: 'include', keepalive: true }).catch(() => undefined)
    }
    const activity = ['keydown', 'pointerdown', 'input'] as const
    for (const event of activity) window.addEventListener(event, active, { capture: true, passive: true })
    window.addEventListener('pagehide', release)
    const timer = setInterval(renew, renewEveryMs)
    return () => {
      for (const event of activity) window.removeEventListener(event, active, { capture: true })
      window.removeEventListener('pagehide', release)
      clearInterval(timer)
    }
  }, [collection, id, renewEveryMs])
  return null
}
