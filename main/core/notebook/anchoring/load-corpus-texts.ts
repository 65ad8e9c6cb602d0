import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Test support: the repository's German sample documents as canonical text
 * (NFC, LF), sorted by file name. Not used by the anchoring code itself, which
 * stays free of I/O.
 */
export function loadCorpusTexts(corpusDir = join(process.cwd(), 'corpus')): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpusDir, name), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n'))
}
