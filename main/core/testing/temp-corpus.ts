import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The bundled sample corpus (five German news articles). */
export const BUNDLED_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus')

/**
 * Copies the bundled corpus into a fresh temp folder for a test that may
 * change files or write `.exzerpt/` — never its data folder, so each test
 * starts without a saved index or notebook. `base` is the temp folder.
 */
export async function tempCorpus(prefix = 'exzerpt-test-'): Promise<{ base: string; corpusDir: string }> {
  const base = await mkdtemp(path.join(os.tmpdir(), prefix))
  const corpusDir = path.join(base, 'corpus')
  await cp(BUNDLED_CORPUS, corpusDir, { recursive: true, filter: (src) => !src.includes('.exzerpt') })
  return { base, corpusDir }
}
