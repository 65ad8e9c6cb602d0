import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { buildNotebook } from './load-notebook'
import { acquireLock, releaseLock } from './notebook-lock'
import { NotebookCorruptError } from './notebook-errors'
import { notebookPaths } from './notebook-paths'
import { SnapshotAdapter } from './snapshot-adapter'
import { syncDir } from '../../fs/write-chunks-atomic'

/** How many backups are kept; older ones are deleted when a new one is made. */
export const MAX_BACKUPS = 5
/** A running notebook makes a new backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

const BACKUP_NAME = /^notebook-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/

/** One backup as listed by {@link listBackups}. */
export interface BackupInfo {
  /** File name inside the `backups/` folder; pass it to {@link restoreBackup}. */
  name: string
  file: string
  createdAt: Date
  sizeBytes: number
  /** Whether the backup reads as a complete notebook this version can open. */
  valid: boolean
  /** Why it is not valid (plain words), when it is not. */
  problem?: string
  counts?: { highlights: number; tags: number; memos: number }
}

/**
 * Copies the current snapshot into `backups/` (durably: temp copy, fsync, rename)
 * and deletes all but the newest {@link MAX_BACKUPS}. The copy runs in libuv's
 * thread pool, so it does not block the main thread even for large notebooks.
 */
export async function backupSnapshot(dataDir: string): Promise<string> {
  const { file, backupDir } = notebookPaths(dataDir)
  await mkdir(backupDir, { recursive: true })
  const name = `notebook-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
  const target = path.join(backupDir, name)
  const tmp = `${target}.tmp`
  await copyFile(file, tmp)
  await fsyncFile(tmp)
  await rename(tmp, target)
  await syncDir(backupDir)
  const names = await backupNames(backupDir)
  for (const old of names.slice(MAX_BACKUPS)) await rm(path.join(backupDir, old), { force: true })
  return name
}

/** When the newest backup was made (ms since epoch), or `null` when there is none. */
export async function newestBackupTime(dataDir: string): Promise<number | null> {
  const newest = (await backupNames(notebookPaths(dataDir).backupDir))[0]
  return newest === undefined ? null : nameTime(newest)
}

/**
 * The backups of a notebook, newest first, each read and checked (so this reads
 * every backup completely — meant for the "notebook is damaged" dialog, not for hot paths).
 */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const { backupDir } = notebookPaths(dataDir)
  const result: BackupInfo[] = []
  for (const name of await backupNames(backupDir)) {
    const file = path.join(backupDir, name)
    const info: BackupInfo = { name, file, createdAt: new Date(nameTime(name)), sizeBytes: 0, valid: false }
    try {
      info.sizeBytes = (await stat(file)).size
      const raw = await new SnapshotAdapter(file).read()
      if (raw === null) throw new Error('the backup has disappeared')
      const { maps } = buildNotebook(raw as unknown as Record<string, unknown>, file, [])
      info.counts = { highlights: maps.highlights.size, tags: maps.tags.size, memos: maps.memos.size }
      info.valid = true
    } catch (error) {
      info.problem = error instanceof NotebookCorruptError ? error.reason : (error as Error).message
    }
    result.push(info)
  }
  return result
}

/**
 * Puts a backup in place of the notebook. The current `notebook.json` is kept as
 * `notebook.json.corrupt-<timestamp>` and its journal as
 * `notebook.journal.corrupt-<timestamp>` (the journal belongs to the old
 * snapshot and must not be replayed onto the backup). Refuses a backup that
 * does not check out, and takes the notebook lock so an open notebook is not swapped underneath.
 */
export async function restoreBackup(dataDir: string, backupName: string): Promise<void> {
  const { file, journalFile, lockFile, backupDir } = notebookPaths(dataDir)
  if (!BACKUP_NAME.test(backupName)) throw new Error(`"${backupName}" is not the name of a notebook backup`)
  const source = path.join(backupDir, backupName)
  const raw = await new SnapshotAdapter(source).read()
  if (raw === null) throw new Error(`The backup "${source}" does not exist`)
  buildNotebook(raw as unknown as Record<string, unknown>, source, [])

  await acquireLock(lockFile, file)
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const tmp = `${file}.restore-${stamp}.tmp`
    await copyFile(source, tmp)
    await fsyncFile(tmp)
    // Copy (not move) the old snapshot aside first: until the final rename, a crash
    // leaves the old notebook in place rather than no notebook at all.
    if (await exists(file)) {
      await copyFile(file, `${file}.corrupt-${stamp}`)
      await fsyncFile(`${file}.corrupt-${stamp}`)
    }
    if (await exists(journalFile)) await rename(journalFile, `${journalFile}.corrupt-${stamp}`)
    await rename(tmp, file)
    await syncDir(dataDir)
  } finally {
    await releaseLock(lockFile)
  }
}

async function backupNames(backupDir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(backupDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  // ISO timestamps sort chronologically as text.
  return names.filter((n) => BACKUP_NAME.test(n)).sort().reverse()
}

function nameTime(name: string): number {
  const stamp = BACKUP_NAME.exec(name)![1]!
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z')
  return Date.parse(iso)
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}
