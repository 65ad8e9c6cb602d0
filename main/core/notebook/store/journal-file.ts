import { open, readFile, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { NotebookCorruptError } from './notebook-errors'
import { parseJournalLine } from './notebook-ops'
import type { JournalEntry } from './notebook-ops'
import { syncDir, writeChunksAtomic } from '../../fs/write-chunks-atomic'

/** What {@link readJournal} found. */
export interface JournalContents {
  exists: boolean
  entries: JournalEntry[]
  /** Bytes up to the end of the last good line; anything after it is a torn append. */
  validBytes: number
  /** Bytes of an unfinished (torn) last line, ignored. */
  tornBytes: number
}

const NEWLINE = 0x0a

/**
 * Reads a journal. A bad last line is a crash in the middle of an append — its
 * promise never resolved — so it is ignored; a bad line anywhere else means
 * the file was damaged, and the read fails with {@link NotebookCorruptError}.
 */
export async function readJournal(file: string): Promise<JournalContents> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, entries: [], validBytes: 0, tornBytes: 0 }
    throw new NotebookCorruptError(file, `the journal cannot be opened: ${(error as Error).message}`, { cause: error })
  }
  const entries: JournalEntry[] = []
  let start = 0
  let lineNo = 0
  let validBytes = 0
  while (start < bytes.length) {
    const nl = bytes.indexOf(NEWLINE, start)
    const end = nl === -1 ? bytes.length : nl
    const next = nl === -1 ? bytes.length : nl + 1
    lineNo++
    const line = bytes.toString('utf8', start, end)
    const isLast = next >= bytes.length
    if (line.trim() !== '') {
      const entry = nl === -1 ? 'the line is unfinished' : parseJournalLine(line)
      if (typeof entry === 'string') {
        if (isLast) return { exists: true, entries, validBytes, tornBytes: bytes.length - validBytes }
        throw new NotebookCorruptError(file, `journal line ${lineNo} is damaged: ${entry}`)
      }
      entries.push(entry)
    }
    validBytes = next
    start = next
  }
  return { exists: true, entries, validBytes, tornBytes: 0 }
}

/**
 * The append-only journal, open for writing. Appends and the compaction swap
 * run one at a time; each append is written and fdatasync'ed before it resolves.
 */
export class JournalFile {
  readonly file: string
  /** fdatasync calls made for appends (for tests and the benchmark). */
  syncs = 0
  #handle: FileHandle
  #bytes: number
  #chain: Promise<unknown> = Promise.resolve()
  #tail: string[] | null = null
  #broken: Error | null = null

  private constructor(file: string, handle: FileHandle, bytes: number) {
    this.file = file
    this.#handle = handle
    this.#bytes = bytes
  }

  /**
   * Opens (creating if needed) the journal for appending. `validBytes` from
   * {@link readJournal} cuts off a torn last line first — otherwise the next
   * append would be glued onto it and turn it into a damaged middle line.
   */
  static async open(file: string, validBytes: number): Promise<JournalFile> {
    const handle = await open(file, 'a')
    try {
      const { size } = await handle.stat()
      if (size !== validBytes) {
        await handle.truncate(validBytes)
        await handle.sync()
      }
      // A newly created file only survives a crash once its folder entry is on disk.
      if (size === 0) await syncDir(path.dirname(file))
    } catch (error) {
      await handle.close().catch(() => {})
      throw error
    }
    return new JournalFile(file, handle, validBytes)
  }

  /** Current size in bytes. */
  get bytes(): number {
    return this.#bytes
  }

  /** Appends `text` (whole lines) durably. On failure the file is cut back so no partial line stays behind. */
  append(text: string): Promise<void> {
    return this.#exclusive(async () => {
      if (this.#broken) throw new Error(`The journal "${this.file}" cannot be written any more: ${this.#broken.message}`)
      const data = Buffer.from(text, 'utf8')
      try {
        let offset = 0
        while (offset < data.length) {
          const { bytesWritten } = await this.#handle.write(data, offset, data.length - offset)
          offset += bytesWritten
        }
        this.syncs++
        await this.#handle.datasync()
      } catch (error) {
        await this.#handle.truncate(this.#bytes).catch(() => {})
        throw error
      }
      this.#bytes += data.length
      this.#tail?.push(text)
    })
  }

  /** From now on, remember appended lines, to carry them over into the journal that follows a compaction. */
  startTail(): void {
    this.#tail = []
  }

  /** Forget the remembered lines (compaction failed; the journal stays as it is). */
  stopTail(): void {
    this.#tail = null
  }

  /**
   * Atomically replaces the journal with just the lines appended since
   * {@link startTail} — called once the new snapshot holding everything before them is durable.
   */
  replaceWithTail(): Promise<number> {
    return this.#exclusive(async () => {
      const tail = this.#tail ?? []
      const text = tail.join('')
      this.#tail = null
      let failure: unknown = null
      await writeChunksAtomic(this.file, [text]).catch((error: unknown) => (failure = error))
      // Even a failed atomic write may have renamed the new file in (only the folder fsync
      // failed); appending to the old, unlinked file then would silently lose changes.
      const replaced = failure === null || (await this.#isReplaced())
      if (replaced) {
        const old = this.#handle
        try {
          this.#handle = await open(this.file, 'a')
        } catch (error) {
          this.#broken = error as Error
          throw error
        }
        this.#bytes = Buffer.byteLength(text)
        await old.close().catch(() => {})
      }
      if (failure !== null) throw failure
      return tail.reduce((n, line) => n + countLines(line), 0)
    })
  }

  /** Waits for pending work, then closes the file. */
  close(): Promise<void> {
    return this.#exclusive(() => this.#handle.close())
  }

  async #isReplaced(): Promise<boolean> {
    const [mine, current] = await Promise.all([this.#handle.stat(), stat(this.file).catch(() => null)])
    return current !== null && current.ino !== mine.ino
  }

  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#chain.then(fn)
    this.#chain = result.catch(() => {})
    return result
  }
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}
