import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../fs/write-file-atomic'
import { METADATA_VERSION } from '../corpus/document-metadata'
import type { LoadedDocument } from '../corpus/load-document'
import type { DocumentKind } from '../corpus/scan-corpus'

/** What the saved index remembers of each document, so an unchanged corpus opens without reading it. */
export interface ManifestEntry {
  kind: DocumentKind
  size: number
  mtimeMs: number
  /** sha256 of the canonical text the index was built from. */
  hash: string
  title: string
  date: string | null
  chars: number
  words: number
  encoding: string
}

export type Manifest = Record<string, ManifestEntry>

/** What the manifest keeps of a document just read. */
export function toManifestEntry(doc: LoadedDocument): ManifestEntry {
  return {
    kind: doc.kind,
    size: doc.size,
    mtimeMs: doc.mtimeMs,
    hash: doc.hash,
    title: doc.title,
    date: doc.date,
    chars: doc.chars,
    words: doc.words,
    encoding: doc.encoding,
  }
}


/** Bumped when the cache file layout (not the analyzer) changes. */
export const CACHE_FORMAT = 1
export const CACHE_FILE = 'search-index.exz'

export interface IndexCache {
  manifest: Manifest
  /** The SearchIndex JSON (`SearchIndex.toJSON()`); it carries its own analyzer version. */
  indexJson: string
}

/**
 * Reads the saved index of a corpus. The file is one header line
 * (`{"format":1,"metadata":2,"manifest":{…}}`) followed by the index JSON, so both are
 * replaced by one atomic write and can never disagree. Returns null when there
 * is none or it is unreadable: the index is a cache and is simply rebuilt.
 */
export async function loadIndexCache(dataDir: string): Promise<IndexCache | null> {
  let raw: string
  try {
    raw = await readFile(path.join(dataDir, CACHE_FILE), 'utf8')
  } catch {
    return null
  }
  const newline = raw.indexOf('\n')
  if (newline < 0) return null
  try {
    const header = JSON.parse(raw.slice(0, newline)) as { format?: unknown; metadata?: unknown; manifest?: unknown }
    // Titles and dates read differently now: the index searches titles, so it is rebuilt.
    if ((header.metadata ?? 1) !== METADATA_VERSION) return null
    if (header.format !== CACHE_FORMAT || typeof header.manifest !== 'object' || header.manifest === null) return null
    return { manifest: header.manifest as Manifest, indexJson: raw.slice(newline + 1) }
  } catch {
    return null
  }
}

/** Saves the index and its manifest in one durable write. */
export async function saveIndexCache(dataDir: string, cache: IndexCache): Promise<void> {
  const header = JSON.stringify({ format: CACHE_FORMAT, metadata: METADATA_VERSION, manifest: cache.manifest })
  await writeFileAtomic(path.join(dataDir, CACHE_FILE), `${header}\n${cache.indexJson}`)
}
