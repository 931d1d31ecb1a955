'use client'

import { useState } from 'react'

type Props = { anchor: string; label: string; copiedLabel: string }

/** Copies the address of one Q&A item (`…#q3`), which is the same question in every language. */
export function CopyLinkButton({ anchor, label, copiedLabel }: Props) {
  const [isCopied, setIsCopied] = useState(false)
  const copy = async () => {
    const url = new URL(window.location.href)
    url.hash = anchor
    window.history.replaceState(null, '', url)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    try {
      await navigator.clipboard.writeText(url.toString())
      setIsCopied(true)
    } catch {
      // Clipboard refused (insecure origin, permissions): the address bar now shows the link.
      setIsCopied(false)
    }
  }
  return (
    <button type="button" className="copy-link" onClick={copy} aria-label={label} data-anchor={anchor}>
      <span aria-hidden="true">#</span>
      <span className="copy-link-status" role="status">
        {isCopied ? copiedLabel : ''}
      </span>
    </button>
  )
}
