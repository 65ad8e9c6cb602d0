import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Like `writeFileAtomic` (temp file, fsync, rename, fsync folder), but takes the
 * content as a stream of string chunks. A 100,000-highlight snapshot is ~70 MB:
 * building it as one string and encoding it in one go would block the main
 * thread for far longer than a frame.
 */
export async function writeChunksAtomic(file: string, chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void> {
  const dir = path.dirname(file)
  // pid + time alone is not unique: two writes of one file can start in the same millisecond.
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(tmp, 'w')
  try {
    for await (const chunk of chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk))
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

/** Makes a rename or file creation in `dir` durable. */
export async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; a rename is as durable as it gets there.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
