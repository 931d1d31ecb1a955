'use client'

import { useEffect, useRef } from 'react'

import { useDocumentTitle, useFormFields } from '@payloadcms/ui'

/** How often the heading is checked while the title is empty (Payload may set it back at any render). */
const CHECK_MS = 200

/**
 * A translation without a title yet: Payload would head the page with the bare document id ("2").
 * While the title field is empty this heads it with what it is instead ("Untitled in Chinese ·
 * Indonesian: <source title>"); the moment the translator types a title, Payload's own heading
 * (the title as typed) takes over again.
 *
 * Payload sets the heading from several effects of its own (on mount, after each form change,
 * after a save), batched with any set made here, so a single set in an effect loses the race; the
 * heading is checked on a short timer instead while the field is empty.
 */
export function UntitledHeading({ text }: { text: string }) {
  const title = useFormFields(([fields]) => fields.title?.value)
  const { title: shown, setDocumentTitle } = useDocumentTitle()
  const latest = useRef(shown)
  latest.current = shown
  const untitled = typeof title !== 'string' || title.trim() === ''
  useEffect(() => {
    if (!untitled) return
    const check = () => {
      if (latest.current !== text) setDocumentTitle(text)
    }
    const frame = requestAnimationFrame(check)
    const timer = setInterval(check, CHECK_MS)
    return () => {
      cancelAnimationFrame(frame)
      clearInterval(timer)
    }
  }, [untitled, text, setDocumentTitle])
  return null
}
