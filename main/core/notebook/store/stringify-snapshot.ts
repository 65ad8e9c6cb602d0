import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { NotebookData } from '../notebook-schema'

/** A notebook as stored in `notebook.json`: the data plus the last journal seq it already contains. */
export interface NotebookSnapshot extends NotebookData {
  journalSeq: number
}

/** Tuning for {@link stringifySnapshot}. */
export interface StringifyOptions {
  /** Longest stretch of synchronous work before yielding to the event loop (ms). */
  sliceMs?: number
  /** Approximate size of each emitted chunk (UTF-16 code units). */
  chunkChars?: number
}

/**
 * Serializes a snapshot as a stream of chunks, yielding to the event loop every
 * `sliceMs`, so even a 100,000-highlight notebook never blocks a frame.
 * One record per line keeps the file readable and diffable.
 * The caller must not mutate the arrays while this runs (the store hands it copies).
 */
export async function* stringifySnapshot(snapshot: NotebookSnapshot, options: StringifyOptions = {}): AsyncGenerator<string> {
  const sliceMs = options.sliceMs ?? 4
  const chunkChars = options.chunkChars ?? 256 * 1024
  yield `{"schemaVersion":${snapshot.schemaVersion},"journalSeq":${snapshot.journalSeq},`
  let sliceStart = performance.now()
  const collections = [
    ['tags', snapshot.tags],
    ['memos', snapshot.memos],
    ['highlights', snapshot.highlights],
  ] as const
  for (let c = 0; c < collections.length; c++) {
    const [name, records] = collections[c]!
    let parts: string[] = [`${c ? ',\n' : '\n'}"${name}":[`]
    let size = 0
    for (let i = 0; i < records.length; i++) {
      const json = JSON.stringify(records[i])
      parts.push(i ? ',\n' : '\n', json)
      size += json.length
      if (size >= chunkChars) {
        yield parts.join('')
        parts = []
        size = 0
      }
      // Reading the clock costs little next to stringifying a record, but not nothing.
      if ((i & 31) === 31 && performance.now() - sliceStart >= sliceMs) {
        await yieldToLoop()
        sliceStart = performance.now()
      }
    }
    parts.push(records.length ? '\n]' : ']')
    yield parts.join('')
  }
  yield '\n}\n'
}
