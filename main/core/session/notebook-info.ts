import path from 'node:path'
import type { NotebookInfo } from '../../../preload/contract'
import { listBackups } from '../notebook/store/notebook-backups'
import { NotebookCorruptError, NotebookLockedError, NotebookTooNewError } from '../notebook/store/notebook-errors'
import { notebookPaths } from '../notebook/store/notebook-paths'
import type { Notebook } from '../notebook/notebook'
import { DATA_FOLDER } from '../workspace/resolve-data-dir'

/** Whether a data folder is the corpus's own `.exzerpt/` (rather than the app's user-data fallback). */
function insideCorpus(corpusRoot: string, dataDir: string): boolean {
  return path.resolve(dataDir) === path.join(path.resolve(corpusRoot), DATA_FOLDER)
}

/** Counts and status of an open notebook, for the UI. */
export function openNotebookInfo(notebook: Notebook, corpusRoot: string, dataDir: string): NotebookInfo {
  return {
    status: 'open',
    file: notebook.file,
    inCorpus: insideCorpus(corpusRoot, dataDir),
    problem: null,
    highlights: notebook.countByStatus(),
    orphans: notebook.countByStatus('orphaned'),
    review: notebook.countByStatus('fuzzy'),
    tags: notebook.data.tags.length,
    memos: notebook.data.memos.length,
    revision: notebook.revision,
    undo: notebook.undoLabel,
  }
}

/**
 * Why a notebook could not be opened, in plain words, with its backups when it
 * is damaged (so the UI can offer the newest valid one).
 */
export async function failedNotebookInfo(error: unknown, corpusRoot: string, dataDir: string): Promise<NotebookInfo> {
  const kind =
    error instanceof NotebookCorruptError ? 'corrupt' : error instanceof NotebookTooNewError ? 'too-new' : error instanceof NotebookLockedError ? 'locked' : 'unreadable'
  const message = error instanceof Error ? error.message : String(error)
  const backups =
    kind === 'corrupt' || kind === 'unreadable'
      ? (await listBackups(dataDir).catch(() => [])).map((b) => ({
          name: b.name,
          createdAt: b.createdAt.toISOString(),
          valid: b.valid,
          problem: b.problem ?? null,
          highlights: b.counts?.highlights ?? null,
        }))
      : []
  return {
    status: 'failed',
    file: notebookPaths(dataDir).file,
    inCorpus: insideCorpus(corpusRoot, dataDir),
    problem: { kind, message, backups },
    highlights: 0,
    orphans: 0,
    review: 0,
    tags: 0,
    memos: 0,
    revision: 0,
    undo: null,
  }
}
