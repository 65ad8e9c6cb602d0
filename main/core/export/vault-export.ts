import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../fs/write-file-atomic'
import { collectExport, documentModel, type ExportModel, type ExportNotebook } from './collect-export'
import { escapeMarkdown } from './escape-markdown'
import { assertOutsideCorpus, ExportTargetError, foreignFiles } from './export-target'
import type { ExportCorpus, ExportCounts, ExportOptions } from './export-options'
import { renderMarkdown } from './markdown-export'
import { safeFileName } from './safe-file-name'

/** One note of a vault export. */
export interface VaultFile {
  /** A safe file name (no folders). */
  name: string
  content: string
}

/**
 * The export as a folder of notes, Obsidian-vault style: one Markdown file per
 * document (named after its title, see {@link safeFileName}) with the same front
 * matter, quotes, citations, notes and that document's memos and tags as the
 * single-file export — each file can be imported on its own — plus an index
 * note with the notebook-wide memos, the whole codebook and a link to every
 * document's note.
 */
export async function buildVault(corpus: ExportCorpus, notebook: ExportNotebook, options: ExportOptions, now: Date): Promise<{ files: VaultFile[]; counts: ExportCounts }> {
  const model = await collectExport(corpus, notebook, { ...options, format: 'md' })
  const taken = new Set<string>()
  const indexName = safeFileName(`Exzerpt – ${corpus.name}`, taken)
  const docIds = [...new Set([...model.items.map((i) => i.doc.id), ...model.memos.flatMap((m) => (m.doc ? [m.doc.id] : []))])]
  const files: VaultFile[] = []
  const links: string[] = []
  // Split once: filtering the whole export per document is quadratic for thousands of documents.
  const items = groupBy(model.items, (i) => i.doc.id)
  const memos = groupBy(model.memos, (m) => m.doc?.id ?? null)
  for (const id of docIds) {
    const part = documentModel({ ...model, items: items.get(id) ?? [], memos: memos.get(id) ?? [] }, id)
    const name = safeFileName(part.title, taken)
    files.push({ name, content: renderMarkdown(part, now, id) })
    links.push(`- [${escapeMarkdown(part.title, { atLineStart: false })}](${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`)
  }
  files.unshift({ name: indexName, content: indexNote(model, now, links) })
  return { files, counts: model.counts }
}

function groupBy<T, K>(list: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of list) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

function indexNote(model: ExportModel, now: Date, links: string[]): string {
  const memos = model.memos.filter((m) => m.doc === null)
  const index: ExportModel = {
    ...model,
    items: [],
    groups: [],
    memos,
    counts: { highlights: 0, documents: 0, notes: 0, memos: memos.length, tags: model.codebook.length, orphaned: 0 },
  }
  const body = renderMarkdown(index, now, null)
  // After the last data line, so an import of this note reads only its memos and codebook.
  return links.length ? `${body}\n## Documents\n\n${links.join('\n')}\n` : body
}

/**
 * Writes a vault export into `dir` (created if needed). Each file is written
 * atomically (temp file, rename), so a file is never left half-written. Other
 * files in the folder are left alone, and same-named notes from an earlier
 * export are replaced; a same-named file Exzerpt did not write stops the export
 * before anything is written, as does a folder inside the corpus.
 *
 * @throws ExportTargetError for such a folder.
 */
export async function writeVault(dir: string, files: readonly VaultFile[], corpusRoot: string): Promise<void> {
  await assertOutsideCorpus(corpusRoot, dir)
  for (const file of files) {
    if (file.name !== path.basename(file.name) || file.name.startsWith('.')) throw new Error(`unsafe file name "${file.name}"`)
  }
  const foreign = await foreignFiles(dir, files.map((f) => f.name))
  if (foreign.length) {
    const shown = foreign.slice(0, 3).map((n) => `"${n}"`).join(', ') + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : '')
    throw new ExportTargetError(`${dir} already has notes Exzerpt did not write with the names of this export (${shown}). Nothing was written; choose another folder.`)
  }
  await mkdir(dir, { recursive: true })
  for (const file of files) await writeFileAtomic(path.join(dir, file.name), file.content)
}
