/**
 * The notebook (or its journal) cannot be read: bad JSON, wrong shape, or an
 * unreadable file. Whatever was on disk has been left exactly as it was.
 */
export class NotebookCorruptError extends Error {
  override readonly name = 'NotebookCorruptError'
  /** The file that could not be read. */
  readonly file: string
  /** Short technical reason, e.g. `highlight 17: "docId" must be a string`. */
  readonly reason: string

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(
      `The notebook file "${file}" could not be read (${reason}). ` +
        'It has been left unchanged. Restore one of its backups, or move the file aside to start an empty notebook.',
      options,
    )
    this.file = file
    this.reason = reason
  }
}

/** The notebook was written by a newer Exzerpt; it is refused rather than downgraded or overwritten. */
export class NotebookTooNewError extends Error {
  override readonly name = 'NotebookTooNewError'
  readonly file: string
  readonly fileVersion: number
  readonly supportedVersion: number

  constructor(file: string, fileVersion: number, supportedVersion: number) {
    super(
      `The notebook "${file}" was saved by a newer version of Exzerpt (notebook format ${fileVersion}; ` +
        `this version understands up to format ${supportedVersion}). It has been left unchanged — update Exzerpt to open it.`,
    )
    this.file = file
    this.fileVersion = fileVersion
    this.supportedVersion = supportedVersion
  }
}

/** Another process (or this one) already has the notebook open. */
export class NotebookLockedError extends Error {
  override readonly name = 'NotebookLockedError'
  readonly lockFile: string
  readonly pid: number | null
  readonly hostname: string | null

  constructor(lockFile: string, message: string, owner: { pid: number | null; hostname: string | null }) {
    super(message)
    this.lockFile = lockFile
    this.pid = owner.pid
    this.hostname = owner.hostname
  }
}
