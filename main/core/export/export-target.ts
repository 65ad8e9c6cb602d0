import { open } from 'node:fs/promises'
import path from 'node:path'

/** Where an export may not be written, said so the user knows what to choose instead. */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError'
}

/**
 * Refuses a target inside the corpus folder: the next scan would read the
 * exported notes as source documents (and search them).
 *
 * @throws ExportTargetError
 */
export function assertOutsideCorpus(corpusRoot: string, target: string): void {
  const relative = path.relative(path.resolve(corpusRoot), path.resolve(target))
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new ExportTargetError(`${target} is inside the corpus folder, where the exported notes would be read as documents. Choose a place outside it.`)
  }
}

/** Front matter of a file Exzerpt wrote: it ends with the `exzerpt: <format>` line. */
const EXZERPT_FRONT_MATTER = /^---\r?\n(?:[^\n]*\r?\n)*?exzerpt: \d+\r?\n---/

/**
 * The files among `names` in `dir` that exist and were not written by an
 * Exzerpt export (a vault export may replace its own earlier notes, never a
 * note of the user's that happens to have the same name).
 */
export async function foreignFiles(dir: string, names: readonly string[]): Promise<string[]> {
  const foreign: string[] = []
  for (const name of names) {
    let handle
    try {
      handle = await open(path.join(dir, name), 'r')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    try {
      // Front matter stays well within 16 KB (the filter is the only long field and is capped).
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(16_384), 0, 16_384, 0)
      if (!EXZERPT_FRONT_MATTER.test(buffer.subarray(0, bytesRead).toString('utf8'))) foreign.push(name)
    } finally {
      await handle.close()
    }
  }
  return foreign
}
