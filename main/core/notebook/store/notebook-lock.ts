import { hostname } from 'node:os'
import { open, readFile, rename, rm, stat } from 'node:fs/promises'
import { NotebookLockedError } from './notebook-errors'

/** What a lock file records about its owner. */
export interface LockOwner {
  pid: number
  hostname: string
  createdAt: string
}

// An empty or half-written lock younger than this may belong to a process that is
// creating it right now; older ones are leftovers of a crash between create and write.
const UNREADABLE_LOCK_GRACE_MS = 10_000

/**
 * Takes the notebook lock: creates `lockFile` exclusively (`wx`) with our pid,
 * host and time. A lock left by a process that no longer runs on this host is
 * taken over; any other existing lock throws {@link NotebookLockedError}.
 */
export async function acquireLock(lockFile: string, notebookName: string): Promise<void> {
  const me: LockOwner = { pid: process.pid, hostname: hostname(), createdAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx')
      try {
        await handle.writeFile(JSON.stringify(me))
        await handle.sync()
      } finally {
        await handle.close()
      }
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = await readOwner(lockFile)
    if (owner === 'gone') continue
    if (!(await isStale(lockFile, owner))) throw lockedError(lockFile, notebookName, owner)
    // Rename rather than delete: if two processes race to take over, only one rename of
    // the stale file succeeds, and neither removes a lock the other has just made.
    const aside = `${lockFile}.stale-${process.pid}-${Date.now().toString(36)}`
    if (await rename(lockFile, aside).then(() => true, () => false)) await rm(aside, { force: true })
  }
  throw new NotebookLockedError(lockFile, `Could not take the lock "${lockFile}" (it kept changing). Try again.`, {
    pid: null,
    hostname: null,
  })
}

/** Removes the lock, but only if it is still ours. */
export async function releaseLock(lockFile: string): Promise<void> {
  const owner = await readOwner(lockFile)
  if (owner !== 'gone' && owner !== null && owner.pid === process.pid && owner.hostname === hostname()) {
    await rm(lockFile, { force: true })
  }
}

async function readOwner(lockFile: string): Promise<LockOwner | null | 'gone'> {
  try {
    const parsed = JSON.parse(await readFile(lockFile, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return { pid: parsed.pid, hostname: parsed.hostname, createdAt: String(parsed.createdAt ?? '') }
    }
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : null
  }
}

async function isStale(lockFile: string, owner: LockOwner | null): Promise<boolean> {
  if (owner === null) {
    const info = await stat(lockFile).catch(() => null)
    return info !== null && Date.now() - info.mtimeMs > UNREADABLE_LOCK_GRACE_MS
  }
  // On another host we cannot tell whether the process still runs, so the lock holds.
  if (owner.hostname !== hostname()) return false
  if (owner.pid === process.pid) return false
  return !isAlive(owner.pid)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function lockedError(lockFile: string, notebookName: string, owner: LockOwner | null): NotebookLockedError {
  const who = owner === null ? { pid: null, hostname: null } : { pid: owner.pid, hostname: owner.hostname }
  let message: string
  if (owner === null) {
    message = `The notebook "${notebookName}" is being opened by another Exzerpt process right now (lock file "${lockFile}").`
  } else if (owner.pid === process.pid && owner.hostname === hostname()) {
    message = `The notebook "${notebookName}" is already open in this Exzerpt window.`
  } else {
    const where = owner.hostname === hostname() ? '' : ` on computer "${owner.hostname}"`
    message =
      `The notebook "${notebookName}" is open in another Exzerpt process (pid ${owner.pid}${where}, since ${owner.createdAt}). ` +
      `Close it there first. If no other Exzerpt is running, delete "${lockFile}".`
  }
  return new NotebookLockedError(lockFile, message, who)
}
