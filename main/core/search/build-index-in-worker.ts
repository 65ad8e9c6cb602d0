import { Worker } from 'node:worker_threads'
import type { IndexWorkerMessage } from './index-worker'
import type { IndexableDocument } from './search-index'

/**
 * Builds a search index in a worker thread so the main thread (the Electron
 * UI's event loop) never blocks on indexing, and resolves with the index JSON
 * (`SearchIndex.fromJSON` turns it back into an index).
 *
 * Where the worker script is: under electron-vite the caller passes the
 * bundled path (`import workerPath from './index-worker?modulePath'`); without
 * it the TypeScript source next to this file is loaded through tsx (dev, CLI,
 * tests, bench). The documents are sent by structured clone via workerData.
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
    ? new Worker(workerPath, { workerData: { docs } })
    : // The .ts source: Node 20 does not pass tsx's loader hooks on to a worker, so the
      // worker registers tsx itself before importing the entry (works under tsx and vitest).
      new Worker(tsxBootstrap(new URL('./index-worker.ts', import.meta.url)), { eval: true, workerData: { docs } })
  return new Promise<string>((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void): void => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.on('message', (message: IndexWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total)
      else if (message.type === 'done') finish(() => resolve(message.json))
      else finish(() => reject(new Error(`indexing failed: ${message.message}`)))
    })
    worker.once('error', (error) => finish(() => reject(error)))
    worker.once('exit', (code) => finish(() => reject(new Error(`index worker exited (code ${code}) before finishing`))))
  })
}

function tsxBootstrap(entry: URL): string {
  const tsx = import.meta.resolve('tsx/esm/api')
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
}
