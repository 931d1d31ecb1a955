import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import type { PressRelease } from '@/payload-types'

/** The stored shape of any Lexical field, as Payload's generated types spell it. */
export type RichTextValue = NonNullable<PressRelease['body']>

/**
 * Converts between plain paragraphs (how press texts arrive: seeds, imports) and the Lexical
 * JSON that Payload stores for rich text fields.
 */
export const paragraphsToRichText = (paragraphs: readonly string[]): RichTextValue =>
  ({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      // At least one paragraph, as Lexical saves an empty editor: it refuses to load a root
      // without children (error #38), and the field could then not be edited at all.
      children: (paragraphs.length > 0 ? paragraphs : ['']).map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }) satisfies RichTextValue

type NodeWithChildren = SerializedLexicalNode & { children?: SerializedLexicalNode[]; text?: string }

/** Lexical's nodes that flow within a line; every other node (list item, heading, table cell…) is a block of its own. */
const INLINE_NODES: ReadonlySet<string> = new Set(['text', 'link', 'autolink', 'tab', 'linebreak', 'mark', 'inlineBlock'])

/**
 * A node's text: inline children run together ("**Jakarta**, 3 Sep"), block children (a list's
 * items, a table's cells) on lines of their own. Joined with nothing, a list "Trade / Education"
 * read "TradeEducation" in search excerpts, the translator's source text and side by side, and the
 * made-up word was searchable.
 */
const textOf = (node: NodeWithChildren): string => {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  let text = ''
  for (const child of node.children ?? []) {
    const part = textOf(child as NodeWithChildren)
    if (part) text += text && !INLINE_NODES.has(child.type) ? `\n${part}` : part
  }
  return text
}

/** The text of each top-level block, empty blocks dropped. */
export const richTextToParagraphs = (value: unknown): string[] => {
  const root = (value as SerializedEditorState | null | undefined)?.root as NodeWithChildren | undefined
  if (!root?.children) return []
  return root.children.map((child) => textOf(child as NodeWithChildren).trim()).filter(Boolean)
}

export const richTextToPlainText = (value: unknown): string => richTextToParagraphs(value).join('\n\n')
