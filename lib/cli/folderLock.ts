import fs from 'node:fs'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Runs `run` while holding a lock shared by the processes of this machine: a folder (creating
 * one is atomic) holding the owner's pid. A lock left behind by a process that was killed is taken
 * over, so a crash never leaves everyone waiting.
 */
export const withFolderLock = async <T>(lock: string, run: () => Promise<T>, { timeoutMs, what }: { timeoutMs: number; what: string }): Promise<T> => {
  const owner = `${lock}/pid`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let pid = Number.NaN
      try {
        pid = Number(fs.readFileSync(owner, 'utf8'))
      } catch {
        // The owner is between creating the folder and writing its pid.
      }
      if (Number.isInteger(pid) && !isAlive(pid)) {
        fs.rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new Error(`Another process has been ${what} for ${timeoutMs / 1000} s (lock ${lock}); if none is running, remove that folder.`)
      }
      await sleep(50)
    }
  }
  try {
    return await run()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}
