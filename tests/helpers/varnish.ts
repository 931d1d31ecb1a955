import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { varnishdArguments } from '@/lib/cli/varnish'

export type RunningVarnish = { url: string; stop: () => Promise<void>; output: () => string }

/**
 * Debian's Varnish with the repository's deploy/varnish/warta.vcl (its backend pointed at a test
 * server's port) and varnishd.params, as lib/cli/varnish.ts runs it.
 */
export const startVarnish = async ({ backendPort, port }: { backendPort: number; port: number }): Promise<RunningVarnish> => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-varnish-'))
  const vcl = path.join(folder, 'warta.vcl')
  const source = fs.readFileSync(path.resolve('deploy/varnish/warta.vcl'), 'utf8')
  if (!source.includes('.port = "3000";')) throw new Error('deploy/varnish/warta.vcl no longer names port 3000 for its backend')
  fs.writeFileSync(vcl, source.replace('.port = "3000";', `.port = "${backendPort}";`))
  const child = spawn('varnishd', varnishdArguments({ workFolder: path.join(folder, 'work'), listen: `127.0.0.1:${port}`, vcl, storage: 'malloc,128m' }), {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${url}/api/health`)
      break
    } catch {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`varnishd did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}
