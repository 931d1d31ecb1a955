'use client'

import { useEffect, type ReactNode } from 'react'

/** The edit view's buttons that send the form: Save Draft (Ctrl/⌘+S clicks it too) and Save/Publish. */
const SAVE_BUTTONS = '#action-save-draft, #action-save'

/** However busy the browser is, a save waits at most this long (twice) for the rich-text fields. */
const IDLE_TIMEOUT_MS = 1_000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })
    else setTimeout(resolve, 100)
  })

/**
 * Waits until what was typed into a rich-text field has reached the form. Payload's Lexical field
 * hands the editor's state to the form only when the browser is idle (requestIdleCallback, up to
 * 500 ms later); a Save pressed before that sent the form without the last words typed, or
 * without the whole text typed since the last save (seen: an editor's opening statements missing
 * from the saved draft, the publish then refused). Idle callbacks run in the order they were asked
 * for, so: one task for Lexical's own update to ask for its callback, an idle callback after it
 * (the value is in the form's reducer), and another (React has rendered it into the form's state,
 * which is what the submit reads).
 */
const pendingEditsReached = async () => {
  await nextTask()
  await idle()
  await idle()
}

/**
 * Holds a click on a save button until pending rich-text edits are in the form, then clicks again.
 * A capture listener on the document runs before React's (on the root), so Payload's handler sees
 * only the second click. No-op for a click that arrives while one is already held (a double click
 * saves once, as it would have).
 */
export function FlushPendingEdits({ children }: { children?: ReactNode }) {
  useEffect(() => {
    let held = false
    let passing = false
    const onClick = (event: MouseEvent) => {
      if (passing || !(event.target instanceof Element)) return
      const button = event.target.closest<HTMLButtonElement>(SAVE_BUTTONS)
      if (!button) return
      event.preventDefault()
      event.stopImmediatePropagation()
      if (held) return
      held = true
      void pendingEditsReached().then(() => {
        held = false
        // React keeps the button's element; should it have been replaced meanwhile, its successor.
        const target = button.isConnected ? button : document.getElementById(button.id)
        if (!target) return
        passing = true
        try {
          target.click()
        } finally {
          passing = false
        }
      })
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [])
  return <>{children}</>
}
