import { parentPort, workerData } from 'node:worker_threads'
import { SearchIndex, type IndexableDocument } from './search-index'

/**
 * Worker-thread entry that builds a search index off the main thread.
 *
 * Input, either:
 * - `workerData` = `{ docs: IndexableDocument[] }` (simple; the main thread
 *   clones all documents at once when it starts the worker), or
 * - messages `{ type: 'docs', docs }` (any number of batches) then
 *   `{ type: 'end' }`: the main thread clones one batch per event-loop turn
 *   and so never blocks long, whatever the corpus size.
 *
 * Output messages: `{ type: 'progress', done, total }` while indexing; the
 * index JSON (`SearchIndex.toJSON()`) as `{ type: 'json', part }` pieces
 * followed by `{ type: 'done', json }` with the last piece — concatenated they
 * are the whole JSON; or `{ type: 'error', message }`. In batch mode the next
 * piece is only sent after the main thread asks with `{ type: 'next' }`: Node
 * delivers all queued messages in one event-loop turn, so pushing every piece
 * at once blocked the main thread for ~0.4 s on a 44 MB index.
 */
export type IndexWorkerInput = { type: 'docs'; docs: IndexableDocument[] } | { type: 'end' } | { type: 'next' }

export type IndexWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'json'; part: string }
  | { type: 'done'; json: string }
  | { type: 'error'; message: string }

/** Characters per posted piece of the index JSON (a few ms to clone). */
const PART = 1_000_000

function build(docs: IndexableDocument[], paced: boolean): void {
  const port = parentPort
  if (!port) return
  try {
    const index = SearchIndex.build(docs, (done, total) => {
      port.postMessage({ type: 'progress', done, total } satisfies IndexWorkerMessage)
    })
    const json = index.toJSON()
    if (!paced) {
      port.postMessage({ type: 'done', json } satisfies IndexWorkerMessage)
      return
    }
    let at = 0
    const sendPart = (): void => {
      if (at + PART >= json.length) {
        port.postMessage({ type: 'done', json: json.slice(at) } satisfies IndexWorkerMessage)
        return
      }
      port.postMessage({ type: 'json', part: json.slice(at, at + PART) } satisfies IndexWorkerMessage)
      at += PART
      port.once('message', sendPart) // the main thread's { type: 'next' }
    }
    sendPart()
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies IndexWorkerMessage)
  }
}

const data = workerData as { docs?: unknown } | null | undefined
if (data && Array.isArray(data.docs)) {
  build(data.docs as IndexableDocument[], false)
} else {
  const docs: IndexableDocument[] = []
  parentPort?.on('message', (message: IndexWorkerInput) => {
    if (message.type === 'docs') {
      for (const doc of message.docs) docs.push(doc)
    } else {
      parentPort?.removeAllListeners('message')
      build(docs, true)
    }
  })
}
