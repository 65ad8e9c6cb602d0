import { buildIndexInWorker } from '../search/build-index-in-worker'
import { SearchIndex } from '../search/search-index'
import type { Indexer } from './workspace'

/**
 * The indexer the app uses: builds in a worker thread, so the Electron main
 * process (and with it the window) stays responsive, then loads the result.
 * `workerPath` is the bundled worker in the packaged app; without it the
 * TypeScript source is run through tsx (tests, CLI, benchmarks).
 */
export function workerIndexer(workerPath?: string): Indexer {
  return async (docs, onProgress) => SearchIndex.fromJSON(await buildIndexInWorker(docs, onProgress, workerPath))
}
