import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileFailure, ImportText } from './2-merge/model'

/**
 * The texts named on the command line: files as given, folders searched recursively for `.txt`
 * files (in name order, so runs are repeatable). Read as bytes: the parser checks the encoding.
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
        failures.push({ file: target, errors: [`${target}: no .txt files in this folder.`], warnings: [] })
      return
    }
    if (!named && !target.toLowerCase().endsWith('.txt')) return
    texts.push({ name: target, content: new Uint8Array(await fs.readFile(target)) })
  }
  for (const target of paths) await visit(target, true)
  return { texts, failures }
}
