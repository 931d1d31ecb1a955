import { createClient } from '@libsql/client'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Backups of the embedded deployment: the SQLite database and the uploaded media, which together
 * are all of a newsroom's state. (On MongoDB, use the database's own tools: mongodump/mongorestore
 * or the provider's snapshots, plus a copy of the media folder; see docs/operations.md.)
 *
 * A backup is a folder: `warta.db` (a consistent copy made with SQLite's `VACUUM INTO`, which
 * reads one snapshot while the server keeps writing), `media/`, and `backup.json` describing it.
 */
export const BACKUP_DATABASE = 'warta.db'
export const BACKUP_MANIFEST = 'backup.json'

export type BackupManifest = {
  format: 'warta-backup/1'
  createdAt: string
  sourceDatabase: string
  databaseBytes: number
  databaseSha256: string
  mediaFiles: number
  tables: number
}

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const sqliteString = (value: string) => `'${value.replaceAll("'", "''")}'`

const countFiles = (folder: string): number =>
  fs.existsSync(folder)
    ? fs.readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => total + (entry.isDirectory() ? countFiles(path.join(folder, entry.name)) : 1), 0)
    : 0

/** Opens a copy and asks SQLite to check it page by page; returns its number of tables. */
const verifyDatabase = async (file: string): Promise<number> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const check = await client.execute('PRAGMA integrity_check')
    const verdict = String(check.rows[0]?.[0] ?? '')
    if (verdict !== 'ok') throw new Error(`SQLite's integrity check of ${file} failed: ${verdict}`)
    const tables = await client.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    return Number(tables.rows[0]?.[0] ?? 0)
  } finally {
    client.close()
  }
}

export const createBackup = async ({ databaseFile, mediaDir, target }: { databaseFile: string; mediaDir: string; target: string }): Promise<BackupManifest> => {
  if (!fs.existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile} to back up.`)
  if (fs.existsSync(target)) throw new Error(`${target} already exists: choose a new folder for the backup.`)
  const partial = `${target}.partial-${process.pid}`
  fs.mkdirSync(partial, { recursive: true })
  try {
    const copy = path.join(partial, BACKUP_DATABASE)
    const source = createClient({ url: `file:${databaseFile}` })
    try {
      // A writer holding the lock only delays the snapshot's start.
      await source.execute('PRAGMA busy_timeout = 20000')
      await source.execute(`VACUUM INTO ${sqliteString(copy)}`)
    } finally {
      source.close()
    }
    const tables = await verifyDatabase(copy)
    // The database first, then the media: a file uploaded in between is an extra, never a gap.
    if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(partial, 'media'), { recursive: true })
    const manifest: BackupManifest = {
      format: 'warta-backup/1',
      createdAt: new Date().toISOString(),
      sourceDatabase: databaseFile,
      databaseBytes: fs.statSync(copy).size,
      databaseSha256: sha256Of(copy),
      mediaFiles: countFiles(path.join(partial, 'media')),
      tables,
    }
    fs.writeFileSync(path.join(partial, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.renameSync(partial, target)
    return manifest
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** Reads and checks a backup folder before anything is replaced. */
export const readBackup = async (backupDir: string): Promise<BackupManifest> => {
  const manifestFile = path.join(backupDir, BACKUP_MANIFEST)
  const database = path.join(backupDir, BACKUP_DATABASE)
  if (!fs.existsSync(manifestFile) || !fs.existsSync(database)) {
    throw new Error(`${backupDir} is not a Warta backup (expected ${BACKUP_MANIFEST} and ${BACKUP_DATABASE}; make one with npm run backup).`)
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (manifest.format !== 'warta-backup/1') throw new Error(`${manifestFile}: unknown backup format ${JSON.stringify(manifest.format)}.`)
  if (sha256Of(database) !== manifest.databaseSha256) throw new Error(`${database} does not match its checksum in ${BACKUP_MANIFEST}: the backup is damaged.`)
  await verifyDatabase(database)
  return manifest
}

/**
 * Puts a backup in place of the current database and media. The caller has made sure no server
 * uses the database. The current state is kept beside it (`*.before-restore-<time>`), and the
 * database file is swapped with a rename, after its `-wal`/`-shm` companions are moved away so
 * SQLite cannot replay the old write-ahead log onto the restored file.
 */
export const restoreBackup = async ({ backupDir, databaseFile, mediaDir }: { backupDir: string; databaseFile: string; mediaDir: string }) => {
  const manifest = await readBackup(backupDir)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const kept: string[] = []
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restoring-${process.pid}`
  fs.copyFileSync(path.join(backupDir, BACKUP_DATABASE), incoming)
  const handle = fs.openSync(incoming, 'r+')
  fs.fsyncSync(handle)
  fs.closeSync(handle)
  for (const suffix of ['', '-wal', '-shm']) {
    const file = `${databaseFile}${suffix}`
    if (!fs.existsSync(file)) continue
    const aside = `${databaseFile}.before-restore-${stamp}${suffix}`
    fs.renameSync(file, aside)
    kept.push(aside)
  }
  fs.renameSync(incoming, databaseFile)
  if (fs.existsSync(mediaDir)) {
    const aside = `${mediaDir}.before-restore-${stamp}`
    fs.renameSync(mediaDir, aside)
    kept.push(aside)
  }
  const backupMedia = path.join(backupDir, 'media')
  if (fs.existsSync(backupMedia)) fs.cpSync(backupMedia, mediaDir, { recursive: true })
  return { manifest, kept }
}
