import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { IndexableDocument } from '../main/core/search/search-index'

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Reads the bundled sample corpus the way the app does: title = first non-empty line, CRLF→LF, NFC. */
export function readSampleCorpus(dir: string): IndexableDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
      const title = text.split('\n').find((line) => line.trim())?.trim() ?? file
      return { id: file, title, text }
    })
}

export interface SyntheticCorpusOptions {
  docs: number
  /** Approximate size of each document in characters. */
  docChars?: number
  seed?: number
}

const LINKS = ['', 's', 'en', 'n', 'e', 'es']
const ENDINGS = ['e', 'en', 'er', 'es', 's', 'n', 'em', 'ern', 'ung', 'ungen', 'lich', 'isch']

/**
 * A German-looking corpus scaled up from the sample: sentences of the sample
 * are reused, and words are recombined into compounds and inflected, so the
 * vocabulary is large (≈200k distinct words at 10,000 documents) instead of
 * the sample's ~1,300 words repeated.
 */
export function generateCorpus(sample: IndexableDocument[], options: SyntheticCorpusOptions): IndexableDocument[] {
  const random = createRandom(options.seed ?? 42)
  const docChars = options.docChars ?? 5000
  const sentences = sample
    .flatMap((d) => d.text.split(/(?<=[.!?“])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20)
  const words = [...new Set(sample.flatMap((d) => d.text.match(/\p{L}+/gu) ?? []))]
  const nouns = words.filter((w) => w.length >= 4 && w[0] === w[0]!.toUpperCase() && w[0] !== w[0]!.toLowerCase())
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

  const mutate = (word: string): string => {
    const r = random()
    const isNoun = word.length >= 4 && word[0] !== word[0]!.toLowerCase()
    if (isNoun && r < 0.11) return word + pick(LINKS) + pick(nouns).toLowerCase()
    if (word.length >= 4 && r < 0.19) return word + pick(ENDINGS)
    return word
  }

  const docs: IndexableDocument[] = []
  for (let i = 0; i < options.docs; i++) {
    const parts: string[] = []
    let size = 0
    const title = pick(sentences).split(/\s+/).slice(0, 8).map(mutate).join(' ')
    parts.push(title, '\n\n')
    size += title.length
    while (size < docChars) {
      const sentence = pick(sentences).replace(/\p{L}+/gu, mutate)
      parts.push(sentence, random() < 0.2 ? '\n\n' : ' ')
      size += sentence.length + 1
    }
    docs.push({ id: `doc-${String(i).padStart(5, '0')}.txt`, title, text: parts.join('') })
  }
  return docs
}
