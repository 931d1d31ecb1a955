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
 * One process at a time applies migrations to an SQLite file. Payload reads which migrations are
 * applied before it opens the transaction that applies the next one, so six commands started at
 * once on a fresh database all saw "not applied" and five failed on `CREATE TABLE … already
 * exists`. The lock is a folder beside the database (creating a folder is atomic), holding the
 * owner's pid; a lock left by a killed process is taken over. Whoever gets it next finds the
 * migrations applied and does nothing.
 */
export const withMigrationLock = async <T>(databaseFile: string, run: () => Promise<T>, timeoutMs = 120_000): Promise<T> => {
  const lock = `${databaseFile}.migrating`
  const owner = `${lock}/pid`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(fs.existsSync(owner) ? fs.readFileSync(owner, 'utf8') : Number.NaN)
      if (Number.isInteger(pid) && !isAlive(pid)) {
        fs.rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new Error(`Another process has been migrating ${databaseFile} for ${timeoutMs / 1000} s (lock ${lock}); if none is running, remove that folder.`)
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
