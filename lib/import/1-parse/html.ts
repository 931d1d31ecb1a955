import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/**
 * A web page saved or pasted as HTML, reduced to the text the parser reads. A real HTML parser
 * (linkedom) builds the document and Mozilla's Readability (Firefox's reader view) picks the main
 * content, dropping navigation, language bars, share buttons and footers by the page's structure
 * rather than by the text rules plain-text copies need. The page's text blocks that Readability left
 * out are returned as `setAside`, so nothing disappears unseen. Pure: no I/O.
 */

export type HtmlText = { text: string; title: string | null; setAside: string[] }

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TR', 'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD'])

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** One line per block element (a paragraph, a heading, a list item), whitespace inside a line folded. */
export const blockLines = (root: DomNode): string[] => {
  const parts: string[] = []
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child.textContent ?? '').replace(/\s+/g, ' '))
      else if (child.nodeType === 1) {
        const tag = child.nodeName.toUpperCase()
        if (SKIP.has(tag)) continue
        if (tag === 'BR') {
          parts.push('\n')
          continue
        }
        const isBlock = BLOCK.has(tag)
        if (isBlock) parts.push('\n')
        walk(child)
        if (isBlock) parts.push('\n')
      }
    }
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
}

export const htmlToText = (html: string): HtmlText => {
  const { document } = parseHTML(html)
  const body = document.body as unknown as DomNode | null
  const everything = body ? blockLines(body) : []
  const headings = Array.from(document.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
  // Readability changes the document it reads, so the whole page's lines are taken first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
  if (!article?.content) return { text: everything.join('\n'), title: null, setAside: [] }
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
  const lines = content.body ? blockLines(content.body as unknown as DomNode) : []
  // The page's own heading, when <title> is that heading plus the site's name ("… _Ministry of Foreign Affairs").
  const pageTitle = article.title?.trim() ?? ''
  const heading = headings.find((h) => h && (pageTitle.includes(h) || h.includes(pageTitle))) ?? null
  const title = heading ?? (pageTitle || null)
  const text = title && lines[0] !== title ? [title, ...lines] : lines
  const kept = new Set(text)
  return { text: text.join('\n'), title, setAside: everything.filter((line) => !kept.has(line)) }
}
