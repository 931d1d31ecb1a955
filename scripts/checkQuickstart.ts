/**
 * `npm run check:quickstart`: proves the README's quick start on a fresh clone, so it cannot rot.
 * 1. Reads the two commands from the README's "Quick start" section.
 * 2. Clones this repository (HEAD) into a temporary folder and runs the first command exactly as
 *    written, until the site and the admin answer with the demo content.
 * 3. Checks that .ci/run calls the second command.
 * Exits 0 when all of that holds, 1 with the reason otherwise.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exitAfterFlush } from '@/lib/cli/exit'
import { freePort } from '@/lib/cli/processes'
import { demoRelease } from '@/lib/seed/demoContent'

const fail = async (message: string): Promise<never> => {
  console.error(`check:quickstart: ${message}`)
  return exitAfterFlush(1)
}

/** The shell blocks of the README's quick start, in order. */
export const quickstartCommands = (readme: string): string[] => {
  const section = /^## Quick start\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? ''
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim())
}


const root = process.cwd()
const [startCommand, testCommand] = quickstartCommands(fs.readFileSync(path.join(root, 'README.md'), 'utf8'))
if (!startCommand || !testCommand) await fail('README has no two ```sh blocks under "## Quick start".')

const ciScript = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8')
const ciCommands = ciScript.split('\n').map((line) => line.trim())
if (!ciCommands.includes(testCommand!)) await fail(`.ci/run does not run the README's test command "${testCommand}".`)
console.log(`.ci/run calls "${testCommand}".`)

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-quickstart-'))
console.log(`Cloning into ${workDir} …`)
execFileSync('git', ['clone', '--quiet', root, workDir], { stdio: 'inherit' })

const port = await freePort()
const url = `http://127.0.0.1:${port}`
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_PUBLIC_SERVER_URL: url }
for (const name of ['DATABASE_URI', 'PAYLOAD_SECRET', 'WARTA_DATA_DIR', 'NEXT_DIST_DIR', 'NODE_OPTIONS']) delete env[name]
console.log(`Running "${startCommand}" with PORT=${port} …`)
const child = spawn('bash', ['-c', startCommand!], { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
let output = ''
child.stdout.on('data', (chunk) => (output += String(chunk)))
child.stderr.on('data', (chunk) => (output += String(chunk)))

const stop = () => {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.on('exit', stop)

const deadline = Date.now() + 20 * 60_000
const checks = {
  site: async () => (await (await fetch(`${url}/zh`)).text()).includes(demoRelease.title.zh),
  admin: async () => (await fetch(`${url}/admin/login`)).status === 200,
  login: async () =>
    (
      await fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@example.com', password: 'warta-demo' }),
      })
    ).status === 200,
}
const passed = new Set<string>()
while (passed.size < Object.keys(checks).length) {
  if (Date.now() > deadline) {
    stop()
    await fail(`the demo did not answer within 20 minutes. Output:\n${output.slice(-4000)}`)
  }
  if (child.exitCode !== null) await fail(`"${startCommand}" exited with ${child.exitCode}. Output:\n${output.slice(-4000)}`)
  for (const [name, check] of Object.entries(checks)) {
    if (passed.has(name)) continue
    try {
      if (await check()) passed.add(name)
    } catch {
      // not up yet
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))
}
console.log('The site answers /zh with the founding release, /admin/login answers, and the demo editor can log in.')
if (!output.includes('editor@example.com')) await fail('the demo did not print the demo logins.')
stop()
fs.rmSync(workDir, { recursive: true, force: true })
console.log('check:quickstart: the quick start works on a fresh clone.')
await exitAfterFlush(0)
