'use client'

import { useEffect } from 'react'

/**
 * Payload's "Document locked" dialog names the colleague who holds the lock by e-mail, or by
 * record id when the reader may not see e-mails: staff saw "2 is currently editing this
 * document". Staff may read each other's names (collections/Users: names only), so the id is
 * replaced by the name as the dialog appears. Payload offers no slot for that dialog's text.
 */
export function NameLockHolder() {
  useEffect(() => {
    const names = new Map<string, Promise<string | null>>()
    const nameOf = (id: string) => {
      if (!names.has(id)) {
        names.set(
          id,
          fetch(`/api/users/${encodeURIComponent(id)}?depth=0&select[name]=true`, { credentials: 'include' })
            .then(async (response) => (response.ok ? ((await response.json()) as { name?: string }).name ?? null : null))
            .catch(() => null),
        )
      }
      return names.get(id)!
    }
    const rename = () => {
      const holder = document.querySelector<HTMLElement>('dialog#document-locked .document-locked__content strong')
      const id = holder?.textContent?.trim().replace(/^\D*:\s*/, '')
      if (!holder || !id || !/^\d+$|^[0-9a-f]{24}$/.test(id)) return
      void nameOf(id).then((name) => {
        if (name && holder.isConnected && holder.textContent?.includes(id)) holder.textContent = name
      })
    }
    const observer = new MutationObserver(rename)
    observer.observe(document.body, { childList: true, subtree: true })
    rename()
    return () => observer.disconnect()
  }, [])
  return null
}
