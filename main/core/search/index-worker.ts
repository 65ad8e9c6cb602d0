import { parentPort, workerData } from 'node:worker_threads'
import { SearchIndex, type IndexableDocument } from './search-index'

/**
 * Worker-thread entry that builds a search index off the main thread.
 *
 * Input: `workerData` = `{ docs: IndexableDocument[] }`, or (when started
 * without workerData) one message of that shape. Output messages:
 * `{ type: 'progress', done, total }` while indexing, then
 * `{ type: 'done', json }` with `SearchIndex.toJSON()`, or
 * `{ type: 'error', message }`.
 */
export interface IndexWorkerInput {
  docs: IndexableDocument[]
}

export type IndexWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; json: string }
  | { type: 'error'; message: string }

function run(input: IndexWorkerInput): void {
  const port = parentPort
  if (!port) return
  try {
    const index = SearchIndex.build(input.docs, (done, total) => {
      port.postMessage({ type: 'progress', done, total } satisfies IndexWorkerMessage)
    })
    port.postMessage({ type: 'done', json: index.toJSON() } satisfies IndexWorkerMessage)
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies IndexWorkerMessage)
  }
}

const data = workerData as IndexWorkerInput | null | undefined
if (data && Array.isArray(data.docs)) run(data)
else parentPort?.once('message', (message: IndexWorkerInput) => run(message))
