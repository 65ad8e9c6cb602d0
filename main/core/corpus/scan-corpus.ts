import type { Dirent } from 'node:fs'
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { fsErrorReason } from './fs-error-reason'

export type DocumentKind = 'text' | 'markdown' | 'html'

export interface CorpusFile {
  /** Path relative to the corpus root, `/` separators. */
  id: string
  absPath: string
  size: number
  mtimeMs: number
  kind: DocumentKind
}

export interface SkippedFile {
  /** Path relative to the corpus root. */
  path: string
  reason: string
}

export interface ScanOptions {
  /** Files above this size are skipped (default 20 MiB). */
  maxBytes?: number
}

export interface ScanResult {
  files: CorpusFile[]
  skipped: SkippedFile[]
}

/** The corpus folder itself is missing or not a folder. */
export class CorpusNotFoundError extends Error {}

const KINDS: Record<string, DocumentKind> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' }
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/**
 * Lists the documents of a corpus folder, recursively, without reading them.
 * Hidden entries (and so Exzerpt's own `.exzerpt/`) are ignored; links are
 * followed only while they stay inside the corpus; unsupported, oversized,
 * unreadable or vanishing files are reported in `skipped` and never stop the
 * scan. Throws `CorpusNotFoundError` only when the root itself is unusable.
 */
export async function scanCorpus(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let realRoot: string
  try {
    realRoot = await realpath(root)
    if (!(await stat(realRoot)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new CorpusNotFoundError(`Corpus folder not found or not a folder: ${root}`)
  }
  const files: CorpusFile[] = []
  const skipped: SkippedFile[] = []
  const visited = new Set<string>([realRoot])

  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      skipped.push({ path: rel || '.', reason: `folder could not be read (${fsErrorReason(error)})` })
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const abs = path.join(dir, entry.name)
      const id = rel ? `${rel}/${entry.name}` : entry.name
      await visit(abs, id, entry)
    }
  }

  const visit = async (abs: string, id: string, entry: Dirent): Promise<void> => {
    let target = abs
    if (entry.isSymbolicLink()) {
      try {
        target = await realpath(abs)
      } catch {
        skipped.push({ path: id, reason: 'broken link' })
        return
      }
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        skipped.push({ path: id, reason: 'link points outside the corpus folder' })
        return
      }
    }
    let info
    try {
      info = entry.isSymbolicLink() ? await stat(target) : await lstat(abs)
    } catch (error) {
      skipped.push({ path: id, reason: `could not be read (${fsErrorReason(error)})` })
      return
    }
    if (info.isDirectory()) {
      const real = entry.isSymbolicLink() ? target : await realpath(abs).catch(() => abs)
      if (visited.has(real)) return // a link loop, or a folder already scanned through another link
      visited.add(real)
      await walk(abs, id)
      return
    }
    if (!info.isFile()) return
    const ext = path.extname(id).toLowerCase()
    const kind = KINDS[ext]
    if (!kind) {
      skipped.push({ path: id, reason: ext ? `unsupported file type (${ext})` : 'unsupported file type (no extension)' })
      return
    }
    if (info.size > maxBytes) {
      skipped.push({ path: id, reason: `too large (${formatMb(info.size)}, limit ${formatMb(maxBytes)})` })
      return
    }
    files.push({ id, absPath: abs, size: info.size, mtimeMs: info.mtimeMs, kind })
  }

  await walk(realRoot, '')
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, skipped }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
