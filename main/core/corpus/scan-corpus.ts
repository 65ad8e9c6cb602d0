import { constants, type Dirent, type Stats } from 'node:fs'
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { isWithin } from '../fs/is-within'
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
/** Default size limit: far above any article, low enough that a stray log dump cannot stall indexing. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/**
 * Lists the documents of a corpus folder, recursively, without reading them
 * (stat only). Hidden entries (and so Exzerpt's own `.exzerpt/`) are ignored
 * entirely; links are followed only while they stay inside the corpus;
 * unsupported, oversized, unreadable or vanishing files are reported in
 * `skipped` and never stop the scan. Both lists are sorted by path.
 * Throws `CorpusNotFoundError` only when the root itself is missing or not a folder.
 */
export async function scanCorpus(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const base = path.resolve(root)
  let realRoot: string
  try {
    realRoot = await realpath(base)
    if (!(await stat(realRoot)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new CorpusNotFoundError(`Corpus folder not found or not a folder: ${root}`)
  }
  const files: CorpusFile[] = []
  const skipped: SkippedFile[] = []
  const visited = new Set<string>([realRoot])
  // Linked folders are walked only after the real tree, so a folder reachable
  // both directly and through a link is listed under its real path.
  const linkedDirs: Array<{ abs: string; id: string; real: string }> = []
  const skip = (id: string, reason: string) => skipped.push({ path: id, reason })

  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      skip(rel || '.', `folder could not be read (${fsErrorReason(error)})`)
      return
    }
    const visible = entries.filter((entry) => !entry.name.startsWith('.'))
    await Promise.all(visible.map((entry) => visit(path.join(dir, entry.name), rel ? `${rel}/${entry.name}` : entry.name)))
  }

  const visit = async (abs: string, id: string): Promise<void> => {
    let info: Stats
    let real: string | null = null
    try {
      info = await lstat(abs)
    } catch (error) {
      skip(id, `could not be read (${fsErrorReason(error)})`)
      return
    }
    if (info.isSymbolicLink()) {
      try {
        real = await realpath(abs)
        info = await stat(real)
      } catch (error) {
        const code = (error as { code?: string }).code
        skip(id, code === 'ENOENT' || code === 'ELOOP' ? 'broken link' : `could not be read (${fsErrorReason(error)})`)
        return
      }
      if (!isWithin(realRoot, real)) {
        skip(id, 'link points outside the corpus folder')
        return
      }
      // Hidden folders are private (Exzerpt's own .exzerpt/ among them); a link must not expose them.
      if (path.relative(realRoot, real).split(path.sep).some((part) => part.startsWith('.'))) {
        skip(id, 'link points into a hidden folder')
        return
      }
      if (info.isDirectory()) {
        linkedDirs.push({ abs, id, real })
        return
      }
    }
    if (info.isDirectory()) {
      const realDir = await realpath(abs).catch(() => abs)
      if (visited.has(realDir)) return
      visited.add(realDir)
      await walk(abs, id)
      return
    }
    if (!info.isFile()) {
      skip(id, 'not a regular file')
      return
    }
    const ext = path.extname(id).toLowerCase()
    const kind = KINDS[ext]
    if (!kind) {
      skip(id, ext ? `unsupported file type (${ext})` : 'unsupported file type (no extension)')
      return
    }
    if (info.size > maxBytes) {
      skip(id, `too large (${formatSize(info.size)}, limit ${formatSize(maxBytes)})`)
      return
    }
    try {
      // Checked here so an unreadable file shows up as skipped at once, not as a failure later.
      await access(abs, constants.R_OK)
    } catch (error) {
      skip(id, `could not be read (${fsErrorReason(error)})`)
      return
    }
    files.push({ id, absPath: abs, size: info.size, mtimeMs: info.mtimeMs, kind })
  }

  await walk(base, '')
  // A loop (a link to an ancestor) ends here: its target is already visited.
  for (let next = linkedDirs.shift(); next; next = linkedDirs.shift()) {
    if (visited.has(next.real)) continue
    visited.add(next.real)
    await walk(next.abs, next.id)
  }
  files.sort((a, b) => compare(a.id, b.id))
  skipped.sort((a, b) => compare(a.path, b.path))
  return { files, skipped }
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Human-readable size for skip reasons: "23.1 MB", "20 MB", "512 bytes". */
export function formatSize(bytes: number): string {
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '')
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`
  return `${bytes} bytes`
}
