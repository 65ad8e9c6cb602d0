import path from 'node:path'

/** Where the parts of one notebook live inside its data folder. */
export interface NotebookPaths {
  /** The snapshot, `notebook.json`. */
  file: string
  /** The append-only journal of changes since the snapshot. */
  journalFile: string
  lockFile: string
  backupDir: string
}

/** The files of the notebook kept in `dataDir`. */
export function notebookPaths(dataDir: string): NotebookPaths {
  return {
    file: path.join(dataDir, 'notebook.json'),
    journalFile: path.join(dataDir, 'notebook.journal'),
    lockFile: path.join(dataDir, 'notebook.lock'),
    backupDir: path.join(dataDir, 'backups'),
  }
}
