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
      children: paragraphs.map((text) => ({
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

const textOf = (node: NodeWithChildren): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map((child) => textOf(child as NodeWithChildren)).join('')

/** The text of each top-level block, empty blocks dropped. */
export const richTextToParagraphs = (value: unknown): string[] => {
  const root = (value as SerializedEditorState | null | undefined)?.root as NodeWithChildren | undefined
  if (!root?.children) return []
  return root.children.map((child) => textOf(child as NodeWithChildren).trim()).filter(Boolean)
}

export const richTextToPlainText = (value: unknown): string => richTextToParagraphs(value).join('\n\n')
