import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { NotebookCorruptError } from './notebook-errors'
import { stringifySnapshot } from './stringify-snapshot'
import type { NotebookSnapshot, StringifyOptions } from './stringify-snapshot'
import { isPlainObject } from './validate-notebook'
import { writeChunksAtomic } from '../../fs/write-chunks-atomic'

/**
 * lowdb adapter for `notebook.json` that never leaves a torn file and never
 * blocks the main thread for long: writes stream chunked JSON into a temp file,
 * fsync it, rename it over the snapshot and fsync the folder; the returned
 * promise resolves only once all of that is done.
 *
 * `read()` only checks that the file is a JSON object (throwing
 * {@link NotebookCorruptError} otherwise); versions and records are checked by the loader.
 */
export class SnapshotAdapter implements Adapter<NotebookSnapshot> {
  readonly file: string
  readonly #options: StringifyOptions

  constructor(file: string, options: StringifyOptions = {}) {
    this.file = file
    this.#options = options
  }

  async read(): Promise<NotebookSnapshot | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new NotebookCorruptError(this.file, `the file cannot be opened: ${(error as Error).message}`, { cause: error })
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new NotebookCorruptError(this.file, `it is not valid JSON: ${(error as Error).message}`, { cause: error })
    }
    if (!isPlainObject(parsed)) throw new NotebookCorruptError(this.file, 'it does not hold a notebook object')
    return parsed as unknown as NotebookSnapshot
  }

  write(data: NotebookSnapshot): Promise<void> {
    return writeChunksAtomic(this.file, stringifySnapshot(data, this.#options))
  }
}
