import path from 'node:path'
import { writeFileAtomic } from '../core/fs/write-file-atomic'
import { DEFAULT_EXPORT_OPTIONS, type ExportCounts, type ExportOptions, type ImportReport } from '../core/export/export-options'
import { importExport } from '../core/export/import-markdown'
import { readExportFile } from '../core/export/read-export-file'
import { buildExport } from '../core/export/markdown-export'
import { assertOutsideCorpus } from '../core/export/export-target'
import { buildVault, writeVault } from '../core/export/vault-export'
import { NotebookInputError, type Notebook } from '../core/notebook/notebook'
import { tagKey } from '../core/notebook/tags/tag-names'
import type { Workspace } from '../core/workspace/workspace'
import { withNotebook, type CliOutput } from './notebook-commands'

/** The export command's options as typed (already checked for usage errors). */
export interface ExportRequest {
  tags: string[]
  anyTag: boolean
  doc?: string
  text?: string
  groupBy: 'doc' | 'tag'
  format: 'md' | 'csv'
  notes: boolean
  memos: boolean
  orphans: boolean
  /** Write here (atomically) instead of stdout. */
  output?: string
  /** Write one note per document into this folder. */
  dir?: string
}

/**
 * `export`: the notebook (or the highlights of some tags, a document, some
 * words) as Markdown or CSV, to stdout, a file or a folder of notes. Everything
 * is built before anything is written, so a failure writes nothing.
 */
export async function exportCommand(ws: Workspace, request: ExportRequest, out: CliOutput, now: Date = new Date()): Promise<number> {
  return withNotebook(ws, async (notebook) => {
    const options = exportOptions(notebook, request, ws)
    if (request.dir !== undefined) {
      const { files, counts } = await buildVault(ws, notebook, options, now)
      await writeVault(request.dir, files, ws.root)
      out.write(`Exported ${summary(counts)} into ${files.length} note(s) in ${request.dir}\n`)
      return 0
    }
    const { content, counts } = await buildExport(ws, notebook, options, now)
    if (request.output === undefined) {
      out.write(content)
      return 0
    }
    await assertOutsideCorpus(ws.root, request.output)
    await writeFileAtomic(path.resolve(request.output), content)
    out.write(`Exported ${summary(counts)} to ${request.output}\n`)
    return 0
  })
}

function exportOptions(notebook: Notebook, request: ExportRequest, ws: Workspace): ExportOptions {
  const base = { ...DEFAULT_EXPORT_OPTIONS, groupBy: request.groupBy, format: request.format, includeNotes: request.notes, includeMemos: request.memos, includeOrphans: request.orphans }
  if (request.doc !== undefined && !ws.has(request.doc) && !notebook.highlights.some((h) => h.docId === request.doc)) {
    throw new NotebookInputError(`no document "${request.doc}" in this corpus or its notebook`)
  }
  const text = request.text?.trim()
  if (!request.tags.length && !text) return request.doc === undefined ? base : { ...base, scope: 'document', docId: request.doc }
  const tagIds = request.tags.map((name) => {
    const tag = notebook.data.tags.find((t) => tagKey(t.name) === tagKey(name.trim()))
    if (!tag) throw new NotebookInputError(`no tag named "${name}" (see: exzerpt tags)`)
    return tag.id
  })
  return { ...base, scope: 'filter', filter: { tagIds, tagMode: request.anyTag ? 'any' : 'all', ...(request.doc !== undefined ? { docId: request.doc } : {}), ...(text ? { text } : {}) } }
}

function summary(counts: ExportCounts): string {
  return `${counts.highlights} highlight(s) from ${counts.documents} document(s), ${counts.memos} memo(s), ${counts.tags} tag(s)`
}

/**
 * `import FILE`: reads an Exzerpt Markdown export into the corpus's notebook
 * and reports what it created, updated and skipped, and how many highlights
 * are orphans (not found in the current files). All or nothing.
 */
export async function importCommand(ws: Workspace, file: string, json: boolean, out: CliOutput): Promise<number> {
  const markdown = await readExportFile(file)
  return withNotebook(ws, async (notebook) => {
    const report = await importExport(ws, notebook, markdown)
    out.write(json ? `${JSON.stringify(report, null, 2)}\n` : describe(file, report))
    return 0
  })
}

function describe(file: string, r: ImportReport): string {
  const lines = [
    `Imported ${file}: ${r.created} created, ${r.updated} updated, ${r.skipped} skipped, ${r.orphaned} orphaned`,
    `  tags: ${r.tags.created} created, ${r.tags.updated} updated, ${r.tags.skipped} skipped`,
    `  memos: ${r.memos.created} created, ${r.memos.updated} updated, ${r.memos.skipped} skipped`,
    ...r.warnings.map((w) => `  warning: ${w}`),
  ]
  return `${lines.join('\n')}\n`
}
