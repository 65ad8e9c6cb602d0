import { Worker } from 'node:worker_threads'
import type { IndexWorkerInput, IndexWorkerMessage } from './index-worker'
import type { IndexableDocument } from './search-index'

/** Documents per message to the worker: cloning one batch (~0.5 MB) takes well under a millisecond. */
const BATCH = 100

/**
 * Builds a search index in a worker thread so the main thread (the Electron
 * UI's event loop) never blocks on indexing, and resolves with the index JSON
 * (`SearchIndex.fromJSON` turns it back into an index). Documents go to the
 * worker in batches, one per event-loop turn, and the JSON comes back in
 * pieces, one per turn, so no single structured clone of the whole corpus or
 * index blocks the main thread.
 *
 * Where the worker script is: under electron-vite the caller passes the
 * bundled path (`import workerPath from './index-worker?modulePath'`); without
 * it the TypeScript source next to this file is loaded through tsx (dev, CLI,
 * tests, bench).
 *
 * @param docs        documents to index
 * @param onProgress  called with (done, total) as the worker reports progress
 * @param workerPath  path or file URL of the bundled worker (Electron main)
 */
export function buildIndexInWorker(
  docs: IndexableDocument[],
  onProgress?: (done: number, total: number) => void,
  workerPath?: string | URL,
): Promise<string> {
  const worker = workerPath
    ? new Worker(workerPath)
    : // The .ts source: Node 20 does not pass tsx's loader hooks on to a worker, so the
      // worker registers tsx itself before importing the entry (works under tsx and vitest).
      new Worker(tsxBootstrap(new URL('./index-worker.ts', import.meta.url)), { eval: true })
  return new Promise<string>((resolve, reject) => {
    let settled = false
    let json = ''
    const finish = (fn: () => void): void => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.on('message', (message: IndexWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total)
      else if (message.type === 'json') {
        json += message.part
        // Ask for the next piece on a later turn, so timers and IPC run in between.
        setImmediate(() => worker.postMessage({ type: 'next' } satisfies IndexWorkerInput))
      }
      else if (message.type === 'done') finish(() => resolve(json + message.json))
      else finish(() => reject(new Error(`indexing failed: ${message.message}`)))
    })
    worker.once('error', (error) => finish(() => reject(error)))
    worker.once('exit', (code) => finish(() => reject(new Error(`index worker exited (code ${code}) before finishing`))))

    let at = 0
    const sendBatch = (): void => {
      if (settled) return
      const input: IndexWorkerInput = at < docs.length ? { type: 'docs', docs: docs.slice(at, at + BATCH) } : { type: 'end' }
      worker.postMessage(input)
      at += BATCH
      if (input.type === 'docs') setImmediate(sendBatch)
    }
    sendBatch()
  })
}

function tsxBootstrap(entry: URL): string {
  const tsx = import.meta.resolve('tsx/esm/api')
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
}
