import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileFailure, ImportText } from './2-merge/model'

const isHtml = (file: string): boolean => /\.html?$/i.test(file)
const isText = (file: string): boolean => /\.txt$/i.test(file)

/**
 * The texts named on the command line: files as given, folders searched recursively for `.txt`
 * and `.html` files (in name order, so runs are repeatable). Read as bytes: the parser checks a
 * text's encoding, and an `.html` page is reduced to its main content when it is parsed
 * (lib/import/2-merge/sources.ts), so the CLI and the Import view read HTML alike.
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
    texts.push({ name: target, content: new Uint8Array(await fs.readFile(target)) })
  }
  for (const target of paths) await visit(target, true)
  return { texts, failures }
}
