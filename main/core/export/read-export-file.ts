import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { NotebookInputError } from '../notebook/notebook-errors'

/** Larger than any export of a 100,000-highlight notebook with notes; anything bigger is not one. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/**
 * Reads a file to import, sized up first so a wrong pick (a video, a disk
 * image) is refused without being read into memory.
 *
 * @throws NotebookInputError naming the file, for a missing, unreadable or oversized file.
 */
export async function readExportFile(file: string): Promise<string> {
  const name = path.basename(file)
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new NotebookInputError(`${name} is not a file.`)
    if (info.size > MAX_IMPORT_BYTES) throw new NotebookInputError(`${name} is too large (${Math.round(info.size / 1024 / 1024)} MB) to be an Exzerpt export.`)
    return await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof NotebookInputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new NotebookInputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`)
  }
}
