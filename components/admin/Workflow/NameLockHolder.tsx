'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { formatAdminTime } from '@/lib/i18n/adminFormat'

type Props = { collection: string; id: string; timeZone: string }

/**
 * Payload's "Document locked" dialog names the colleague who holds the lock by e-mail, or by
 * record id when the reader may not see e-mails: staff saw "2 is currently editing this
 * document". Staff may read each other's names (collections/Users: names only), so the id is
 * replaced by the name as the dialog appears; its "Edited since" time, in the browser's zone, is
 * replaced by the lock's time in the newsroom's zone like every other time on the screen. Payload
 * offers no slot for that dialog's text.
 */
export function NameLockHolder({ collection, id, timeZone }: Props) {
  const { i18n } = useTranslation()
  useEffect(() => {
    const names = new Map<string, Promise<string | null>>()
    const nameOf = (userId: string) => {
      if (!names.has(userId)) {
        names.set(
          userId,
          fetch(`/api/users/${encodeURIComponent(userId)}?depth=0&select[name]=true`, { credentials: 'include' })
            .then(async (response) => (response.ok ? ((await response.json()) as { name?: string }).name ?? null : null))
            .catch(() => null),
        )
      }
      return names.get(userId)!
    }
    let lockTime: Promise<string | null> | null = null
    const lockedSince = () =>
      (lockTime ??= fetch(
        `/api/payload-locked-documents?where[document.relationTo][equals]=${encodeURIComponent(collection)}&where[document.value][equals]=${encodeURIComponent(id)}&depth=0&limit=1`,
        { credentials: 'include' },
      )
        .then(async (response) => (response.ok ? ((await response.json()) as { docs?: { updatedAt?: string }[] }).docs?.[0]?.updatedAt ?? null : null))
        .catch(() => null))
    const rewrite = () => {
      const [holder, since] = Array.from(document.querySelectorAll<HTMLElement>('dialog#document-locked .document-locked__content strong'))
      const userId = holder?.textContent?.trim().replace(/^\D*:\s*/, '')
      if (holder && userId && /^\d+$|^[0-9a-f]{24}$/.test(userId)) {
        void nameOf(userId).then((name) => {
          if (name && holder.isConnected && holder.textContent?.includes(userId)) holder.textContent = name
        })
      }
      if (since && !since.dataset.wartaZoned) {
        since.dataset.wartaZoned = 'pending'
        void lockedSince().then((updatedAt) => {
          if (!updatedAt || !since.isConnected) return
          since.textContent = formatAdminTime(new Date(updatedAt), timeZone, i18n.language)
          since.dataset.wartaZoned = 'true'
        })
      }
    }
    const observer = new MutationObserver(rewrite)
    observer.observe(document.body, { childList: true, subtree: true })
    rewrite()
    return () => observer.disconnect()
  }, [collection, id, timeZone, i18n.language])
  return null
}
