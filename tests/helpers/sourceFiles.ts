import fs from 'node:fs'
import path from 'node:path'

/** Every TypeScript file (`.ts`, `.tsx`) under a folder, for tests that read the project's own code. */
export const sourceFiles = (folder: string): string[] =>
  fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
