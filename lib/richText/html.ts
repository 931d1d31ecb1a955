import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

/**
 * Rich text as an HTML string, for places that cannot render React (the Atom feeds' `<content
 * type="html">`). Payload's own converter does the work: it escapes every text node and attribute
 * and passes link URLs through its `sanitizeUrl` (no `javascript:`), so stored text never becomes
 * markup. An internal link needs an address from us: `internalHref` gets the linked document as
 * stored (an id, or the document when populated) and returns an absolute URL, or null to link to
 * `fallbackHref`.
 */
export type InternalLinkTarget = { relationTo: string; value: unknown }

export const richTextToHtml = (
  value: unknown,
  { internalHref, fallbackHref }: { internalHref: (target: InternalLinkTarget) => string | null; fallbackHref: string },
): string => {
  const data = value as SerializedEditorState | null | undefined
  if (!data?.root?.children?.length) return ''
  return convertLexicalToHTML({
    data,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const doc = linkNode.fields.doc as InternalLinkTarget | null | undefined
          return (doc ? internalHref(doc) : null) ?? fallbackHref
        },
      }),
    }),
  })
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Plain text for an HTML context (a feed's `type="html"` title, summary or question). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!)
