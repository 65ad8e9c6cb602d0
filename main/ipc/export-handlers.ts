import path from 'node:path'
import { z } from 'zod'
import type { ExportRequest, ExzerptInvokeApi } from '../../preload/contract'
import { importExport } from '../core/export/import-markdown'
import { readExportFile } from '../core/export/read-export-file'
import { buildExport } from '../core/export/markdown-export'
import { assertOutsideCorpus } from '../core/export/export-target'
import { buildVault, writeVault } from '../core/export/vault-export'
import { writeFileAtomic } from '../core/fs/write-file-atomic'
import type { AppSession } from '../core/session/app-session'
import { docId, highlightQuery } from './notebook-handlers'
import { parseArgs } from './parse-args'

/** The dialogs export and import need; the Electron shell shows real ones, the test harness answers itself. */
export interface ExportDialogs {
  /** Where to save a file; null when the user cancels. */
  pickSaveFile(options: { title: string; defaultName: string; format: ExportRequest['format'] }): Promise<string | null>
  /** A folder for a vault export; null when the user cancels. */
  pickExportFolder(): Promise<string | null>
  /** An export file to import; null when the user cancels. */
  pickImportFile(): Promise<string | null>
}

const request = z
  .object({
    scope: z.enum(['all', 'filter', 'document']),
    filter: highlightQuery.optional(),
    docId: docId.optional(),
    groupBy: z.enum(['doc', 'tag']),
    includeNotes: z.boolean(),
    includeMemos: z.boolean(),
    includeOrphans: z.boolean(),
    format: z.enum(['md', 'csv']),
  })
  .strict()
  .refine((r) => r.scope !== 'document' || r.docId !== undefined, 'a document export needs "docId"')

const schemas = {
  previewExport: z.tuple([request]),
  saveExport: z.tuple([request]),
  exportVault: z.tuple([request]),
  importNotes: z.tuple([]),
}

export type ExportChannel = keyof typeof schemas

export type ExportHandlers = { [C in ExportChannel]: (args: unknown) => ReturnType<ExzerptInvokeApi[C]> }

/** How much of an export a preview carries over IPC. */
const PREVIEW_CHARS = 250_000

/** A file name to offer: "Exzerpt – corpus – 2026-11-23.md" (the corpus name stripped of characters file systems refuse). */
function suggestedName(corpus: string, format: ExportRequest['format'], now: Date): string {
  const safe = corpus.replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ').trim() || 'corpus'
  return `Exzerpt – ${safe} – ${now.toISOString().slice(0, 10)}.${format}`
}

/** Export and import over the open notebook; files are written atomically, only where the user chose. */
export function createExportHandlers(session: AppSession, dialogs: ExportDialogs): ExportHandlers {
  const build = (r: ExportRequest) => buildExport(session.current(), session.notebook(), r, new Date())
  return {
    previewExport: async (args) => {
      const [r] = parseArgs('previewExport', schemas.previewExport, args)
      const { content, counts } = await build(r)
      // A 10,000-highlight export is megabytes; the preview needs its beginning, cut at a line end.
      const cut = content.length > PREVIEW_CHARS ? content.lastIndexOf('\n', PREVIEW_CHARS) + 1 || PREVIEW_CHARS : content.length
      return { content: content.slice(0, cut), truncated: cut < content.length, counts, fileName: suggestedName(session.current().name, r.format, new Date()) }
    },
    saveExport: async (args) => {
      const [r] = parseArgs('saveExport', schemas.saveExport, args)
      // Built first: a failing export must not leave the user with a dialog and then nothing.
      const { content } = await build(r)
      const file = await dialogs.pickSaveFile({ title: 'Export notes', defaultName: suggestedName(session.current().name, r.format, new Date()), format: r.format })
      if (!file) return { status: 'cancelled' }
      await assertOutsideCorpus(session.current().root, file)
      await writeFileAtomic(path.resolve(file), content)
      return { status: 'saved', path: file, files: 1 }
    },
    exportVault: async (args) => {
      const [r] = parseArgs('exportVault', schemas.exportVault, args)
      const { files } = await buildVault(session.current(), session.notebook(), { ...r, format: 'md' }, new Date())
      const dir = await dialogs.pickExportFolder()
      if (!dir) return { status: 'cancelled' }
      await writeVault(dir, files, session.current().root)
      return { status: 'saved', path: dir, files: files.length }
    },
    importNotes: async (args) => {
      parseArgs('importNotes', schemas.importNotes, args)
      const notebook = session.notebook()
      const file = await dialogs.pickImportFile()
      if (!file) return { status: 'cancelled' }
      const report = await importExport(session.current(), notebook, await readExportFile(file))
      return { status: 'imported', path: file, report }
    },
  }
}
