import type { FileFailure, ImportText } from './model'
import type { ParsedDocument, ParseIssue, ParseOptions } from '../1-parse/types'

import { htmlToText } from '../1-parse/html'
import { notMainContentEntry, setAsideEntry } from '../1-parse/messages'
import { parseText } from '../1-parse/parse'

/** A parsed document with the text it came from and its messages, prefixed with that text's name. */
export type SourcedDocument = { file: string; document: ParsedDocument; warnings: string[]; setAside: string[] }

export type ParsedTexts = { documents: SourcedDocument[]; failures: FileFailure[] }

const labelled = (file: string, issue: ParseIssue): string => `${file}: ${issue.message}`

/** A saved page (`.html`, `.htm`) or pasted clipboard HTML (it opens with a doctype, `<html>` or `<meta>`). */
const isHtml = ({ name, content }: ImportText): boolean =>
  /\.html?$/i.test(name) || (typeof content === 'string' && /^\s*<(?:!doctype html|html[\s>]|meta\s)/i.test(content))

/**
 * An HTML page's main content as text, with the page text it left out; plain text as it is.
 * HTML must be UTF-8 (what browsers put on the clipboard and "Save page" writes for these sites).
 */
const readable = (text: ImportText): { content: string | Uint8Array; setAside: readonly string[] } | { error: string } => {
  if (!isHtml(text)) return { content: text.content, setAside: text.setAside ?? [] }
  let html: string
  try {
    html = typeof text.content === 'string' ? text.content : new TextDecoder('utf-8', { fatal: true }).decode(text.content)
  } catch {
    return { error: `${text.name}: this HTML file is not UTF-8; save the page as UTF-8, or copy its text instead.` }
  }
  const { text: content, setAside } = htmlToText(html)
  return { content, setAside: [...(text.setAside ?? []), ...setAside] }
}

/**
 * Parses every text. Warnings about the whole text (site chrome, repaired lines) go to the
 * document whose lines they concern, or the text's first document, so each document's report is
 * complete on its own.
 */
export const parseTexts = (texts: readonly ImportText[], options: ParseOptions): ParsedTexts => {
  const documents: SourcedDocument[] = []
  const failures: FileFailure[] = []
  for (const text of texts) {
    const { name } = text
    const input = readable(text)
    if ('error' in input) {
      failures.push({ file: name, errors: [input.error], warnings: [] })
      continue
    }
    const { content, setAside: notMainContent } = input
    const result = parseText(content, options)
    const htmlSetAside = notMainContent.map((line) => notMainContentEntry(name, line))
    if (result.documents.length === 0) {
      failures.push({
        file: name,
        errors: result.errors.map((issue) => labelled(name, issue)),
        warnings: [...htmlSetAside, ...result.warnings.map((issue) => labelled(name, issue))],
      })
      continue
    }
    const own = result.documents.map((document) => ({
      file: name,
      document,
      warnings: document.warnings.map((issue) => labelled(name, issue)),
      setAside: [] as string[],
    }))
    own[0]?.setAside.push(...htmlSetAside)
    // Every line set aside as furniture is listed with the document it sat in (else the first), in full.
    for (const line of result.dropped ?? []) {
      const target = own.find(({ document }) => line.line >= document.startLine && line.line <= document.endLine) ?? own[0]
      target?.setAside.push(setAsideEntry(name, line.line, line.kind, line.text))
    }
    for (const issue of result.warnings) {
      const target =
        own.find(({ document }) => issue.line !== null && issue.line >= document.startLine && issue.line <= document.endLine) ?? own[0]
      const message = labelled(name, issue)
      if (target && !target.warnings.includes(message)) target.warnings.push(message)
    }
    documents.push(...own)
  }
  return { documents, failures }
}
