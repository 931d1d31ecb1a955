'use client'

import { useEffect, useLayoutEffect, useRef } from 'react'

import { useDocumentTitle, useFormFields } from '@payloadcms/ui'

import { HEADING_READY } from './headingReady'

/** Frames after mount in which the heading is checked (Payload's own mount effects set it too). */
const SETTLE_FRAMES = 30

/**
 * A translation without a title yet: Payload would head the page with the bare document id ("2").
 * While the title field is empty this heads it with what it is instead ("Untitled in Chinese ·
 * Indonesian: <source title>"); the moment the translator types a title, Payload's own heading
 * (the title as typed) takes over again.
 *
 * Payload sets the heading from effects of its own (on mount, when its saved data changes, a frame
 * after the title field changes). Two rules keep ours without a timer race (a 200-ms check let the
 * id show, and let a browser test read it):
 * - once ours is shown, Payload setting the id back is a change of the heading state this reads,
 *   so this renders again and its layout effect restores ours before the browser paints;
 * - on mount, Payload's first set and ours land in one batch, starting from and ending on the id,
 *   so nothing renders to react to: the heading is checked for a few frames after mount instead.
 */
export function UntitledHeading({ text }: { text: string }) {
  const title = useFormFields(([fields]) => fields.title?.value)
  const { title: shown, setDocumentTitle } = useDocumentTitle()
  const latest = useRef(shown)
  latest.current = shown
  const untitled = typeof title !== 'string' || title.trim() === ''
  useLayoutEffect(() => {
    if (untitled && shown !== text) setDocumentTitle(text)
    // Shown as it should be (ours, or the title being typed): visible from this paint on.
    else document.documentElement.setAttribute(HEADING_READY, '')
  }, [untitled, shown, text, setDocumentTitle])
  useEffect(() => {
    if (!untitled) return
    let frames = 0
    let handle = 0
    const check = () => {
      if (latest.current !== text) setDocumentTitle(text)
      if (++frames < SETTLE_FRAMES) handle = requestAnimationFrame(check)
    }
    handle = requestAnimationFrame(check)
    return () => cancelAnimationFrame(handle)
  }, [untitled, text, setDocumentTitle])
  return null
}
