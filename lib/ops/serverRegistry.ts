import fs from 'node:fs'
import path from 'node:path'

/**
 * Which production servers are running on this machine's data folder: each `npm start` writes
 * `<data dir>/run/server-<pid>.json` while it runs, so `npm run restore` can refuse to swap the
 * database from under a live server (or stop it first). A file left by a killed server names a
 * process that no longer exists and is ignored (and removed).
 */
export type RegisteredServer = { pid: number; port: number; database: string; startedAt: string }

const runDir = (dataDirectory: string) => path.join(dataDirectory, 'run')
const fileOf = (dataDirectory: string, pid: number) => path.join(runDir(dataDirectory), `server-${pid}.json`)

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A recycled pid belongs to some other program: on Linux its command line tells.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.ts')
  } catch {
    return true
  }
}

export const registerServer = (dataDirectory: string, server: Omit<RegisteredServer, 'pid' | 'startedAt'>): (() => void) => {
  fs.mkdirSync(runDir(dataDirectory), { recursive: true })
  const file = fileOf(dataDirectory, process.pid)
  const record: RegisteredServer = { pid: process.pid, startedAt: new Date().toISOString(), ...server }
  fs.writeFileSync(file, `${JSON.stringify(record)}\n`)
  return () => fs.rmSync(file, { force: true })
}

/** Live servers registered in this data folder (stale files of dead processes are cleaned up). */
export const liveServers = (dataDirectory: string): RegisteredServer[] => {
  const folder = runDir(dataDirectory)
  if (!fs.existsSync(folder)) return []
  const servers: RegisteredServer[] = []
  for (const name of fs.readdirSync(folder)) {
    if (!/^server-\d+\.json$/.test(name)) continue
    const file = path.join(folder, name)
    try {
      const server = JSON.parse(fs.readFileSync(file, 'utf8')) as RegisteredServer
      if (isAlive(server.pid)) servers.push(server)
      else fs.rmSync(file, { force: true })
    } catch {
      // A file being written or removed right now: not a server we can act on.
    }
  }
  return servers
}
