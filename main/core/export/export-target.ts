import { open, realpath } from 'node:fs/promises'
import path from 'node:path'
import { isWithin } from '../fs/is-within'

/** Where an export may not be written, said so the user knows what to choose instead. */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError'
}

/**
 * Refuses a target inside the corpus folder: the next scan would read the
 * exported notes as source documents (and search them). Compared after
 * resolving links, and ignoring case where the file system usually does.
 *
 * @throws ExportTargetError
 */
export async function assertOutsideCorpus(corpusRoot: string, target: string): Promise<void> {
  const root = await resolveExisting(corpusRoot)
  const resolved = await resolveExisting(target)
  const fold = (p: string) => (process.platform === 'darwin' || process.platform === 'win32' ? p.toLowerCase() : p)
  if (isWithin(fold(root), fold(resolved))) {
    throw new ExportTargetError(`${target} is inside the corpus folder, where the exported notes would be read as documents. Choose a place outside it.`)
  }
}

/** The real path of `p`, or of its nearest existing parent with the rest appended (a target may not exist yet). */
async function resolveExisting(p: string): Promise<string> {
  const absolute = path.resolve(p)
  const rest: string[] = []
  let current = absolute
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest)
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return absolute
      rest.unshift(path.basename(current))
      current = parent
    }
  }
}

/**
 * Whether a note's text starts with front matter written by Exzerpt: a `---` line,
 * then YAML lines up to the closing `---`, the last of them `exzerpt: <format>`.
 * Read line by line (not by one regular expression, which can backtrack badly on
 * a long foreign file).
 */
export function hasExzerptFrontMatter(head: string): boolean {
  const lines = head.split('\n', 400).map((line) => line.replace(/\r$/, ''))
  if (lines[0] !== '---') return false
  const close = lines.indexOf('---', 1)
  return close > 1 && /^exzerpt: \d+$/.test(lines[close - 1]!)
}

/**
 * The files among `names` in `dir` that exist and were not written by an
 * Exzerpt export (a vault export may replace its own earlier notes, never a
 * note of the user's that happens to have the same name; a folder of that
 * name counts as not ours).
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
      if (!(await handle.stat()).isFile()) {
        foreign.push(name)
        continue
      }
      // Front matter stays well within 16 KB (the filter is the only long field and is capped).
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(16_384), 0, 16_384, 0)
      if (!hasExzerptFrontMatter(buffer.subarray(0, bytesRead).toString('utf8'))) foreign.push(name)
    } finally {
      await handle.close()
    }
  }
  return foreign
}
