import { createHash } from 'node:crypto'
import { access, constants, mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Name of the folder inside a corpus where Exzerpt keeps its index and notebook. */
export const DATA_FOLDER = '.exzerpt'

/**
 * Picks where a corpus's index (and notebook) lives: `<corpus>/.exzerpt/`, so
 * the data travels with the corpus, or — when the corpus folder is read-only —
 * a folder under `fallbackRoot` keyed by the corpus's absolute path.
 */
export async function resolveDataDir(corpusRoot: string, fallbackRoot: string): Promise<string> {
  const inCorpus = path.join(corpusRoot, DATA_FOLDER)
  if (await isWritableDir(inCorpus, true)) return inCorpus
  const key = createHash('sha256').update(path.resolve(corpusRoot)).digest('hex').slice(0, 16)
  const fallback = path.join(fallbackRoot, 'corpora', `${path.basename(corpusRoot) || 'corpus'}-${key}`)
  await mkdir(fallback, { recursive: true })
  return fallback
}

async function isWritableDir(dir: string, create: boolean): Promise<boolean> {
  try {
    if (create) await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    return true
  } catch {
    return false
  }
}
