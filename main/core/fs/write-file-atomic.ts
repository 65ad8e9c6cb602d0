import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes `data` to `file` so that a crash leaves either the old or the new
 * content, never a torn file: write a temp file beside it, fsync it, rename it
 * over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(tmp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
  await syncDir(dir)
}

async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is as durable as it gets there.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
