#!/usr/bin/env node
/**
 * `node --conditions=production scripts/run.mjs <file.ts> [args…]`: how every Warta command runs
 * (npm start, demo, seed, import, migrate, backup, restore, bench). The TypeScript entry point is
 * bundled by esbuild (our code only; packages stay in node_modules) and run by plain Node.js in
 * this same process: no loader hooks, no second process.
 *
 * Why `--conditions=production`: Lexical (Payload's rich-text editor, loaded by the Payload config)
 * resolves under Node's default `node` export condition to `Lexical.node.mjs`, a module whose top
 * level is `await import('./Lexical.dev.mjs' or './Lexical.prod.mjs')`, and every @lexical/*
 * package does the same. Node.js 20 intermittently never settles such a graph of top-level awaits
 * around dynamic imports: the process exits 13 ("unsettled top-level await") with no output before
 * any of our code runs — most runs on a busy machine, some on an idle one. The `production`
 * condition selects Lexical's plain ES module builds, which have no top-level await. This file
 * refuses to run without it, so no command can silently die that way again.
 *
 * Bundles are content-addressed (`.warta/scripts/<name>-<hash>.mjs`, written to a temporary name
 * and renamed), so commands started side by side never read each other's half-written output.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const outDir = path.join(root, '.warta', 'scripts')
const [entry, ...args] = process.argv.slice(2)

const fail = (message) => {
  process.stderr.write(`scripts/run.mjs: ${message}\n`)
  process.exit(1)
}

if (!entry) fail('usage: node --conditions=production scripts/run.mjs <file.ts> [args…]')
const nodeFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
if (!/(--conditions[= ]|-C ?)production\b/.test(nodeFlags)) {
  fail('run me as `node --conditions=production scripts/run.mjs …` (see the comment at the top of this file for why).')
}

const source = path.resolve(root, entry)
if (!fs.existsSync(source)) fail(`no such file: ${entry}`)

const { build } = await import('esbuild')
const result = await build({
  entryPoints: [source],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  write: false,
  logLevel: 'warning',
}).catch((error) => fail(`could not bundle ${entry}: ${error.message}`))

const code = result.outputFiles[0].contents
const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)
const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '')
const bundle = path.join(outDir, `${name}-${hash}.mjs`)
if (!fs.existsSync(bundle)) {
  fs.mkdirSync(outDir, { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp`
  fs.writeFileSync(temporary, code)
  fs.renameSync(temporary, bundle)
  // Older bundles of the same command are of no further use (a running process keeps its own open).
  for (const file of fs.readdirSync(outDir)) {
    if (file.startsWith(`${name}-`) && file !== path.basename(bundle) && Date.now() - fs.statSync(path.join(outDir, file)).mtimeMs > 3_600_000) {
      fs.rmSync(path.join(outDir, file), { force: true })
    }
  }
}

// The script sees the arguments after its own name, as if run directly.
process.argv = [process.argv[0], source, ...args]
await import(pathToFileURL(bundle).href)
