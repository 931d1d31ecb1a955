import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileFailure, ImportText } from './2-merge/model'

import { htmlToText } from './1-parse/html'

const isHtml = (file: string): boolean => /\.html?$/i.test(file)
const isText = (file: string): boolean => /\.txt$/i.test(file)

/**
 * The texts named on the command line: files as given, folders searched recursively for `.txt`
 * and `.html` files (in name order, so runs are repeatable). Text is read as bytes (the parser
 * checks the encoding); an `.html` page is reduced to its main content's text first
 * (lib/import/1-parse/html.ts), the rest of its text listed as set aside.
 */
export const readTexts = async (paths: readonly string[]): Promise<{ texts: ImportText[]; failures: FileFailure[] }> => {
  const texts: ImportText[] = []
  const failures: FileFailure[] = []
  const visit = async (target: string, named: boolean): Promise<void> => {
    let stat
    try {
      stat = await fs.stat(target)
    } catch {
      failures.push({ file: target, errors: [`${target}: no such file or folder.`], warnings: [] })
      return
    }
    if (stat.isDirectory()) {
      const before = texts.length
      const entries = (await fs.readdir(target)).sort()
      for (const entry of entries) await visit(path.join(target, entry), false)
      if (named && texts.length === before)
        failures.push({ file: target, errors: [`${target}: no .txt or .html files in this folder.`], warnings: [] })
      return
    }
    if (!named && !isText(target) && !isHtml(target)) return
    const bytes = new Uint8Array(await fs.readFile(target))
    if (!isHtml(target)) {
      texts.push({ name: target, content: bytes })
      return
    }
    let html: string
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      failures.push({ file: target, errors: [`${target}: this HTML file is not UTF-8; save the page as UTF-8 (or paste its text).`], warnings: [] })
      return
    }
    const { text, setAside } = htmlToText(html)
    texts.push({ name: target, content: text, setAside })
  }
  for (const target of paths) await visit(target, true)
  return { texts, failures }
}
