import { writeChunksAtomic } from './write-chunks-atomic'

/**
 * Writes `data` to `file` so that a crash leaves either the old or the new
 * content, never a torn file: write a temp file beside it, fsync it, rename it
 * over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeChunksAtomic(file, [data])
}
